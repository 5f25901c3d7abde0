import type { Table } from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Corpus, loadBundledCorpus } from '../corpus/bundled-corpus';
import type { CorpusPack } from '../corpus/pack-format';
import { PACK_TABLES } from '../corpus/pack-format';
import type { PolicyLensDb } from './db';
import { ensureCorpus, installCorpus, removePack } from './corpus-install';
import { allStatements, deleteQuotes, getQuotes, getStatement, putQuotes, putStatements, quoteCount, quoteIds, statementCount, statementIds } from './corpus-records';
import { allHoldings, countTallies, holdingOf } from './pack-holdings';
import { GROUP_SPAN } from './index-delta';
import { staleStatements } from './text-index';
import { recordStore } from './record-store';
import { openTestDatabase } from './test-db';
import { changedPack, syntheticPack } from '../../test-support/corpus/synthetic-pack';

const corpus = loadBundledCorpus();
const total = PACK_TABLES.reduce((n, t) => n + corpus[t].length, 0);

/** The next corpus release: one statement retitled, one quote withdrawn, one topic added. */
function nextRelease(base: Corpus): Corpus {
  const published = '2027-01-01T00:00:00.000Z';
  const bump = <T extends object>(r: T): T => ({ ...r, createdAt: published, updatedAt: published });
  const [first, ...rest] = base.statements.map(bump);
  return {
    ...base,
    version: base.version + 1,
    published,
    events: base.events.map(bump),
    organisations: base.organisations.map(bump),
    people: base.people.map(bump),
    topics: [
      ...base.topics.map(bump),
      bump({ ...base.topics[0]!, id: 'new-topic', label: 'New topic', description: 'Added in the next release.' }),
    ],
    statements: [{ ...first!, title: `${first!.title} (revised)` }, ...rest],
    quotes: base.quotes.slice(1).map(bump),
  };
}

/** A pack carrying some of the corpus's statements, with their quotes and everything they name. */
function subset(id: string, published: string, statementIds: readonly string[], retitle = ''): CorpusPack {
  const at = <T extends object>(r: T): T => ({ ...r, createdAt: published, updatedAt: published });
  const quotes = corpus.quotes.filter((q) => statementIds.includes(q.statementId));
  return {
    id,
    title: `Pack ${id}`,
    publisher: 'Test',
    licence: 'CC BY 4.0',
    version: 1,
    published,
    events: corpus.events.map(at),
    organisations: corpus.organisations.map((o) => at({ ...o, name: retitle ? `${o.name}${retitle}` : o.name })),
    people: corpus.people.map(at),
    topics: corpus.topics.map(at),
    statements: corpus.statements.filter((s) => statementIds.includes(s.id)).map(at),
    quotes: quotes.map(at),
  };
}

const [s0, s1, s2, s3, s4] = corpus.statements.map((s) => s.id) as [string, string, string, string, string];
const packA = subset('pack-a', '2027-03-01T00:00:00.000Z', [s0, s1, s2], ' (as pack A names it)');
const packB = subset('pack-b', '2027-02-01T00:00:00.000Z', [s2, s3, s4]);

/** A table's records in id order (chunked records come in the order they were stored). */
async function rowsOf(db: PolicyLensDb, table: (typeof PACK_TABLES)[number]) {
  return (await recordStore(db, table).all()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Everything installing changes, timestamps aside (they say when this copy received a record). */
async function records(db: PolicyLensDb) {
  const out: Record<string, unknown[]> = {};
  for (const table of PACK_TABLES) out[table] = (await rowsOf(db, table)).map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);
  return out;
}

/** The whole state, timestamps included, and which packs hold what. */
async function state(db: PolicyLensDb) {
  const out: Record<string, unknown[]> = {};
  for (const table of PACK_TABLES) out[table] = await rowsOf(db, table);
  const packs = (await db.packs.toArray()).map(({ installedAt: _i, ...rest }) => rest);
  return { ...out, holdings: await allHoldings(db.holdingChunks), packs };
}

describe('installing corpus packs', () => {
  let db: PolicyLensDb;
  beforeEach(() => {
    db = openTestDatabase();
  });
  afterEach(() => db.delete());

  it('adds every record of the bundled pack once, and a second run changes nothing', async () => {
    const report = await installCorpus(db, corpus);
    expect(report).toMatchObject({ added: total, updated: 0, unchanged: 0, removed: 0, keptUserRecords: 0, keptDeleted: 0 });
    expect(report.changedStatementIds).toEqual(corpus.statements.map((s) => s.id).sort());
    const before = await allStatements(db);
    const again = await installCorpus(db, corpus);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: total, changedStatementIds: [] });
    expect(await allStatements(db)).toEqual(before);
    expect(await quoteCount(db)).toBe(corpus.quotes.length);
    expect(await db.packs.get(corpus.id)).toMatchObject({ kind: 'bundled', version: corpus.version, counts: { statements: 5, quotes: corpus.quotes.length } });
  });

  it('writes a pack\'s statements and quotes in one request per table, so each row is written once, and takes them out the same way', async () => {
    const big = syntheticPack(corpus, 150, 7);
    const tables = [db.statementChunks, db.statementLoose, db.quoteChunks, db.quoteLoose] as Table[];
    const writes = tables.map((t) => vi.spyOn(t, 'bulkPut'));
    const deletes = tables.map((t) => vi.spyOn(t, 'bulkDelete'));
    await installCorpus(db, big, { kind: 'file' });
    expect(await db.statementLoose.count()).toBe(big.statements.length);
    for (const spy of writes) expect(spy.mock.calls.length).toBeLessThanOrEqual(1);
    for (const spy of [...writes, ...deletes]) spy.mockClear();
    await removePack(db, big.id);
    expect(await statementCount(db)).toBe(0);
    // Every record of the pack is taken out in one request per table, none rewritten.
    for (const spy of deletes) expect(spy.mock.calls.length).toBeLessThanOrEqual(1);
    for (const spy of writes) expect(spy).not.toHaveBeenCalled();
  }, 30_000);

  it('refuses to write a record left unvalidated as unchanged when the database no longer holds that version, and writes nothing', async () => {
    await installCorpus(db, packA, { kind: 'file' });
    const before = await state(db);
    const edited = { ...packA, version: 2, statements: packA.statements.map((s, i) => (i === 0 ? { ...s, title: 'Not validated' } : s)) };
    await expect(installCorpus(db, edited, { kind: 'file' }, { unchecked: { statements: new Set([0]) } })).rejects.toThrow(/changed while this pack was read/);
    expect(await state(db)).toEqual(before);
  });

  it('updates the text index in the install\'s own transaction: a pack the index cannot take leaves records and index as they were', async () => {
    await installCorpus(db, packA, { kind: 'file' });
    const before = await state(db);
    const docsBefore = [...(await db.textBlocks.toArray()), ...(await db.textBlocks1.toArray())];
    const model = packA.quotes[0]!;
    // A statement with more quotes than a group of the index numbers: the index refuses it after the records are written.
    const crowded = Array.from({ length: GROUP_SPAN }, (_, i) => ({ ...model, id: `crowded-${i}` }));
    await expect(installCorpus(db, { ...packA, version: 2, quotes: [...packA.quotes, ...crowded] }, { kind: 'file' })).rejects.toThrow(/at most 4095 per statement/);
    expect(await state(db)).toEqual(before);
    expect([...(await db.textBlocks.toArray()), ...(await db.textBlocks1.toArray())]).toEqual(docsBefore);
    expect(await staleStatements(db)).toEqual([]);
  }, 30_000);

  it('skips the work entirely when this pack version is already installed', async () => {
    expect(await ensureCorpus(db, corpus)).not.toBeNull();
    expect(await ensureCorpus(db, corpus)).toBeNull();
  });

  it('never brings back a corpus record the user deleted', async () => {
    await installCorpus(db, corpus);
    const gone = corpus.quotes[1]!;
    await deleteQuotes(db, [gone.id]);
    await db.deletions.put({ table: 'quotes', id: gone.id, deletedAt: '2026-12-01T00:00:00.000Z' });
    const next = nextRelease(corpus);
    const changed = { ...next, quotes: next.quotes.map((q) => (q.id === gone.id ? { ...q, stance: 'opposed' as const } : q)) };
    const report = await ensureCorpus(db, changed);
    expect(report?.keptDeleted).toBe(1);
    expect(await getQuotes(db, [gone.id])).toEqual([undefined]);
  });

  it('applies a newer version but never touches what the user created or edited', async () => {
    await installCorpus(db, corpus);
    const edited = { ...corpus.people[0]!, origin: 'user' as const, name: 'Edited by the user' };
    await db.people.put(edited);
    const userTopic = { ...corpus.topics[0]!, id: 'my-topic', origin: 'user' as const, label: 'Mine' };
    await db.topics.put(userTopic);

    const next = nextRelease(corpus);
    const report = await ensureCorpus(db, next);
    expect(report).toMatchObject({ added: 1, updated: 1, removed: 1 });
    expect(report?.changedStatementIds).toEqual([corpus.statements[0]!.id, corpus.quotes[0]!.statementId].sort().filter((v, i, a) => a.indexOf(v) === i));

    expect(await db.people.get(edited.id)).toEqual(edited);
    expect(await db.topics.get('my-topic')).toEqual(userTopic);
    expect(await db.topics.get('new-topic')).toBeDefined();
    expect(await getQuotes(db, [corpus.quotes[0]!.id])).toEqual([undefined]);
    const retitled = await getStatement(db, corpus.statements[0]!.id);
    expect(retitled?.title).toMatch(/\(revised\)$/);
    // An updated record keeps the date it first arrived.
    expect(retitled?.createdAt).toBe(corpus.statements[0]!.createdAt);
  });

  it('keeps one record that two packs carry, until the last of them drops it', async () => {
    await installCorpus(db, packA, { kind: 'file' });
    await installCorpus(db, packB, { kind: 'file' });
    expect(await statementCount(db)).toBe(5);
    expect(await holdingOf(db.holdingChunks, 'statements', s2)).toMatchObject({ packIds: ['pack-a', 'pack-b'], source: 'pack-a' });
    // Pack A was published later, so its wording of the shared organisations is kept.
    expect((await db.organisations.get('dhsc'))?.name).toMatch(/as pack A names it/);

    const report = await removePack(db, 'pack-a');
    expect(report.removed).toBe(2 + corpus.quotes.filter((q) => q.statementId === s0 || q.statementId === s1).length);
    expect(await statementIds(db)).toEqual([s2, s3, s4].sort());
    expect(await holdingOf(db.holdingChunks, 'statements', s2)).toMatchObject({ packIds: ['pack-b'], source: 'pack-b' });
    expect(await db.packs.get('pack-a')).toBeUndefined();

    await removePack(db, 'pack-b');
    for (const table of PACK_TABLES) expect(await recordStore(db, table).count()).toBe(0);
    expect(await allHoldings(db.holdingChunks)).toEqual([]);
    expect(await db.holdingChunks.count()).toBe(0);
  });

  it('gives the same records whichever order two packs are installed in', async () => {
    await installCorpus(db, packA, { kind: 'file' });
    await installCorpus(db, packB, { kind: 'file' });
    const ab = await records(db);
    const other = openTestDatabase();
    await installCorpus(other, packB, { kind: 'file' });
    await installCorpus(other, packA, { kind: 'file' });
    expect(await records(other)).toEqual(ab);
    expect(await allHoldings(other.holdingChunks)).toEqual(await allHoldings(db.holdingChunks));
    await other.delete();
  });

  it('restores exactly the same state when a pack is removed and added again', async () => {
    await installCorpus(db, corpus);
    await installCorpus(db, packA, { kind: 'file' });
    await installCorpus(db, packB, { kind: 'file' });
    const before = await state(db);
    await removePack(db, 'pack-a');
    await installCorpus(db, packA, { kind: 'file' });
    expect(await state(db)).toEqual(before);
    await removePack(db, 'pack-b');
    await installCorpus(db, packB, { kind: 'file' });
    expect(await state(db)).toEqual(before);
  });

  it('keeps the same laws for a pack of thousands of records, whose lookups first read which keys are stored', async () => {
    // 1 200 quotes: more than corpus-install.ts looks up one by one.
    const big = syntheticPack(corpus, 400, 7);
    await installCorpus(db, corpus);
    await installCorpus(db, big, { kind: 'file' });
    const edited = { ...big.quotes[0]!, origin: 'user' as const, stance: 'supportive' as const };
    const gone = big.quotes[1]!;
    await putQuotes(db, [edited]);
    await deleteQuotes(db, [gone.id]);
    await db.deletions.put({ table: 'quotes', id: gone.id, deletedAt: '2027-01-02T00:00:00.000Z' });
    const next = changedPack(big, 10, 8);
    const report = await installCorpus(db, { ...next, quotes: next.quotes.map((q) => ({ ...q, stance: 'opposed' as const })) }, { kind: 'file' });
    expect(report).toMatchObject({ keptUserRecords: 1, keptDeleted: 1 });
    expect(report.changedStatementIds.length).toBeGreaterThanOrEqual(10);
    expect(await getQuotes(db, [edited.id, gone.id])).toEqual([edited, undefined]);
    expect((await getQuotes(db, [big.quotes[2]!.id]))[0]?.stance).toBe('opposed');
    // Each install updated the text index in its own transaction; the last one re-indexed the statements of the quote deleted here.
    expect(await staleStatements(db)).toEqual([]);
    await removePack(db, big.id);
    expect(await statementCount(db)).toBe(corpus.statements.length);
    expect(await quoteIds(db)).toEqual([...corpus.quotes.map((q) => q.id), edited.id].sort());
    expect(await staleStatements(db)).toEqual([]);
  }, 30_000);

  it('indexes, when it installs more statements than it reads one by one, the quotes it wrote and the ones it kept', async () => {
    // 1 100 statements: more than text-index.ts reads one by one, so the quotes it wrote are handed over and only the others read.
    const big = syntheticPack(corpus, 1_100, 9);
    await installCorpus(db, corpus);
    await installCorpus(db, big, { kind: 'file' });
    const edited = { ...big.quotes[0]!, origin: 'user' as const, note: 'mine' };
    await putQuotes(db, [edited]);
    await removePack(db, big.id);
    expect(await getQuotes(db, [edited.id])).toEqual([edited]);
    // Installed again, the pack brings the edited quote's statement back: the quote is indexed with it, though this install did not write it.
    const report = await installCorpus(db, big, { kind: 'file' });
    expect(report.keptUserRecords).toBe(1);
    expect(await staleStatements(db)).toEqual([]);
  }, 60_000);

  it('leaves the records the user edited untouched by any sequence of installs, updates and removals', async () => {
    const packA2 = { ...subset('pack-a', '2027-04-01T00:00:00.000Z', [s1, s2, s3], ' (renamed again)'), version: 2 };
    const step = fc.constantFrom(
      (d: PolicyLensDb) => installCorpus(d, packA, { kind: 'file' }),
      (d: PolicyLensDb) => installCorpus(d, packA2, { kind: 'file' }),
      (d: PolicyLensDb) => installCorpus(d, packB, { kind: 'file' }),
      (d: PolicyLensDb) => installCorpus(d, nextRelease(corpus)),
      (d: PolicyLensDb) => removePack(d, 'pack-a'),
      (d: PolicyLensDb) => removePack(d, 'pack-b'),
      (d: PolicyLensDb) => removePack(d, corpus.id),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 6 }), async (steps) => {
        const d = openTestDatabase();
        await installCorpus(d, corpus);
        await installCorpus(d, packA, { kind: 'file' });
        const statement = { ...(await getStatement(d, s2))!, origin: 'user' as const, title: 'My own title' };
        const organisation = { ...(await d.organisations.get('dhsc'))!, origin: 'user' as const, name: 'My name for it' };
        await putStatements(d, [statement]);
        await d.organisations.put(organisation);
        for (const apply of steps) await apply(d);
        expect(await getStatement(d, s2)).toEqual(statement);
        expect(await d.organisations.get('dhsc')).toEqual(organisation);
        // Every write of holdings kept the packs' tallies equal to a fresh count.
        expect(await d.packTallies.toArray()).toEqual(await countTallies(d.holdingChunks));
        await d.delete();
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
