// A corpus pack served from 127.0.0.1 with an ETag, as a static host serves it, for the
// packs browser tests (Chromium and Firefox): the pack's versions (written one record per
// line, as `npm run corpus -- build` writes them), its deltas, the pages republishing its
// statements, and the requests the extension made for the pack and its deltas. `Range:
// bytes=0-N` is honoured as static hosts honour it. Test statements are hand-written
// paragraphs on the corpus's subject, in no seed (test-support/matching/evaluation-texts.ts).
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PackFile } from '../../lib/corpus/pack-format';
import { SAME_SUBJECT_PARAGRAPHS } from '../../test-support/matching/evaluation-texts';

const PUBLISHED = '2027-01-01T00:00:00.000Z';
export const PACK_TITLE = 'Test team pack';

export const STATEMENTS = [
  { id: 'pack-statement-a', title: 'Partnership proposals reviewed', text: SAME_SUBJECT_PARAGRAPHS.slice(0, 4).join('\n\n') },
  { id: 'pack-statement-b', title: 'Records and accountability reviewed', text: SAME_SUBJECT_PARAGRAPHS.slice(4, 8).join('\n\n') },
] as const;
export type TestStatement = (typeof STATEMENTS)[number];

/** Version 1 carries the first statement; version 2 and later both. */
export function pack(version: number, origin: string): PackFile {
  const statements = STATEMENTS.slice(0, version >= 2 ? 2 : 1);
  return {
    format: 'policy-lens-corpus',
    formatVersion: 1,
    id: 'test-team-pack',
    title: PACK_TITLE,
    publisher: 'Test team',
    licence: 'CC BY 4.0',
    version,
    published: `2027-0${version}-01T00:00:00.000Z`,
    organisations: [{ id: 'test-publisher', name: 'Test publisher', aliases: [], kind: 'think-tank-or-charity' }],
    events: [{ id: 'test-event', title: 'Test event', shortName: 'Test event', date: '2027-01-01', issuingBodyId: 'test-publisher', url: `${origin}/event` }],
    people: [],
    topics: [{ id: 'test-topic', label: 'Test topic', description: 'Test topic' }],
    statements: statements.map((s) => ({
      id: s.id,
      eventId: 'test-event',
      kind: 'press-statement',
      title: s.title,
      publisherId: 'test-publisher',
      publishedDate: PUBLISHED.slice(0, 10),
      canonicalUrl: `${origin}/statements/${s.id}`,
      otherUrls: [],
      text: s.text,
    })),
    quotes: statements.map((s) => ({
      id: `q-${s.id}`,
      statementId: s.id,
      organisationId: 'test-publisher',
      text: s.text.split('. ')[0] ?? s.text,
      stance: 'mixed',
      topicIds: ['test-topic'],
    })),
  };
}

/** A republished copy of a statement at another address: recognised by its text, not its URL. */
const articlePage = (s: TestStatement) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${s.title}</title></head><body><article><h1>${s.title}</h1>${s.text
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

/** One request for the pack file or a delta: its path, the validator and range it sent, the status it got. */
export interface PackRequest {
  path: string;
  ifNoneMatch?: string;
  range?: string;
  status: number;
}

export interface PackServer {
  readonly origin: string;
  readonly packUrl: string;
  /** Where a page republishing `s` is served. */
  newsUrl(s: TestStatement): string;
  /** What /pack.json answers from now on, with its ETag, and the deltas served beside it (by path, e.g. "/pack.delta-1.json"); any other delta is a 404. */
  serve(body: string, etag: string, deltas?: Record<string, string>): void;
  /** Every request for the pack or a delta, in order. */
  readonly packRequests: readonly PackRequest[];
  close(): void;
}

/** The bytes of `body` a `Range: bytes=0-N` asks for (the only form the extension sends), or all of it. */
export function ranged(body: Buffer, range: string | undefined): Buffer | undefined {
  const end = range && /^bytes=0-(\d+)$/.exec(range)?.[1];
  return end ? body.subarray(0, Number(end) + 1) : undefined;
}

export async function startPackServer(): Promise<PackServer> {
  let served: { body: string; etag: string; deltas: Record<string, string> } = { body: '', etag: '', deltas: {} };
  const packRequests: PackRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const ifNoneMatch = req.headers['if-none-match'];
    const range = req.headers.range;
    const log = (status: number) => packRequests.push({ path, ...(ifNoneMatch ? { ifNoneMatch } : {}), ...(range ? { range } : {}), status });
    if (path === '/pack.json') {
      const body = Buffer.from(served.body);
      const part = ranged(body, range);
      const status = ifNoneMatch === served.etag ? 304 : part ? 206 : 200;
      log(status);
      if (status === 304) res.writeHead(304, { etag: served.etag }).end();
      else if (part) res.writeHead(206, { 'content-type': 'application/json', etag: served.etag, 'content-range': `bytes 0-${part.length - 1}/${body.length}` }).end(part);
      else res.writeHead(200, { 'content-type': 'application/json', etag: served.etag }).end(body);
      return;
    }
    if (/^\/pack\.delta-\d+\.json$/.test(path)) {
      const delta = served.deltas[path];
      log(delta === undefined ? 404 : 200);
      if (delta === undefined) res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(delta);
      return;
    }
    const statement = STATEMENTS.find((s) => path === `/news/${s.id}`);
    if (statement) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(statement));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    packUrl: `${origin}/pack.json`,
    newsUrl: (s) => `${origin}/news/${s.id}`,
    serve: (body, etag, deltas = {}) => void (served = { body, etag, deltas }),
    packRequests,
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}
