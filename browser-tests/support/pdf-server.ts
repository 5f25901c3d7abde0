// Serves PDFs (and any other fixed bytes) from 127.0.0.1 on an ephemeral port, for the
// PDF viewer's tests and benchmark. A route says whether it allows any origin (CORS):
// the viewer reads such a PDF without asking for host access, and asks for one that
// does not.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ranged } from './pack-server';

export interface BytesRoute {
  body: Uint8Array;
  type: string;
  /** Send `Access-Control-Allow-Origin: *`. */
  cors: boolean;
  /** Answer `Range: bytes=0-N` with those bytes (206), as static hosts do; otherwise every request gets the whole body. */
  ranges?: boolean;
}

export interface BytesServer {
  readonly origin: string;
  url(path: string): string;
  /** Adds or replaces a route while the server runs. */
  set(path: string, route: BytesRoute): void;
  close(): Promise<void>;
}

export const pdfRoute = (body: Uint8Array, cors = true): BytesRoute => ({ body, type: 'application/pdf', cors });

export async function startBytesServer(initial: Record<string, BytesRoute>): Promise<BytesServer> {
  const routes = new Map(Object.entries(initial));
  const server = createServer((req, res) => {
    const route = routes.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    // A view of the route's bytes, not a copy: a pack route can hold 200 MB.
    const body = Buffer.from(route.body.buffer, route.body.byteOffset, route.body.byteLength);
    const part = route.ranges ? ranged(body, req.headers.range) : undefined;
    const headers = {
      'content-type': route.type,
      'cache-control': 'no-store',
      ...(route.cors ? { 'access-control-allow-origin': '*' } : {}),
    };
    if (part) {
      res.writeHead(206, { ...headers, 'content-length': String(part.byteLength), 'content-range': `bytes 0-${part.byteLength - 1}/${body.byteLength}` });
      res.end(req.method === 'HEAD' ? undefined : part);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': String(body.byteLength) });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    set: (path, route) => void routes.set(path, route),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
