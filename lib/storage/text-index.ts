// The text index in IndexedDB: which fingerprints occur in which statements and
// quotes (lib/matching decides what a fingerprint is), plus a Bloom filter of all
// of them held in memory, so a page's lookup reads only fingerprints that may be
// there. Derived data, in few large rows: one per statement for its documents, 16,384
// buckets of postings (fingerprint-buckets.ts) and the filter in 1 KiB chunks. A change
// to statements or quotes updates only the rows of the statements concerned and the
// buckets their hashes fall in (updateTextIndex); the hashes it adds wait in one pending
// row, which readers add to the filter, until enough gather to write into the filter's
// chunks they fall in; the whole index is
// built again only on an explicit repair or a format change (rebuildTextIndex), into
// the other set of tables, beside the index in use, which keeps serving until one write
// of the pointer (meta indexSlot) swaps them.
import Dexie, { type EntityTable, type IndexableType, type Table } from 'dexie';
import { type BloomFilter, CHUNK_WORDS, addToBloomFilter, chunkBits, chunkCount, chunkOf, mayContain, setChunkBits } from '../matching/bloom-filter';
import { COMMON_HASH_POSTINGS } from '../matching/detect';
import type { FingerprintStore, IndexedDoc, Posting } from '../matching/index-types';
import type { Quote, Statement } from '../schema';
import { allQuotes, allStatements, getQuotes, getStatements, quoteIds, quotesOfStatements, recordTables } from './corpus-records';
import type { FilterChunkRow, IndexBlockRow, IndexDocRow, IndexGroupRow, MetaRow, PolicyLensDb } from './db';
import { blockOf, editBlocks, toBlocks } from './index-blocks';
import { BUCKETS, type BucketRow, PostingColumns, bucketOf, editBucket, format6BucketOf, postingsIn } from './fingerprint-buckets';
import { MAX_GROUP, type StampedSource, groupDelta, groupOf } from './index-delta';
import { FORMAT_6, INDEX_FORMAT, filterOfRows, filterRows, layoutSteps } from './index-layout';
import { groupBy } from '../group-by';
import { yieldToAnswers } from './index-priority';
import { runSliced } from './index-slices';

export { INDEX_FORMAT } from './index-layout';

type Slot = 0 | 1;

interface SlotTables {
  docs: EntityTable<IndexBlockRow, 'block'>;
  buckets: EntityTable<BucketRow, 'bucket'>;
  filter: EntityTable<FilterChunkRow, 'chunk'>;
}

function slotTables(db: PolicyLensDb, slot: Slot): SlotTables {
  return slot === 0 ? { docs: db.textBlocks, buckets: db.textBuckets, filter: db.textFilter } : { docs: db.textBlocks1, buckets: db.textBuckets1, filter: db.textFilter1 };
}

const tablesOf = (t: SlotTables) => [t.docs, t.buckets, t.filter];

type MetaValue<K extends MetaRow['key']> = Extract<MetaRow, { key: K }>['value'];

/** A meta row's value: the row stored under a key is always of that key's type. */
async function metaValue<K extends MetaRow['key']>(db: PolicyLensDb, key: K): Promise<MetaValue<K> | undefined> {
  return (await db.meta.get(key))?.value as MetaValue<K> | undefined;
}

const activeSlot = async (db: PolicyLensDb): Promise<Slot> => (await metaValue(db, 'indexSlot')) ?? 0;
const revisionOf = async (db: PolicyLensDb): Promise<number> => (await metaValue(db, 'indexGeneration')) ?? 0;

/** The filter from all its stored chunks; none (read every candidate) when they are missing or incomplete. */
function assembleFilter(rows: readonly FilterChunkRow[]): BloomFilter | undefined {
  if (rows.length === 0 || rows.some((r) => r.chunk >= rows.length)) return undefined;
  const filter = { bits: new Uint32Array(rows.length * CHUNK_WORDS) };
  for (const row of rows) setChunkBits(filter, row.chunk, row.bits);
  return filter;
}

/**
 * Reads the index. Each read runs in one read-only transaction over the pointer and the
 * tables it points at, so a rebuild swapping the pointer and clearing the old tables
 * never leaves a reader half in each. The filter is cached; after a write to the index
 * only the chunks that write changed are read again.
 */
export function textIndexStore(db: PolicyLensDb): FingerprintStore {
  /**
   * The filter as its chunks store it (`stored`), with the pending hashes added
   * (`filter`), and how the index places a hash in a bucket.
   */
  let cached: { slot: Slot; revision: number; stored: BloomFilter | undefined; filter: BloomFilter | undefined; bucketFor: (hash: number) => number } | undefined;
  const layoutFor = async (slot: Slot, tables: SlotTables): Promise<{ filter: BloomFilter | undefined; bucketFor: (hash: number) => number }> => {
    const revision = await revisionOf(db);
    if (cached?.slot === slot && cached.revision === revision) return cached;
    // An index of an older format, answering until it is rebuilt, places hashes in other filter chunks: read without its filter.
    const format = await metaValue(db, 'indexFormat');
    if (format !== INDEX_FORMAT) {
      cached = { slot, revision, stored: undefined, filter: undefined, bucketFor: format === FORMAT_6 ? format6BucketOf : bucketOf };
      return cached;
    }
    const chunks = await tables.filter.count();
    const known = cached?.slot === slot ? cached.stored : undefined;
    let stored: BloomFilter | undefined;
    if (known && chunkCount(known) === chunks && cached) {
      const changed = await tables.filter.where('revision').above(cached.revision).toArray();
      stored = changed.length ? { bits: known.bits.slice() } : known;
      for (const row of changed) setChunkBits(stored, row.chunk, row.bits);
    } else {
      stored = assembleFilter(await tables.filter.toArray());
    }
    const pending = (await metaValue(db, 'indexFilterPending')) ?? new Uint32Array(0);
    let filter = stored;
    if (stored && pending.length) {
      filter = { bits: stored.bits.slice() };
      addToBloomFilter(filter, pending);
    }
    cached = { slot, revision, stored, filter, bucketFor: bucketOf };
    return cached;
  };
  const inIndex = async <T>(read: (tables: SlotTables, slot: Slot) => Promise<T>): Promise<T> => {
    for (;;) {
      const slot = await activeSlot(db);
      const tables = slotTables(db, slot);
      const result = await db.transaction('r', [db.meta, ...tablesOf(tables)], async () => ((await activeSlot(db)) === slot ? { value: await read(tables, slot) } : undefined));
      if (result) return result.value;
    }
  };
  return {
    lookup: (hashes) =>
      inIndex(async (tables, slot) => {
        const { filter, bucketFor } = await layoutFor(slot, tables);
        const candidates = filter ? hashes.filter((hash) => mayContain(filter, hash)) : [...hashes];
        const buckets = [...new Set(candidates.map(bucketFor))];
        const rows = new Map((await tables.buckets.bulkGet(buckets)).flatMap((row) => (row ? [[row.bucket, row]] : [])));
        const found = new Map<number, Posting[]>();
        for (const hash of candidates) {
          const row = rows.get(bucketFor(hash));
          // Stock phrases stay in the index (so documents can leave it one by one) but detection ignores them.
          const postings = row && postingsIn(row, hash, COMMON_HASH_POSTINGS);
          if (postings) found.set(hash, postings);
        }
        return found;
      }),
    docs: (idxs) =>
      inIndex(async (tables) => {
        const wanted = new Set(idxs);
        const groups = new Set(idxs.map(groupOf));
        const rows = await tables.docs.bulkGet([...new Set([...groups].map(blockOf))]);
        const found = new Map<number, IndexedDoc>();
        for (const group of rows.flatMap((row) => row?.groups ?? [])) {
          if (!groups.has(group.group)) continue;
          for (const { hashes: _h, stamp: _s, ...doc } of group.docs) if (wanted.has(doc.idx)) found.set(doc.idx, doc as IndexedDoc);
        }
        return found;
      }),
  };
}

export interface IndexSize {
  docs: number;
  fingerprints: number;
}

const statementSource = (s: Statement): StampedSource => ({ kind: 'statement', refId: s.id, statementId: s.id, text: s.text, stamp: s.updatedAt });
const quoteSource = (q: Quote): StampedSource => ({ kind: 'quote', refId: q.id, statementId: q.statementId, text: q.text, stamp: q.updatedAt });

/** Sources by statement, in the order given (a statement before its quotes when it comes first). */
const byStatement = (sources: readonly StampedSource[]): Map<string, StampedSource[]> => groupBy(sources, (source) => source.statementId);

/**
 * Statements fingerprinted between two yields in a full rebuild (tens of milliseconds
 * of work): the rebuild at a format change runs in the service worker, which must go
 * on answering pages from the index in use meanwhile; at 50,000 statements the whole
 * build in one go held its one thread for seconds.
 */
const BUILD_SLICE = 250;

/** The whole index of `sources`: one group per statement, numbered from 1, yielding between slices. */
async function buildGroups(sources: readonly StampedSource[]): Promise<{ rows: IndexGroupRow[]; postings: PostingColumns }> {
  const rows: IndexGroupRow[] = [];
  const postings = new PostingColumns();
  let group = 0;
  for (const [statementId, list] of byStatement(sources)) {
    if (++group > MAX_GROUP) throw new Error(`The text index holds at most ${MAX_GROUP} statements`);
    if (group % BUILD_SLICE === 0) await yieldToAnswers();
    rows.push({ group, statementId, docs: groupDelta(group, [], list, postings).docs });
  }
  return { rows, postings };
}

/**
 * Rows written, read or deleted per request in a full rebuild: small requests and
 * transactions commit one after another, so the browser never holds a whole index or
 * corpus in one, and detection's reads of the index in use are never queued behind
 * much. At 50,000 statements a bucket row holds about 5 KB of postings (the lowest
 * buckets, where winnowing puts most hashes, several times that), so 250 of them are
 * a megabyte or two.
 */
const WRITE_CHUNK = 250;

async function bulkAddInChunks<T>(rows: readonly T[], add: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
    await add(rows.slice(i, i + WRITE_CHUNK));
    await yieldToAnswers();
  }
}

/** Every statement and quote, read a page of chunks at a time: one read of 50,000 statements held the database and the thread for seconds. */
async function readSources(db: PolicyLensDb): Promise<StampedSource[]> {
  const statements = await allStatements(db, yieldToAnswers);
  const quotes = await allQuotes(db, yieldToAnswers);
  return [...statements.map(statementSource), ...quotes.map(quoteSource)];
}

/**
 * Clears slot `slot`'s tables unless the pointer names it, checked in the same
 * transaction as each deletion: a rebuild that lost a race with another never clears
 * the index in use. Deleted a chunk of rows per transaction, since each holds the
 * pointer, which every detection reads: clearing a 50,000-statement index in one
 * transaction kept pages waiting for seconds.
 */
const clearUnlessActive = async (db: PolicyLensDb, slot: Slot): Promise<boolean> => {
  for (const table of tablesOf(slotTables(db, slot)) as Table<unknown, IndexableType>[]) {
    for (;;) {
      const deleted = await db.transaction('rw', [db.meta, table], async () => {
        if ((await activeSlot(db)) === slot) return null;
        const keys = await table.limit(WRITE_CHUNK).primaryKeys();
        await table.bulkDelete(keys);
        return keys.length;
      });
      if (deleted === null) return false;
      if (deleted < WRITE_CHUNK) break;
      await yieldToAnswers();
    }
  }
  return true;
};

/** Rebuilds attempted when the texts keep changing during a rebuild, before giving up. */
const REBUILD_ATTEMPTS = 3;

/**
 * Writes an index of `sources` beside the one in use: into the other set of tables,
 * then swaps the pointer in one transaction and clears the old set. Until the swap,
 * readers use the old index; if anything fails (a full disk), the old index stays in
 * use untouched. Returns null, swapping nothing, when the index was written to
 * meanwhile (`sources` may be out of date): after `revision`, when the caller read the
 * index's revision before reading `sources`.
 */
export async function writeTextIndex(db: PolicyLensDb, sources: readonly StampedSource[], revision?: number): Promise<IndexSize | null> {
  revision ??= await revisionOf(db);
  const from = await activeSlot(db);
  const to: Slot = from === 0 ? 1 : 0;
  const target = slotTables(db, to);
  const { rows, postings } = await buildGroups(sources);
  const layout = await runSliced(layoutSteps(postings, revision + 1), yieldToAnswers);
  if (!(await clearUnlessActive(db, to))) return null;
  await bulkAddInChunks(toBlocks(rows), (chunk) => target.docs.bulkAdd(chunk));
  await bulkAddInChunks(layout.buckets, (chunk) => target.buckets.bulkAdd(chunk));
  await bulkAddInChunks(layout.filter, (chunk) => target.filter.bulkAdd(chunk));
  const switched = await db.transaction('rw', db.meta, async () => {
    if ((await revisionOf(db)) !== revision) return false;
    await db.meta.bulkPut([
      { key: 'indexFormat', value: INDEX_FORMAT },
      { key: 'indexSlot', value: to },
      { key: 'indexGeneration', value: revision + 1 },
      { key: 'indexFilterLoad', value: { sizedFor: layout.hashes, added: 0 } },
      { key: 'indexFilterPending', value: new Uint32Array(0) },
    ]);
    return true;
  });
  await clearUnlessActive(db, switched ? from : to);
  return switched ? { docs: rows.reduce((n, r) => n + r.docs.length, 0), fingerprints: layout.hashes } : null;
}

/** The explicit repair, and the first build: the whole index from the statements and quotes, beside the old one. */
export async function rebuildTextIndex(db: PolicyLensDb): Promise<IndexSize> {
  for (let attempt = 1; attempt <= REBUILD_ATTEMPTS; attempt++) {
    // The revision is read first: an update while the sources are read a page at a time makes this attempt swap nothing.
    const revision = await revisionOf(db);
    const size = await writeTextIndex(db, await readSources(db), revision);
    if (size) return size;
  }
  throw new Error('The texts kept changing while the index was rebuilt; it will be rebuilt at the next start');
}

/**
 * Buckets touched above which an update reads the whole table in one go rather than
 * row by row: half of them. A pack installing thousands of statements touches nearly
 * every bucket anyway, and then the Bloom filter is also made again at the right size.
 */
const READ_ALL_BUCKETS_ABOVE = BUCKETS / 2;
/** Hashes a filter is sized for at least, so a small index is not resized at every capture. */
const MIN_FILTER_HASHES = 10_000;
/**
 * Hashes an update leaves pending (meta indexFilterPending) rather than write into the
 * filter's chunks: a capture's 150 or so hashes fall in as many chunks, each a row to
 * read and write, while the pending list is one row (256 KB at most) that readers add
 * to the filter they read. Past this many, the next update writes them into the chunks.
 */
const MAX_PENDING_HASHES = 65_536;

/**
 * The steps of an update, each reported as it ends (a benchmark times them: the
 * packs bench explains a slow capture by them).
 */
export type UpdateStep =
  | 'read texts'
  | 'fingerprint'
  | 'read buckets'
  | 'read buckets (all)'
  | 'edit buckets'
  | 'write docs'
  | 'write buckets'
  | 'make the filter'
  | 'filter chunks'
  | 'pending hashes'
  | 'write filter and meta'
  | 'commit';

export interface IndexUpdate {
  removedDocs: number;
  addedDocs: number;
  bucketsWritten: number;
  filterChunksWritten: number;
}

/** The change to the index of the statements `ids`: their new group rows and the postings that go and come. */
function updateGroups(ids: readonly string[], sources: readonly StampedSource[], old: readonly IndexGroupRow[], lastGroup: number) {
  const sourcesOf = byStatement(sources);
  const oldOf = new Map(old.map((row) => [row.statementId, row]));
  const removed = new Map<number, Set<number>>();
  const added = new PostingColumns();
  const put: IndexGroupRow[] = [];
  const deleted: number[] = [];
  let next = lastGroup + 1;
  let removedDocs = 0;
  let addedDocs = 0;
  for (const statementId of ids) {
    const before = oldOf.get(statementId);
    const list = sourcesOf.get(statementId) ?? [];
    if (!before && list.length === 0) continue;
    const group = before?.group ?? next++;
    if (group > MAX_GROUP) throw new Error('The text index has used up its statement numbers; repair it (rebuild) to number them afresh');
    const delta = groupDelta(group, before?.docs ?? [], list, added);
    const kept = new Set(delta.docs.map((d) => d.idx));
    removedDocs += (before?.docs ?? []).filter((d) => !kept.has(d.idx)).length;
    addedDocs += delta.docs.length;
    if (delta.docs.length) put.push({ group, statementId, docs: delta.docs });
    else deleted.push(group);
    for (const [hash, docs] of delta.removed) {
      const held = removed.get(hash);
      if (held) for (const doc of docs) held.add(doc);
      else removed.set(hash, docs);
    }
  }
  return { put, deleted, removed, added, removedDocs, addedDocs };
}

/**
 * Statements and quotes the caller wrote (the row) or deleted (null) in the transaction
 * an update runs in: their text is taken from here, not read back. Installing a pack
 * writes tens of megabytes of text, and reading it back took longer than fingerprinting it
 * (at 50k statements: 8.6 s for the quotes alone, after the statements were handed over).
 */
export interface WrittenRows {
  statements: ReadonlyMap<string, Statement | null>;
  quotes: ReadonlyMap<string, Quote | null>;
  /**
   * Every quote id stored before the caller wrote, when it read them anyway: the quotes it
   * did not write are then known without reading keys back after its writes, which at 50k
   * (150,000 keys under a transaction's uncommitted writes) took as long as reading the rows.
   */
  quoteIdsBefore?: readonly string[];
}

const NOTHING_WRITTEN: WrittenRows = { statements: new Map(), quotes: new Map() };

/** The tables an update of the index writes: a writer of statements that updates the index in its own transaction includes them. */
export const indexTables = (db: PolicyLensDb): Table[] => [...tablesOf(slotTables(db, 0)), ...tablesOf(slotTables(db, 1)), db.meta] as Table[];

/**
 * Brings the index up to date for these statements only: their documents (the
 * statement and its quotes) are taken out by the hashes they put in, and those of
 * what the database now holds are put in. One transaction, so readers see the index
 * before or after, never half-way; other writers of the index wait for it. `step`
 * hears each step end (UpdateStep).
 */
export async function updateTextIndex(
  db: PolicyLensDb,
  statementIds: readonly string[],
  step: (done: UpdateStep) => void = () => {},
  rowsWritten: WrittenRows = NOTHING_WRITTEN,
): Promise<IndexUpdate> {
  const ids = [...new Set(statementIds)];
  if ((rowsWritten.statements.size || rowsWritten.quotes.size) && !Dexie.currentTransaction) throw new Error('Rows written are known only inside the transaction that wrote them');
  const result = await db.transaction('rw', [...indexTables(db), ...recordTables(db)], async () => {
    const { docs, buckets, filter: filterTable } = slotTables(db, await activeSlot(db));
    const [statements, quotes, oldBlocks, last] = await readForUpdate(db, docs, ids, rowsWritten);
    step('read texts');
    const wanted = new Set(ids);
    const old = oldBlocks.flatMap((block) => block.groups.filter((g) => wanted.has(g.statementId)));
    const lastGroup = last?.groups.at(-1)?.group ?? 0;
    const change = updateGroups(ids, [...statements.map(statementSource), ...quotes.map(quoteSource)], old, lastGroup);
    const addedIn = new Map(change.added.toRows().map((row) => [row.bucket, row]));
    const addedCount = [...addedIn.values()].reduce((n, row) => n + row.hashes.length, 0);
    step('fingerprint');
    const touched = new Set(addedIn.keys());
    for (const hash of change.removed.keys()) touched.add(bucketOf(hash));
    const load = (await metaValue(db, 'indexFilterLoad')) ?? { sizedFor: 0, added: 0 };
    const chunks = await filterTable.count();
    // A filter only gains bits; one sized for the index as it is now is made whenever it
    // holds twice the hashes it was made for, or all rows are read anyway.
    const added = load.added + addedCount;
    const readAll = touched.size > READ_ALL_BUCKETS_ABOVE || chunks === 0 || added > Math.max(load.sizedFor, MIN_FILTER_HASHES);
    const current = readAll ? await buckets.toArray() : (await buckets.bulkGet([...touched])).flatMap((r) => (r ? [r] : []));
    step(readAll ? 'read buckets (all)' : 'read buckets');
    const rowOf = new Map(current.map((row) => [row.bucket, row]));
    const written: BucketRow[] = [];
    const emptied: number[] = [];
    for (const bucket of touched) {
      const row = editBucket(bucket, rowOf.get(bucket), change.removed, addedIn.get(bucket));
      if (row) {
        written.push(row);
        rowOf.set(bucket, row);
      } else {
        emptied.push(bucket);
        rowOf.delete(bucket);
      }
    }
    step('edit buckets');
    const revision = (await revisionOf(db)) + 1;
    // New statements take the numbers after the last: they may join the last block.
    const blocks = editBlocks(last ? [...oldBlocks, last] : oldBlocks, change.put, change.deleted);
    await docs.bulkDelete(blocks.deleted);
    await docs.bulkPut(blocks.put);
    step('write docs');
    await buckets.bulkDelete(emptied);
    await buckets.bulkPut(written);
    step('write buckets');
    let filterWritten: FilterChunkRow[] = [];
    let nextLoad: MetaValue<'indexFilterLoad'>;
    let pending = new Uint32Array(0);
    if (readAll) {
      const { filter, hashes } = filterOfRows([...rowOf.values()]);
      filterWritten = filterRows(filter, revision);
      nextLoad = { sizedFor: hashes, added: 0 };
    } else {
      const before = (await metaValue(db, 'indexFilterPending')) ?? new Uint32Array(0);
      const hashes = [...before, ...[...addedIn.values()].flatMap((row) => [...row.hashes])];
      if (hashes.length <= MAX_PENDING_HASHES) pending = Uint32Array.from(hashes);
      else {
        // Only the chunks the pending hashes fall in are read and written.
        const filter: BloomFilter = { bits: new Uint32Array(chunks * CHUNK_WORDS) };
        const wanted = [...new Set(hashes.map((hash) => chunkOf(filter, hash)))];
        for (const row of await filterTable.bulkGet(wanted)) if (row) setChunkBits(filter, row.chunk, row.bits);
        addToBloomFilter(filter, hashes);
        filterWritten = wanted.map((chunk) => ({ chunk, bits: chunkBits(filter, chunk), revision }));
      }
      nextLoad = { sizedFor: load.sizedFor, added };
    }
    step(readAll ? 'make the filter' : filterWritten.length ? 'filter chunks' : 'pending hashes');
    if (readAll) await filterTable.clear();
    await filterTable.bulkPut(filterWritten);
    await db.meta.bulkPut([
      { key: 'indexGeneration', value: revision },
      { key: 'indexFilterLoad', value: nextLoad },
      { key: 'indexFilterPending', value: pending },
    ]);
    step('write filter and meta');
    return { removedDocs: change.removedDocs, addedDocs: change.addedDocs, bucketsWritten: touched.size, filterChunksWritten: filterWritten.length };
  });
  step('commit');
  return result;
}

/**
 * Statements named in an update above which their quotes and index blocks are read table
 * by table, rather than by statement: installing a large pack names nearly every statement,
 * and thousands of single reads cost far more than one read of the table. (Their statements
 * are read by id either way: the chunk store reads many ids from its index in one go.)
 */
const READ_TABLES_ABOVE = 1_000;

/**
 * The statements `ids` as stored and their quotes (rows in `written` taken from it, not
 * read), the index blocks that hold any of them, and the last block.
 */
async function readForUpdate(db: PolicyLensDb, docs: SlotTables['docs'], ids: readonly string[], written: WrittenRows) {
  const last = docs.orderBy('block').last();
  if (ids.length <= READ_TABLES_ABOVE) {
    const statements = readStatements(db, ids, written.statements);
    return Promise.all([statements, quotesOfStatements(db, ids), docs.where('statementIds').anyOf(ids).distinct().toArray(), last]);
  }
  const wanted = new Set(ids);
  const named = <T extends { statementId: string }>(rows: T[]) => rows.filter((r) => wanted.has(r.statementId));
  const holding = (blocks: IndexBlockRow[]) => blocks.filter((b) => b.statementIds.some((id) => wanted.has(id)));
  return Promise.all([readStatements(db, ids, written.statements), readQuotes(db, written).then(named), docs.toArray().then(holding), last]);
}

async function readStatements(db: PolicyLensDb, ids: readonly string[], written: WrittenRows['statements']): Promise<Statement[]> {
  const known = ids.flatMap((id) => written.get(id) ?? []);
  const read = await getStatements(db, ids.filter((id) => !written.has(id)));
  return [...known, ...read.flatMap((s) => (s ? [s] : []))];
}

/**
 * Every quote: those written taken from `written`, the others read by their keys (those
 * stored before the writes, else read now); only when most quotes were not written is the
 * table read whole.
 */
async function readQuotes(db: PolicyLensDb, { quotes: written, quoteIdsBefore }: WrittenRows): Promise<Quote[]> {
  if (written.size === 0) return allQuotes(db);
  const unknown = (quoteIdsBefore ?? (await quoteIds(db))).filter((id) => !written.has(id));
  const writtenRows = [...written.values()].flatMap((q) => (q ? [q] : []));
  if (unknown.length > written.size) return [...writtenRows, ...(await allQuotes(db)).filter((q) => !written.has(q.id))];
  return [...writtenRows, ...(await getQuotes(db, unknown)).flatMap((q) => (q ? [q] : []))];
}

/** Statements whose indexed documents no longer match the database: missing, changed (by `updatedAt`) or gone. */
export async function staleStatements(db: PolicyLensDb): Promise<string[]> {
  const { docs } = slotTables(db, await activeSlot(db));
  const [sources, rows] = await Promise.all([readSources(db), docs.toArray()]);
  const indexed: IndexDocRow[] = rows.flatMap((row) => row.groups.flatMap((group) => group.docs));
  const key = (d: { kind: string; refId: string; stamp?: string }) => `${d.kind}:${d.refId}:${d.stamp ?? ''}`;
  const group = (items: readonly { statementId: string; kind: string; refId: string; stamp?: string }[]) => {
    const byId = new Map<string, Set<string>>();
    for (const item of items) byId.set(item.statementId, (byId.get(item.statementId) ?? new Set()).add(key(item)));
    return byId;
  };
  const want = group(sources);
  const have = group(indexed);
  const stale: string[] = [];
  for (const id of new Set([...want.keys(), ...have.keys()])) {
    const a = want.get(id) ?? new Set();
    const b = have.get(id) ?? new Set();
    if (a.size !== b.size || [...a].some((k) => !b.has(k))) stale.push(id);
  }
  return stale.sort();
}

/**
 * "These statements' texts changed": the index is updated for them alone. Without
 * ids (an import, a form), the statements whose indexed texts are out of date are found first.
 */
export async function indexChangedStatements(db: PolicyLensDb, statementIds?: readonly string[]): Promise<void> {
  const ids = statementIds ?? (await staleStatements(db));
  if (ids.length) await updateTextIndex(db, ids);
}

/** True once an index exists (of any format: an older one still answers while a new one is built). */
export async function hasTextIndex(db: PolicyLensDb): Promise<boolean> {
  return (await metaValue(db, 'indexFormat')) !== undefined;
}

/**
 * At start: builds the index when there is none or it is of an older format (installing
 * a pack updates the index itself, in its own transaction).
 */
export async function ensureTextIndex(db: PolicyLensDb): Promise<void> {
  if ((await metaValue(db, 'indexFormat')) !== INDEX_FORMAT) await rebuildTextIndex(db);
}
