import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { buildIndexEntries } from '../matching/build-index';
import type { FingerprintStore, Posting } from '../matching/index-types';
import { MemoryFingerprintStore } from '../matching/memory-store';
import { detect } from '../matching/detect';
import { seededRandom } from '../../test-support/seeded-random';
import { hashesOf, indexSnapshot } from '../../test-support/storage/index-snapshot';
import type { Quote } from '../schema';
import { installCorpus } from './corpus-install';
import { deleteQuotes, deleteStatements, getStatement, putQuotes, putStatements, quotesOfStatements } from './corpus-records';
import type { PolicyLensDb } from './db';
import { type BucketRow, decodeBucket, editBucket, format6BucketOf, toBucketRows } from './fingerprint-buckets';
import { FORMAT_6 } from './index-layout';
import { answering, pausesHeld } from './index-priority';
import { openTestDatabase } from './test-db';
import { INDEX_FORMAT, type UpdateStep, ensureTextIndex, rebuildTextIndex, staleStatements, textIndexStore, updateTextIndex } from './text-index';

const corpus = loadBundledCorpus();
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
/** The corpus's texts as documents, statements first (as rebuildTextIndex reads them). */
const sources = [
  ...byId(corpus.statements).map((s) => ({ kind: 'statement' as const, refId: s.id, statementId: s.id, text: s.text })),
  ...byId(corpus.quotes).map((q) => ({ kind: 'quote' as const, refId: q.id, statementId: q.statementId, text: q.text })),
];
const corpusHashes = hashesOf(corpus.statements.map((s) => s.text));

/** More ids than an update reads one by one (text-index.ts READ_TABLES_ABOVE), none of them stored. */
const manyUnknownIds = Array.from({ length: 1_001 }, (_, i) => `not-stored-${i}`);

const snapshot = (db: PolicyLensDb) => indexSnapshot(db, corpusHashes);

/** Deletes a statement and its quotes, behind the index's back. */
async function removeStatement(db: PolicyLensDb, id: string) {
  await deleteStatements(db, [id]);
  await deleteQuotes(db, (await quotesOfStatements(db, [id])).map((q) => q.id));
}

describe('the text index in IndexedDB', () => {
  let db: PolicyLensDb;
  beforeEach(async () => {
    db = openTestDatabase();
    await installCorpus(db, corpus);
  });
  afterEach(() => db.delete());

  it('answers lookups exactly as the in-memory index built from the same texts', async () => {
    await rebuildTextIndex(db);
    const memory = new MemoryFingerprintStore(buildIndexEntries(sources));
    const random = seededRandom(9);
    const absent = Array.from({ length: 500 }, () => Math.floor(random() * 2 ** 32));
    const hashes = [...new Set([...corpusHashes, ...absent])];
    // Documents are numbered differently (one group per statement), so postings are compared by the documents they name.
    const named = async (store: FingerprintStore) => {
      const found = await store.lookup(hashes);
      const docs = await store.docs([...new Set([...found.values()].flatMap((list) => list.map((p) => p.doc)))]);
      const describe = (p: Posting) => {
        const { idx: _idx, ...doc } = docs.get(p.doc) ?? { idx: p.doc, missing: true };
        return `${JSON.stringify(doc)}@${p.pos}`;
      };
      return [...found].map(([hash, list]) => `${hash}:${list.map(describe).sort().join(',')}`).sort();
    };
    expect(await named(textIndexStore(db))).toEqual(await named(memory));
    expect((await textIndexStore(db).docs([0, 5, 2 ** 32 - 1])).size).toBe(0);
  });

  it('answers from an index of format 6 by its own buckets and without its filter, until it is rebuilt', async () => {
    await rebuildTextIndex(db);
    const expected = await textIndexStore(db).lookup(corpusHashes);
    expect(expected.size).toBeGreaterThan(0);
    // Format 6 placed a hash in the bucket of its own top bits, and in other filter chunks.
    const postings = (await db.textBuckets1.toArray()).flatMap((row) => [...decodeBucket(row)]);
    const byOldBucket = new Map<number, Map<number, Posting[]>>();
    for (const [hash, list] of postings) {
      const bucket = byOldBucket.get(format6BucketOf(hash)) ?? new Map<number, Posting[]>();
      byOldBucket.set(format6BucketOf(hash), bucket.set(hash, list));
    }
    await db.textBuckets1.clear();
    // Each old bucket's row is its postings' rows (laid out by today's buckets) merged into one.
    const oldRow = (bucket: number, added: Map<number, Posting[]>) => toBucketRows(added).reduce<BucketRow | undefined>((row, part) => editBucket(bucket, row, new Map(), part), undefined);
    await db.textBuckets1.bulkAdd([...byOldBucket].flatMap(([bucket, added]) => oldRow(bucket, added) ?? []));
    // A filter laid out otherwise says "certainly not" to hashes it holds: here, to every hash.
    const filter = db.textFilter1;
    await filter.bulkPut((await filter.toArray()).map((row) => ({ ...row, bits: new Uint32Array(row.bits.length) })));
    expect((await textIndexStore(db).lookup(corpusHashes)).size).toBe(0);
    await db.meta.put({ key: 'indexFormat', value: FORMAT_6 });
    expect(await textIndexStore(db).lookup(corpusHashes)).toEqual(expected);
  });

  it('is built when missing or of an older format, and left alone otherwise', async () => {
    await ensureTextIndex(db);
    expect((await db.textBlocks1.toArray()).flatMap((row) => row.groups.flatMap((group) => group.docs))).toHaveLength(sources.length);
    const built = await snapshot(db);
    await ensureTextIndex(db);
    expect(await snapshot(db)).toEqual(built);
    const statement = corpus.statements[0]!;
    await putStatements(db, [{ ...statement, text: `${statement.text} A new closing sentence about integrated care boards.`, updatedAt: '2027-01-01T00:00:00.000Z' }]);
    expect(await staleStatements(db)).toEqual([statement.id]);
    await ensureTextIndex(db);
    expect(await staleStatements(db)).toEqual([statement.id]);
    await updateTextIndex(db, [statement.id]);
    expect(await staleStatements(db)).toEqual([]);
    await db.meta.put({ key: 'indexFormat', value: 'an older format' });
    await ensureTextIndex(db);
    expect((await db.meta.get('indexFormat'))?.value).toBe(INDEX_FORMAT);
    expect((await db.textBlocks.toArray()).flatMap((row) => row.groups.flatMap((group) => group.docs))).toHaveLength(sources.length);
    expect(await db.textBlocks1.count()).toBe(0);
    expect(await db.textBuckets1.count()).toBe(0);
    expect(await db.textFilter1.count()).toBe(0);
  });

  it('after any sequence of adds, changes and removals equals an index built afresh', async () => {
    const pool = corpus.statements;
    const quotesOf = (id: string) => corpus.quotes.filter((q) => q.statementId === id);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), at: fc.nat(pool.length - 1) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat(pool.length - 1) }),
      fc.record({ kind: fc.constant('dropQuote' as const), at: fc.nat(corpus.quotes.length - 1) }),
      fc.record({ kind: fc.constant('editQuote' as const), at: fc.nat(corpus.quotes.length - 1), words: fc.integer({ min: 6, max: 30 }) }),
      fc.record({ kind: fc.constant('editStatement' as const), at: fc.nat(pool.length - 1), from: fc.nat(pool.length - 1), words: fc.integer({ min: 1, max: 60 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const db = openTestDatabase();
        await installCorpus(db, corpus);
        await rebuildTextIndex(db);
        let step = 0;
        for (const o of ops) {
          const stamp = new Date(Date.UTC(2027, 0, 1, 0, 0, ++step)).toISOString();
          let statementId: string;
          if (o.kind === 'editStatement') {
            // A statement gains words from another: indexed again in place, only its moved hashes change.
            statementId = pool[o.at]!.id;
            const stored = await getStatement(db, statementId);
            const extra = pool[o.from]!.text.split(/\s+/).slice(0, o.words).join(' ');
            if (stored) await putStatements(db, [{ ...stored, text: `${stored.text} ${extra}`, updatedAt: stamp }]);
          } else if (o.kind === 'add' || o.kind === 'remove') {
            const statement = pool[o.at]!;
            statementId = statement.id;
            if (o.kind === 'add') {
              await putStatements(db, [{ ...statement, updatedAt: stamp }]);
              await putQuotes(db, quotesOf(statement.id).map((q) => ({ ...q, updatedAt: stamp })));
            } else {
              await removeStatement(db, statement.id);
            }
          } else {
            const quote: Quote = corpus.quotes[o.at]!;
            statementId = quote.statementId;
            const stored = await getStatement(db, statementId);
            if (o.kind === 'dropQuote') await deleteQuotes(db, [quote.id]);
            else if (stored) {
              const text = stored.text.split(/\s+/).slice(0, o.words).join(' ');
              await putQuotes(db, [{ ...quote, text, updatedAt: stamp }]);
            }
          }
          // Sometimes with a thousand unknown ids besides, so the update reads whole tables.
          await updateTextIndex(db, step % 2 ? [statementId] : [statementId, ...manyUnknownIds]);
        }
        const incremental = await snapshot(db);
        await rebuildTextIndex(db);
        expect(incremental).toEqual(await snapshot(db));
        await db.delete();
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it('keeps the old index serving when a rebuild fails (a full disk), and a later rebuild succeeds', async () => {
    await rebuildTextIndex(db);
    const before = await snapshot(db);
    const slot = (await db.meta.get('indexSlot'))?.value;
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const spy = vi.spyOn(db.textBuckets, 'bulkAdd').mockRejectedValueOnce(quota);
    await expect(rebuildTextIndex(db)).rejects.toThrow(/quota/);
    spy.mockRestore();
    expect((await db.meta.get('indexSlot'))?.value).toBe(slot);
    expect(await snapshot(db)).toEqual(before);
    await rebuildTextIndex(db);
    expect(await snapshot(db)).toEqual(before);
  });

  it('answers detection from the old index while a rebuild writes the new one beside it, never waiting, and from the new one after the swap', async () => {
    await rebuildTextIndex(db);
    const store = textIndexStore(db);
    const statement = byId(corpus.statements)[0]!;
    const found = async () => {
      const never = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('detection waited for the rebuild')), 5_000));
      return (await Promise.race([detect(statement.text, store), never])).statements.map((s) => s.statementId);
    };
    expect(await found()).toContain(statement.id);
    // The texts change behind the index's back: the rebuild's index will not hold this statement.
    await removeStatement(db, statement.id);
    const slot = (await db.meta.get('indexSlot'))?.value ?? 0;
    const target = slot === 0 ? db.textFilter1 : db.textFilter;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let paused = () => {};
    const reached = new Promise<void>((resolve) => (paused = resolve));
    const write = target.bulkAdd.bind(target);
    const spy = vi.spyOn(target, 'bulkAdd').mockImplementation((...args: Parameters<typeof write>) => {
      paused();
      return Dexie.Promise.resolve(gate.then(() => write(...args)));
    });
    const rebuilding = rebuildTextIndex(db);
    await reached;
    // The new index is written but not yet in use: detection answers from the old one.
    expect(await found()).toContain(statement.id);
    release();
    await rebuilding;
    spy.mockRestore();
    expect((await db.meta.get('indexSlot'))?.value).not.toBe(slot);
    expect(await found()).not.toContain(statement.id);
  });

  it('pauses a rebuild while a page is being answered, writing nothing meanwhile, and finishes it after', async () => {
    await rebuildTextIndex(db);
    const before = await snapshot(db);
    const slot = (await db.meta.get('indexSlot'))?.value ?? 0;
    const target = slot === 0 ? db.textBlocks1 : db.textBlocks;
    let finish = () => {};
    const answer = answering(() => new Promise<void>((resolve) => (finish = resolve)));
    const rebuilding = rebuildTextIndex(db);
    await vi.waitFor(() => expect(pausesHeld()).toBe(1), { timeout: 10_000 });
    // Held at its first pause: nothing of the new index is written, and the old one is in use.
    expect(await target.count()).toBe(0);
    expect((await db.meta.get('indexSlot'))?.value ?? 0).toBe(slot);
    finish();
    await answer;
    await rebuilding;
    expect((await db.meta.get('indexSlot'))?.value).not.toBe(slot);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a rebuild whose texts change while it reads them, a page at a time, swaps in nothing stale', async () => {
    await rebuildTextIndex(db);
    const statement = byId(corpus.statements)[0]!;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let paused = () => {};
    const reached = new Promise<void>((resolve) => (paused = resolve));
    const orderBy = db.quoteChunks.orderBy.bind(db.quoteChunks);
    // Paused after the statements are read and before the quotes are.
    const spy = vi.spyOn(db.quoteChunks, 'orderBy').mockImplementationOnce((index) => {
      paused();
      const collection = orderBy(index);
      return { limit: (n: number) => ({ toArray: () => gate.then(() => collection.limit(n).toArray()) }) } as unknown as ReturnType<typeof orderBy>;
    });
    const rebuilding = rebuildTextIndex(db);
    await reached;
    await putStatements(db, [{ ...statement, text: `${statement.text} A closing sentence added during the rebuild.`, updatedAt: '2027-02-01T00:00:00.000Z' }]);
    await updateTextIndex(db, [statement.id]);
    release();
    await rebuilding;
    spy.mockRestore();
    expect(await staleStatements(db)).toEqual([]);
  });

  it('a reader sees the new index after a rebuild or an update without being recreated', async () => {
    await rebuildTextIndex(db);
    const store = textIndexStore(db);
    expect((await store.lookup(corpusHashes)).size).toBeGreaterThan(0);
    await Promise.all([db.statementChunks, db.statementLoose, db.quoteChunks, db.quoteLoose].map((t) => t.clear()));
    await updateTextIndex(db, corpus.statements.map((s) => s.id));
    expect((await store.lookup(corpusHashes)).size).toBe(0);
  });

  it('a capture writes no filter chunk: readers, also one made before it, find the new statement through the pending hashes', async () => {
    const statement = byId(corpus.statements)[1]!;
    const quotes = await quotesOfStatements(db, [statement.id]);
    await removeStatement(db, statement.id);
    await rebuildTextIndex(db);
    const store = textIndexStore(db);
    const found = async () => (await detect(statement.text, store)).statements.map((s) => s.statementId);
    expect(await found()).not.toContain(statement.id);
    const chunks = await db.textFilter.toArray();
    const filterRows = chunks.length ? chunks : await db.textFilter1.toArray();

    await putStatements(db, [statement]);
    await putQuotes(db, quotes);
    const steps: UpdateStep[] = [];
    const update = await updateTextIndex(db, [statement.id], (step) => steps.push(step));
    expect(update.filterChunksWritten).toBe(0);
    // Reported as they end, the commit last: what the packs bench times a capture by.
    expect(steps).toEqual(['read texts', 'fingerprint', 'read buckets', 'edit buckets', 'write docs', 'write buckets', 'pending hashes', 'write filter and meta', 'commit']);
    expect([...(await db.textFilter.toArray()), ...(await db.textFilter1.toArray())]).toEqual(filterRows);
    expect(await found()).toContain(statement.id);
    expect((await detect(statement.text, textIndexStore(db))).statements.map((s) => s.statementId)).toContain(statement.id);
    // A rebuild writes them into the chunks and leaves none pending.
    await rebuildTextIndex(db);
    expect((await db.meta.get('indexFilterPending'))?.value).toEqual(new Uint32Array(0));
    expect(await found()).toContain(statement.id);
  });
});
