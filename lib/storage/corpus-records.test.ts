import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Quote, Statement } from '../schema';
import * as records from './corpus-records';
import type { PolicyLensDb } from './db';
import { type ChunkRow, LOOSE_PER_CHUNK, type LooseRow, chunkOf } from './record-chunks';
import { groupBy } from '../group-by';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { syntheticPack } from '../../test-support/corpus/synthetic-pack';
import { recordStore } from './record-store';
import { openTestDatabase } from './test-db';

const stamp = '2024-01-01T00:00:00.000Z';

function statement(id: string, eventId: string, publishedDate: string, text = `Text of ${id}.`): Statement {
  return {
    id,
    origin: 'corpus',
    createdAt: stamp,
    updatedAt: stamp,
    eventId,
    kind: 'press-release',
    title: `Title ${id}`,
    publisherId: 'org-a',
    publishedDate,
    canonicalUrl: `https://example.org/${id}`,
    otherUrls: [`https://mirror.example.net/news/${id}`],
    text,
  };
}

function quote(id: string, statementId: string, organisationId: string, speakerId?: string): Quote {
  return {
    id,
    origin: 'corpus',
    createdAt: stamp,
    updatedAt: stamp,
    statementId,
    organisationId,
    ...(speakerId ? { speakerId } : {}),
    text: `Words of ${id}`,
    stance: 'mixed',
    topicIds: ['topic-a'],
  };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The chunk rows and loose rows as stored. */
const layout = async (db: PolicyLensDb) => ({
  rows: await db.statementChunks.toArray(),
  loose: await db.statementLoose.toArray(),
  quoteRows: await db.quoteChunks.toArray(),
  quoteLoose: await db.quoteLoose.toArray(),
});

let db: PolicyLensDb;
beforeEach(async () => {
  db = openTestDatabase();
  await db.open();
});
afterEach(() => db.delete());

describe('statements in chunks', () => {
  it('gives back what was put, by id, by address, by event and by date', async () => {
    const rows = [statement('s-3', 'e-1', '2022-03-01'), statement('s-1', 'e-1', '2022-01-01'), statement('s-2', 'e-2', '2022-02-01'), statement('s-0', 'e-1', '2022-03-01')];
    await records.putStatements(db, rows);
    expect(await records.getStatements(db, ['s-2', 'nope', 's-3'])).toEqual([rows[2], undefined, rows[0]]);
    expect(await records.statementIds(db)).toEqual(['s-0', 's-1', 's-2', 's-3']);
    expect(await records.statementCount(db)).toBe(4);
    expect(await records.statementByUrlKeys(db, records.statementUrlKeys({ canonicalUrl: 'https://mirror.example.net/news/s-2', otherUrls: [] }))).toEqual(rows[2]);
    expect(await records.statementByUrlKeys(db, ['no such key'])).toBeUndefined();
    // Oldest first, ties in id order.
    expect(await records.statementIdsOfEvent(db, 'e-1')).toEqual(['s-1', 's-0', 's-3']);
    expect(await records.newestStatementIdsOfEvent(db, 'e-1', 2)).toEqual(['s-3', 's-0']);
    expect(await records.statementCountOfEvent(db, 'e-1')).toBe(3);
    expect((await records.statementsOfEvent(db, 'e-2')).map((s) => s.id)).toEqual(['s-2']);
    expect(await records.statementIdsByDate(db)).toEqual(['s-1', 's-2', 's-0', 's-3']);
    expect(await records.statementIdsPublishedBetween(db, '2022-02-01', '2022-03-01')).toEqual(['s-2', 's-0', 's-3']);
  });

  it('replaces a stored statement where it is, and moves it between events and dates', async () => {
    await records.putStatements(db, [statement('s-1', 'e-1', '2022-01-01'), statement('s-2', 'e-1', '2022-01-02')]);
    const moved = statement('s-1', 'e-2', '2023-01-01', 'New text.');
    await records.putStatements(db, [moved]);
    expect(await records.getStatement(db, 's-1')).toEqual(moved);
    expect(await records.statementIdsOfEvent(db, 'e-1')).toEqual(['s-2']);
    expect(await records.statementIdsOfEvent(db, 'e-2')).toEqual(['s-1']);
    expect(await records.allStatements(db)).toEqual([moved, statement('s-2', 'e-1', '2022-01-02')]);
  });

  it('leaves the directory alone when a statement or a quote changes but not where it is filed', async () => {
    await records.putStatements(db, [statement('s-1', 'e-1', '2022-01-01'), statement('s-2', 'e-1', '2022-01-02')]);
    await records.putQuotes(db, [quote('q-1', 's-1', 'org-a', 'p-1')]);
    const directory = await db.corpusKeys.toArray();
    const writes = [vi.spyOn(db.corpusKeys, 'bulkPut'), vi.spyOn(db.corpusKeys, 'bulkDelete')];
    await records.putStatements(db, [statement('s-1', 'e-1', '2022-01-01', 'A new text.')]);
    await records.putQuotes(db, [{ ...quote('q-1', 's-1', 'org-a', 'p-1'), text: 'New words' }]);
    for (const spy of writes) expect(spy).not.toHaveBeenCalled();
    expect(await db.corpusKeys.toArray()).toEqual(directory);
    // A new date moves it in its event's row and between months.
    await records.putStatements(db, [statement('s-1', 'e-1', '2022-05-01')]);
    expect(writes[0]).toHaveBeenCalledTimes(1);
    expect(await records.statementIdsOfEvent(db, 'e-1')).toEqual(['s-2', 's-1']);
    expect(await records.statementIdsPublishedBetween(db, '2022-05-01', '2022-05-31')).toEqual(['s-1']);
  });

  it('files a statement in the chunk its id hashes to, and takes a chunk\'s statements out leaving nothing of it', async () => {
    const many = Array.from({ length: 300 }, (_, i) => statement(`s-${i}`, 'e-1', '2022-01-01'));
    await records.putStatements(db, many);
    const { rows, loose } = await layout(db);
    expect([...rows.flatMap((c) => c.records.map((r) => [c.chunk, r.id])), ...loose.map((l) => [l.chunk, l.id])].sort()).toEqual(many.map((s) => [chunkOf(s.id), s.id]).sort());
    const chunk = chunkOf('s-0');
    await records.deleteStatements(db, many.filter((s) => chunkOf(s.id) === chunk).map((s) => s.id));
    const after = await layout(db);
    expect([...after.rows, ...after.loose].filter((r) => r.chunk === chunk)).toEqual([]);
    expect(await records.statementCount(db)).toBe(many.filter((s) => chunkOf(s.id) !== chunk).length);
  });
});

describe('quotes in chunks', () => {
  it('reads a statement’s quotes and a voice’s quotes in id order, and counts a voice on the index', async () => {
    const quotes = [quote('q-3', 's-1', 'org-a', 'p-1'), quote('q-1', 's-1', 'org-b'), quote('q-2', 's-2', 'org-a', 'p-1')];
    await records.putQuotes(db, quotes);
    expect((await records.quotesOfStatements(db, ['s-2', 's-1', 'none'])).map((q) => q.id)).toEqual(['q-2', 'q-1', 'q-3']);
    expect((await records.quotesOfVoice(db, 'speakerId', 'p-1')).map((q) => q.id)).toEqual(['q-2', 'q-3']);
    expect((await records.quotesOfVoice(db, 'organisationId', 'org-a')).map((q) => q.id)).toEqual(['q-2', 'q-3']);
    expect(await records.quoteCountOfVoice(db, 'organisationId', 'org-b')).toBe(1);
    // A voice whose id starts another's is not counted with it.
    expect(await records.quoteCountOfVoice(db, 'speakerId', 'p')).toBe(0);
  });

  it('counts a voice across chunks, and moves a quote given to another statement into that statement’s chunk', async () => {
    const many = Array.from({ length: 200 }, (_, i) => quote(`m-${String(i).padStart(3, '0')}`, `s-${Math.floor(i / 3)}`, 'org-a', i % 2 ? 'p-odd' : 'p-even'));
    await records.putQuotes(db, many);
    expect(new Set(many.map((q) => chunkOf(q.statementId))).size).toBeGreaterThan(1);
    expect(await records.quoteCountOfVoice(db, 'speakerId', 'p-odd')).toBe(many.filter((q) => q.speakerId === 'p-odd').length);
    expect((await records.quotesOfVoice(db, 'speakerId', 'p-even')).map((q) => q.id)).toEqual(many.filter((q) => q.speakerId === 'p-even').map((q) => q.id));
    const moved = { ...many[0]!, statementId: 's-99' };
    await records.putQuotes(db, [moved]);
    expect((await records.quotesOfStatements(db, ['s-0'])).map((q) => q.id)).toEqual(['m-001', 'm-002']);
    expect(await records.quotesOfStatements(db, ['s-99'])).toEqual([moved]);
    expect(await records.getQuotes(db, [moved.id])).toEqual([moved]);
    await records.deleteQuotes(db, many.filter((q) => q.speakerId === 'p-odd').map((q) => q.id));
    expect(await records.quoteCountOfVoice(db, 'speakerId', 'p-odd')).toBe(0);
    expect(await records.quoteCountOfVoice(db, 'organisationId', 'org-a')).toBe(many.length - many.filter((q) => q.speakerId === 'p-odd').length);
  });
});

describe('corpusRows', () => {
  it('builds the rows a large install writes: each chunk\'s records as reads give them, and the directory exactly', async () => {
    const pack = syntheticPack(loadBundledCorpus(), 300, 11);
    await records.putStatements(db, pack.statements);
    await records.putQuotes(db, pack.quotes);
    const rows = records.corpusRows(pack.statements, pack.quotes);
    const byKey = <R>(key: (r: R) => number | string) => (a: R, b: R) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
    const asRows = <R extends { id: string }>(list: R[], chunkOfRecord: (r: R) => number) =>
      [...groupBy(list, chunkOfRecord)].map(([chunk, chunkRecords]) => ({ chunk, records: chunkRecords })).sort(byKey((r) => r.chunk));
    expect(rows.statementChunks.sort(byKey((r) => r.chunk))).toEqual(asRows(await records.allStatements(db), (s) => chunkOf(s.id)));
    expect(rows.quoteChunks.sort(byKey((r) => r.chunk))).toEqual(asRows(await records.allQuotes(db), (q) => chunkOf(q.statementId)));
    expect(rows.corpusKeys.sort(byKey((r) => r.key))).toEqual(await db.corpusKeys.toArray());
  });
});

describe('the chunked store against a plain map', () => {
  // Mixed case: ids are ordered by code unit, as IndexedDB orders keys, not by locale.
  // And ids that share one chunk, enough of them for a write to fold its loose rows into its row.
  const crowd = Array.from({ length: 2_000 }, (_, i) => `c-${i}`).filter((id) => chunkOf(id) === chunkOf('c-0')).slice(0, LOOSE_PER_CHUNK + 4);
  const ids = ['a', 'B', 'c', 'a-10', 'a-2', 'f', 'G', ...crowd];
  const step = fc.oneof(
    fc.record({ put: fc.uniqueArray(fc.record({ id: fc.constantFrom(...ids), event: fc.constantFrom('e-1', 'e-2'), month: fc.integer({ min: 1, max: 3 }) }), { selector: (s) => s.id, maxLength: 20 }) }),
    fc.record({ remove: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }) }),
    fc.record({ move: fc.constantFrom(...ids), to: fc.constantFrom(...ids) }),
  );
  const quoteIdsOf = (id: string) => [`${id}-q1`, `${id}-q2`];

  it('after any puts, moves and deletes, answers every lookup as the map does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 8 }), async (steps) => {
        await Promise.all([db.statementChunks.clear(), db.statementLoose.clear(), db.quoteChunks.clear(), db.quoteLoose.clear(), db.corpusKeys.clear()]);
        const model = { statements: new Map<string, Statement>(), quotes: new Map<string, Quote>() };
        for (const s of steps) {
          if ('put' in s) {
            const put = s.put.map(({ id, event, month }) => statement(id, event, `2022-0${month}-0${month}`));
            const quotes = put.flatMap((p) => quoteIdsOf(p.id).map((q, i) => quote(q, p.id, p.eventId === 'e-1' ? 'org-a' : 'org-b', i ? undefined : `p-${p.publishedDate}`)));
            for (const p of put) model.statements.set(p.id, p);
            for (const q of quotes) model.quotes.set(q.id, q);
            await records.putStatements(db, put);
            await records.putQuotes(db, quotes);
          } else if ('move' in s) {
            const moved = model.quotes.get(`${s.move}-q2`);
            if (!moved) continue;
            model.quotes.set(moved.id, { ...moved, statementId: s.to });
            await records.putQuotes(db, [{ ...moved, statementId: s.to }]);
          } else {
            const gone = [...model.quotes.values()].filter((q) => s.remove.includes(q.statementId)).map((q) => q.id);
            for (const id of s.remove) model.statements.delete(id);
            for (const id of gone) model.quotes.delete(id);
            await records.deleteStatements(db, s.remove);
            await records.deleteQuotes(db, gone);
          }
        }
        const statements = [...model.statements.values()].sort(byId);
        const quotes = [...model.quotes.values()].sort(byId);
        const dated = (list: Statement[]) => [...list].sort((a, b) => a.publishedDate.localeCompare(b.publishedDate) || byId(a, b)).map((s) => s.id);
        const allQuoteIds = ids.flatMap(quoteIdsOf);
        expect(await records.getStatements(db, ids)).toEqual(ids.map((id) => model.statements.get(id)));
        expect(await records.statementIds(db)).toEqual(statements.map((s) => s.id));
        expect(await records.statementCount(db)).toBe(statements.length);
        expect(await records.statementIdsByDate(db)).toEqual(dated(statements));
        expect(await records.statementIdsPublishedBetween(db, '2022-02-01', '2022-03-01')).toEqual(dated(statements.filter((s) => s.publishedDate >= '2022-02-01' && s.publishedDate <= '2022-03-01')));
        expect(await records.statementIdsOfEvent(db, 'e-2')).toEqual(dated(statements.filter((s) => s.eventId === 'e-2')));
        expect(await records.newestStatementIdsOfEvent(db, 'e-1', 2)).toEqual(dated(statements.filter((s) => s.eventId === 'e-1')).reverse().slice(0, 2));
        for (const id of ids) expect(await records.statementByUrlKeys(db, records.statementUrlKeys({ canonicalUrl: `https://example.org/${id}`, otherUrls: [] }))).toEqual(model.statements.get(id));
        expect(await records.getQuotes(db, allQuoteIds)).toEqual(allQuoteIds.map((id) => model.quotes.get(id)));
        expect(await records.quoteIds(db)).toEqual(quotes.map((q) => q.id));
        expect(await records.quoteCount(db)).toBe(quotes.length);
        expect(await records.allStatements(db)).toEqual(statements);
        expect(await records.allQuotes(db)).toEqual(quotes);
        expect(await records.quotesOfStatements(db, ids)).toEqual(ids.flatMap((id) => quotes.filter((q) => q.statementId === id)));
        expect(await records.quotesOfVoice(db, 'organisationId', 'org-a')).toEqual(quotes.filter((q) => q.organisationId === 'org-a'));
        expect(await records.quoteCountOfVoice(db, 'speakerId', 'p-2022-02-02')).toBe(quotes.filter((q) => q.speakerId === 'p-2022-02-02').length);
        // Every record once, in the chunk its key hashes to; no chunk and no directory row empty.
        const stored = await layout(db);
        const filed = <R extends { id: string }>(rows: ChunkRow<R>[], loose: LooseRow<R>[]) => [
          ...rows.flatMap((c) => c.records.filter((r) => !loose.some((l) => l.chunk === c.chunk && l.id === r.id)).map((r) => [c.chunk, r] as const)),
          ...loose.flatMap((l) => (l.record ? [[l.chunk, l.record] as const] : [])),
        ];
        const statementsFiled = filed(stored.rows, stored.loose);
        const quotesFiled = filed(stored.quoteRows, stored.quoteLoose);
        expect(statementsFiled.map(([, r]) => r.id).sort()).toEqual(statements.map((s) => s.id));
        expect(quotesFiled.map(([, r]) => r.id).sort()).toEqual(quotes.map((q) => q.id));
        for (const [chunk, r] of statementsFiled) expect(chunkOf(r.id)).toBe(chunk);
        for (const [chunk, r] of quotesFiled) expect(chunkOf(r.statementId)).toBe(chunk);
        for (const c of [...stored.rows, ...stored.quoteRows]) expect(c.records.length).toBeGreaterThan(0);
        for (const r of await db.corpusKeys.toArray()) expect(r.ids.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('recordStore', () => {
  it('reads and writes statements, quotes and row tables alike', async () => {
    const s = statement('s-1', 'e-1', '2022-01-01');
    for (const [table, row] of [['statements', s], ['quotes', quote('q-1', 's-1', 'org-a')], ['topics', { id: 't-1', origin: 'corpus', createdAt: stamp, updatedAt: stamp, label: 'Topic', description: 'A topic' }]] as const) {
      const store = recordStore(db, table);
      await store.put([row as never]);
      expect(await store.get([row.id, 'missing'])).toEqual([row, undefined]);
      expect(await store.all()).toEqual([row]);
      expect(await store.ids()).toEqual([row.id]);
      expect(await store.present(['missing', row.id])).toEqual([row.id]);
      expect(await store.count()).toBe(1);
      await store.delete([row.id]);
      expect(await store.count()).toBe(0);
      expect(await store.present([row.id])).toEqual([]);
    }
  });
});
