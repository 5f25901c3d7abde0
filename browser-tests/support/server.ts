import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route body: fixed HTML, or a function producing it on every request. */
export type RouteBody = string | (() => string | Promise<string>);

export interface TestServer {
  /** e.g. `http://127.0.0.1:43117` (no trailing slash). */
  readonly origin: string;
  /** Absolute URL for a path on this server, e.g. `url('/article')`. */
  url(path: string): string;
  /** Paths requested so far, in order (useful to assert a page was really fetched). */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/**
 * Serves HTML pages from 127.0.0.1 on an ephemeral port (port 0).
 * Keys of `routes` are URL paths (`'/'`, `'/article'`); the query string is ignored.
 * Unknown paths get a 404 HTML page.
 */
export async function startServer(routes: Record<string, RouteBody>): Promise<TestServer> {
  const requests: string[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><p>Not found</p>');
      return;
    }
    const body = typeof route === 'string' ? route : await route();
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (path) => new URL(path, origin).href,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Minimal HTML page helper for fixtures. */
export function htmlPage(title: string, bodyHtml: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${bodyHtml}</body></html>`;
}
