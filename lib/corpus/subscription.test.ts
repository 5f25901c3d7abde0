import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installCorpus } from '../storage/corpus-install';
import { allStatements, getStatement } from '../storage/corpus-records';
import type { PolicyLensDb } from '../storage/db';
import { openTestDatabase } from '../storage/test-db';
import { allHoldings, installedLines } from '../storage/pack-holdings';
import { lineHashes, packLines } from './pack-lines';
import { rebuildTextIndex, staleStatements } from '../storage/text-index';
import { loadBundledCorpus } from './bundled-corpus';
import { type CorpusPack, serializePack, toPackFile } from './pack-format';
import { checkAllPacks, checkPack, installPackFile, subscribe } from './subscription';

const corpus = loadBundledCorpus();
const [first, ...others] = corpus.statements;

/** A team's pack: the bundled records under another id, at `version`, optionally with a statement retitled. */
function teamPack(version: number, title = first!.title): CorpusPack {
  const { events, organisations, people, topics, quotes } = corpus;
  return {
    id: 'team-pack',
    title: 'Team corpus',
    publisher: 'A think tank',
    homepage: 'https://example.org/corpus',
    licence: 'CC BY 4.0',
    version,
    published: `2027-0${version}-01T00:00:00.000Z`,
    events,
    organisations,
    people,
    topics,
    statements: [{ ...first!, title }, ...others],
    quotes,
  };
}
const packText = (pack: CorpusPack) => {
  const { events, organisations, people, topics, statements, quotes, ...header } = pack;
  return serializePack(toPackFile(header, { events, organisations, people, topics, statements, quotes }));
};

/** What the test server serves at /pack.json: a body and its ETag, or a status, or nothing (hang). */
let serving: { body: string; etag?: string; status?: number; hang?: boolean };
const requests: { ifNoneMatch?: string }[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ ifNoneMatch: req.headers['if-none-match'] });
    if (serving.hang) return;
    if (serving.etag && req.headers['if-none-match'] === serving.etag) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(serving.status ?? 200, { 'content-type': 'application/json', ...(serving.etag ? { etag: serving.etag } : {}) });
    res.end(serving.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pack.json`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('subscribing to a corpus pack', () => {
  let db: PolicyLensDb;
  beforeEach(async () => {
    db = openTestDatabase();
    await installCorpus(db, corpus);
    await rebuildTextIndex(db);
    requests.length = 0;
  });
  afterEach(() => db.delete());

  it('installs it, then applies a newer version, answers a 304 by changing nothing, and refuses a corrupt one keeping the last good version', async () => {
    serving = { body: packText(teamPack(1)), etag: '"v1"' };
    const subscribed = await subscribe(db, url);
    expect(subscribed).toMatchObject({ status: 'installed', version: 1, packId: 'team-pack' });
    expect(await db.packs.get('team-pack')).toMatchObject({ kind: 'subscribed', url, etag: '"v1"', version: 1, counts: { statements: 5 } });

    serving = { body: packText(teamPack(2, 'A new title')), etag: '"v2"' };
    const updated = await checkPack(db, 'team-pack');
    expect(updated).toMatchObject({ status: 'installed', version: 2, report: { changedStatementIds: [first!.id] } });
    expect(requests.at(-1)?.ifNoneMatch).toBe('"v1"');
    expect((await getStatement(db, first!.id))?.title).toBe('A new title');
    expect(await staleStatements(db)).toEqual([]);

    const before = await allStatements(db);
    expect(await checkPack(db, 'team-pack')).toEqual({ status: 'not-modified' });
    expect(requests.at(-1)?.ifNoneMatch).toBe('"v2"');
    expect(await allStatements(db)).toEqual(before);

    serving = { body: packText(teamPack(3)).replace('"format"', '"fromat"'), etag: '"v3"' };
    const refused = await checkPack(db, 'team-pack');
    expect(refused).toMatchObject({ status: 'failed', error: expect.stringMatching(/^This is not a corpus pack/) });
    expect(await db.packs.get('team-pack')).toMatchObject({ version: 2, etag: '"v2"', lastError: expect.stringMatching(/not a corpus pack/) });
    expect(await allStatements(db)).toEqual(before);
  });

  it('never applies an older or equal version', async () => {
    serving = { body: packText(teamPack(2)), etag: '"a"' };
    await subscribe(db, url);
    serving = { body: packText(teamPack(1, 'Older title')), etag: '"b"' };
    expect(await checkPack(db, 'team-pack')).toEqual({ status: 'not-newer', version: 1, installed: 2 });
    expect((await getStatement(db, first!.id))?.title).toBe(first!.title);
  });

  it('leaves everything as it was on a server error, a non-JSON answer, an oversized pack or a timeout, and says why', async () => {
    serving = { body: packText(teamPack(1)) };
    await subscribe(db, url);
    const snapshot = async () => ({ statements: await allStatements(db), holdings: await allHoldings(db.holdingChunks) });
    const before = await snapshot();
    const cases: [typeof serving, Parameters<typeof checkPack>[2], RegExp][] = [
      [{ body: 'gone', status: 500 }, {}, /^The server answered 500/],
      [{ body: '<html>Not found</html>' }, {}, /^This is not JSON/],
      [{ body: packText(teamPack(2)) }, { maxBytes: 1000 }, /larger than 0 MB/],
      [{ body: '', hang: true }, { timeoutMs: 300 }, /^No answer from .* within 0 s/],
    ];
    for (const [served, options, message] of cases) {
      serving = served;
      expect(await checkPack(db, 'team-pack', options)).toEqual({ status: 'failed', error: expect.stringMatching(message) });
      expect((await db.packs.get('team-pack'))?.lastError).toMatch(message);
      expect(await snapshot()).toEqual(before);
    }
    serving = { body: packText(teamPack(2, 'Back online')) };
    const results = await checkAllPacks(db);
    expect(results.get('team-pack')).toMatchObject({ status: 'installed', version: 2 });
    expect((await db.packs.get('team-pack'))?.lastError).toBeUndefined();
  });

  it('refuses a plain http:// address other than this machine, and a pack claiming the bundled id', async () => {
    expect(await subscribe(db, 'http://example.org/pack.json')).toMatchObject({ status: 'failed', error: expect.stringMatching(/https:\/\//) });
    serving = { body: packText({ ...teamPack(9), id: corpus.id }) };
    expect(await subscribe(db, url)).toMatchObject({ status: 'failed', error: expect.stringMatching(/bundled corpus/) });
    expect(await installPackFile(db, packText({ ...teamPack(9), id: corpus.id }))).toMatchObject({ status: 'failed' });
  });

  it('an update from a file validates only the lines that changed: the rest are the lines its installed records came from', async () => {
    const v1 = packText(teamPack(1));
    expect(await installPackFile(db, v1)).toMatchObject({ status: 'installed' });
    const lines = lineHashes(packLines(v1)!);
    const installed = await installedLines(db.holdingChunks, 'team-pack');
    expect(installed?.hashes.quotes.get(corpus.quotes[0]!.id)).toBe(lines?.quotes?.[0]);
    expect(installed?.hashes.statements.size).toBe(corpus.statements.length);
    expect(installed?.held.statements.size).toBe(corpus.statements.length);

    const v2 = packText(teamPack(2, 'A new title'));
    const updated = await installPackFile(db, v2);
    expect(updated).toMatchObject({ status: 'installed', report: { updated: 1, added: 0, changedStatementIds: [first!.id] } });
    expect((await getStatement(db, first!.id))?.title).toBe('A new title');
    // A changed line is validated as ever: v3 breaks the line it changes, and nothing is applied.
    const v3 = packText(teamPack(3, 'A third title')).replace('"title":"A third title"', '"title":""');
    expect(await installPackFile(db, v3)).toMatchObject({ status: 'failed', error: expect.stringMatching(/statements\[0\]/) });
    expect((await getStatement(db, first!.id))?.title).toBe('A new title');
    // Unchanged statements are read as their ids alone, yet the checks across records still hold them:
    // a changed quote must be in its unchanged statement, and a record an unchanged statement names must stay.
    const quote = corpus.quotes.find((q) => q.statementId !== first!.id)!;
    const v4 = { ...teamPack(4, 'A new title'), quotes: corpus.quotes.map((q) => (q === quote ? { ...q, text: `${q.text} and more besides` } : q)) };
    expect(await installPackFile(db, packText(v4))).toMatchObject({ status: 'failed', error: expect.stringMatching(/is not word for word in statement/) });
    const publisher = others[0]!.publisherId;
    const v5 = { ...teamPack(5, 'A new title'), organisations: corpus.organisations.filter((o) => o.id !== publisher) };
    expect(await installPackFile(db, packText(v5))).toMatchObject({ status: 'failed', error: expect.stringMatching(/which is not in this pack/) });
    const v6 = { ...teamPack(6, 'A new title'), quotes: corpus.quotes.map((q) => (q === quote ? { ...q, text: q.text.split(' ').slice(1).join(' ') } : q)) };
    expect(await installPackFile(db, packText(v6))).toMatchObject({ status: 'installed', report: { updated: 1, changedStatementIds: [quote.statementId] } });
    expect(await staleStatements(db)).toEqual([]);
  });

  it('installs a pack from a file, and the same file again changes nothing', async () => {
    expect(await installPackFile(db, packText(teamPack(1)))).toMatchObject({ status: 'installed', packId: 'team-pack' });
    expect(await db.packs.get('team-pack')).toMatchObject({ kind: 'file' });
    expect(await installPackFile(db, packText(teamPack(1)))).toEqual({ status: 'not-newer', version: 1, installed: 1 });
  });
});
