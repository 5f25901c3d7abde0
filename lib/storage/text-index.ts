// The text index in IndexedDB: which fingerprints occur in which statements and
// quotes (lib/matching decides what a fingerprint is), plus a Bloom filter of all
// of them held in memory, so a page's lookup reads only fingerprints that may be
// there. Derived data. A change to statements or quotes updates only the documents
// of the statements concerned (updateTextIndex); the whole index is built again
// only on an explicit repair or a format change (rebuildTextIndex), beside the
// index in use, which keeps serving until the new one replaces it in one step.
import type { EntityTable } from 'dexie';
import { type BloomFilter, addToBloomFilter, buildBloomFilter, mayContain } from '../matching/bloom-filter';
import { DEFAULT_INDEX_PARAMS, buildIndexEntries } from '../matching/build-index';
import { COMMON_HASH_POSTINGS } from '../matching/detect';
import type { DocSource, FingerprintStore, IndexedDoc, Posting } from '../matching/index-types';
import type { Quote } from '../schema';
import type { IndexDocRow, MetaRow, PolicyLensDb, StatementRow } from './db';
import { type BucketRow, bucketOf, decodeBucket, postingsIn, toBucketRows } from './fingerprint-buckets';
import { indexDelta } from './index-delta';

/**
 * Names the fingerprinting an index was built with: an index built with other
 * parameters is rebuilt. Bump the leading number whenever the hash, the statement
 * position marker or the stored layout changes (2: Bloom filter; 3: bucketed rows;
 * 4: stock phrases left out; 5: documents carry their hashes and stock phrases are
 * kept but skipped when read, so documents can be added and removed one by one).
 */
export const INDEX_FORMAT = `5:${JSON.stringify(DEFAULT_INDEX_PARAMS)}`;

type Slot = 0 | 1;

interface SlotTables {
  docs: EntityTable<IndexDocRow, 'idx'>;
  buckets: EntityTable<BucketRow, 'bucket'>;
}

function slotTables(db: PolicyLensDb, slot: Slot): SlotTables {
  return slot === 0 ? { docs: db.indexedDocs, buckets: db.fingerprintBuckets } : { docs: db.indexedDocs1, buckets: db.fingerprintBuckets1 };
}

type MetaValue<K extends MetaRow['key']> = Extract<MetaRow, { key: K }>['value'];

/** A meta row's value: the row stored under a key is always of that key's type. */
async function metaValue<K extends MetaRow['key']>(db: PolicyLensDb, key: K): Promise<MetaValue<K> | undefined> {
  return (await db.meta.get(key))?.value as MetaValue<K> | undefined;
}

const activeSlot = async (db: PolicyLensDb): Promise<Slot> => (await metaValue(db, 'indexSlot')) ?? 0;

/** Reads the index. Its slot and filter are cached until a write to the index bumps its generation. */
export function textIndexStore(db: PolicyLensDb): FingerprintStore {
  let cached: Promise<{ generation: number; tables: SlotTables; filter: BloomFilter | undefined }> | undefined;
  const load = async (generation: number) => {
    const bits = await metaValue(db, 'indexFilter');
    return { generation, tables: slotTables(db, await activeSlot(db)), filter: bits ? { bits } : undefined };
  };
  const current = async () => {
    const generation = (await metaValue(db, 'indexGeneration')) ?? 0;
    if (!cached || (await cached).generation !== generation) cached = load(generation);
    return cached;
  };
  return {
    async lookup(hashes) {
      const { tables, filter } = await current();
      const candidates = filter ? hashes.filter((hash) => mayContain(filter, hash)) : [...hashes];
      const buckets = [...new Set(candidates.map(bucketOf))];
      const rows = new Map((await tables.buckets.bulkGet(buckets)).flatMap((row) => (row ? [[row.bucket, row]] : [])));
      const found = new Map<number, Posting[]>();
      for (const hash of candidates) {
        const row = rows.get(bucketOf(hash));
        // Stock phrases stay in the index (so documents can leave it one by one) but detection ignores them.
        const postings = row && postingsIn(row, hash, COMMON_HASH_POSTINGS);
        if (postings) found.set(hash, postings);
      }
      return found;
    },
    async docs(idxs) {
      const { tables } = await current();
      const rows = await tables.docs.bulkGet([...idxs]);
      return new Map(rows.filter((d): d is IndexDocRow => d !== undefined).map(({ hashes: _h, stamp: _s, ...doc }) => [doc.idx, doc as IndexedDoc]));
    },
  };
}

export interface IndexSize {
  docs: number;
  fingerprints: number;
}

/** A document to index, with the `updatedAt` of its record (benchmarks' synthetic texts have none). */
type StampedSource = DocSource & { stamp?: string };

const statementSource = (s: StatementRow): StampedSource => ({ kind: 'statement', refId: s.id, statementId: s.id, text: s.text, stamp: s.updatedAt });
const quoteSource = (q: Quote): StampedSource => ({ kind: 'quote', refId: q.id, statementId: q.statementId, text: q.text, stamp: q.updatedAt });

/** Index rows for `sources`, numbered from `firstIdx`, each with the hashes it put in. */
function docRows(sources: readonly StampedSource[], firstIdx: number): { rows: IndexDocRow[]; postings: Map<number, Posting[]> } {
  const { docs, postings } = buildIndexEntries(sources, firstIdx);
  const hashesOf = new Map<number, number[]>();
  for (const [hash, list] of postings) {
    for (const { doc } of list) {
      const held = hashesOf.get(doc);
      // A document's postings of one hash are consecutive, so a repeat is the last entry.
      if (!held) hashesOf.set(doc, [hash]);
      else if (held[held.length - 1] !== hash) held.push(hash);
    }
  }
  const rows = docs.map((doc, i) => ({ ...doc, hashes: Uint32Array.from(hashesOf.get(doc.idx) ?? []), stamp: sources[i]?.stamp ?? '' }));
  return { rows, postings };
}

/**
 * Rows written per transaction in a full rebuild. One transaction for millions of
 * rows makes the browser hold and commit them all at once, which is many times slower.
 */
const WRITE_CHUNK = 25_000;

async function bulkAddInChunks<T>(rows: readonly T[], add: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += WRITE_CHUNK) await add(rows.slice(i, i + WRITE_CHUNK));
}

async function readSources(db: PolicyLensDb): Promise<StampedSource[]> {
  const [statements, quotes] = await Promise.all([db.statements.toArray(), db.quotes.toArray()]);
  return [...statements.map(statementSource), ...quotes.map(quoteSource)];
}

/** Rebuilds attempted when the texts keep changing during a rebuild, before giving up. */
const REBUILD_ATTEMPTS = 3;

/**
 * Writes an index of `sources` beside the one in use: into the other pair of tables,
 * then switches to it in one transaction and clears the old pair. Until the switch,
 * readers use the old index; if anything fails (a full disk), the old index stays in
 * use untouched. Returns null, switching nothing, when the index was written to
 * meanwhile (`sources` may be out of date).
 */
export async function writeTextIndex(db: PolicyLensDb, sources: readonly StampedSource[]): Promise<IndexSize | null> {
  const generation = (await metaValue(db, 'indexGeneration')) ?? 0;
  const from = await activeSlot(db);
  const to: Slot = from === 0 ? 1 : 0;
  const target = slotTables(db, to);
  const { rows, postings } = docRows(sources, 1);
  await db.transaction('rw', target.docs, target.buckets, () => Promise.all([target.docs.clear(), target.buckets.clear()]));
  await bulkAddInChunks(rows, (chunk) => target.docs.bulkAdd(chunk));
  await bulkAddInChunks(toBucketRows(postings), (chunk) => target.buckets.bulkAdd(chunk));
  const switched = await db.transaction('rw', db.meta, async () => {
    if (((await metaValue(db, 'indexGeneration')) ?? 0) !== generation) return false;
    await db.meta.bulkPut([
      { key: 'indexFilter', value: buildBloomFilter(postings.keys(), postings.size).bits },
      { key: 'indexFormat', value: INDEX_FORMAT },
      { key: 'indexSlot', value: to },
      { key: 'indexGeneration', value: generation + 1 },
    ]);
    return true;
  });
  if (!switched) return null;
  const old = slotTables(db, from);
  await db.transaction('rw', old.docs, old.buckets, () => Promise.all([old.docs.clear(), old.buckets.clear()]));
  return { docs: rows.length, fingerprints: postings.size };
}

/** The explicit repair, and the first build: the whole index from the statements and quotes, beside the old one. */
export async function rebuildTextIndex(db: PolicyLensDb): Promise<IndexSize> {
  for (let attempt = 1; attempt <= REBUILD_ATTEMPTS; attempt++) {
    const size = await writeTextIndex(db, await readSources(db));
    if (size) return size;
  }
  throw new Error('The texts kept changing while the index was rebuilt; it will be rebuilt at the next start');
}

/**
 * Buckets touched above which an update reads the whole table in one go rather than
 * row by row: half of all 65,536. Fewer rows are cheaper to fetch one by one; a pack
 * installing thousands of statements touches nearly every bucket anyway, and then the
 * Bloom filter is also made again at the right size.
 */
const READ_ALL_BUCKETS_ABOVE = 32_768;

export interface IndexUpdate {
  removedDocs: number;
  addedDocs: number;
  bucketsWritten: number;
}

/**
 * Brings the index up to date for these statements only: their documents (the
 * statement and its quotes) are taken out by the hashes they put in, and those of
 * what the database now holds are put in. One transaction, so readers see the index
 * before or after, never half-way; other writers of the index wait for it.
 */
export async function updateTextIndex(db: PolicyLensDb, statementIds: readonly string[]): Promise<IndexUpdate> {
  const ids = [...new Set(statementIds)];
  const scope = [db.indexedDocs, db.fingerprintBuckets, db.indexedDocs1, db.fingerprintBuckets1, db.meta, db.statements, db.quotes];
  return db.transaction('rw', scope, async () => {
    const { docs, buckets } = slotTables(db, await activeSlot(db));
    const [statements, quotes, old, last] = await readForUpdate(db, docs, ids);
    const sources = [...statements.map(statementSource), ...quotes.map(quoteSource)];
    const added = docRows(sources, (last?.idx ?? 0) + 1);
    const delta = indexDelta(old, added.rows, added.postings);
    const touched = new Set<number>();
    for (const hash of delta.removed.keys()) touched.add(bucketOf(hash));
    for (const hash of delta.added.keys()) touched.add(bucketOf(hash));
    const filterBits = await metaValue(db, 'indexFilter');
    const readAll = touched.size > READ_ALL_BUCKETS_ABOVE || !filterBits;
    const current = readAll ? await buckets.toArray() : (await buckets.bulkGet([...touched])).flatMap((r) => (r ? [r] : []));
    const byBucket = new Map(current.map((row) => [row.bucket, decodeBucket(row)]));
    const heldIn = (bucket: number) => {
      const held = byBucket.get(bucket) ?? new Map<number, Posting[]>();
      byBucket.set(bucket, held);
      return held;
    };
    for (const [hash, leaving] of delta.removed) {
      const held = heldIn(bucketOf(hash));
      const kept = (held.get(hash) ?? []).filter((p) => !leaving.has(p.doc));
      if (kept.length) held.set(hash, kept);
      else held.delete(hash);
    }
    for (const [hash, list] of delta.added) {
      const held = heldIn(bucketOf(hash));
      held.set(hash, [...(held.get(hash) ?? []), ...list]);
    }
    const changedPostings = new Map<number, Posting[]>();
    const emptied: number[] = [];
    for (const bucket of touched) {
      const held = heldIn(bucket);
      if (held.size === 0) emptied.push(bucket);
      for (const [hash, list] of held) changedPostings.set(hash, list);
    }
    await docs.bulkDelete(delta.removedDocs);
    await docs.bulkPut(delta.rows);
    await buckets.bulkDelete(emptied);
    await buckets.bulkPut(toBucketRows(changedPostings));
    // A filter only gains bits; one sized for the index as it is now is made whenever all rows were read anyway.
    let filter: BloomFilter;
    if (readAll) {
      const all = [...byBucket.values()].flatMap((held) => [...held.keys()]);
      filter = buildBloomFilter(all, all.length);
    } else {
      filter = { bits: filterBits ?? new Uint32Array(1) };
      addToBloomFilter(filter, delta.added.keys());
    }
    const generation = (await metaValue(db, 'indexGeneration')) ?? 0;
    await db.meta.bulkPut([
      { key: 'indexFilter', value: filter.bits },
      { key: 'indexGeneration', value: generation + 1 },
    ]);
    return { removedDocs: delta.removedDocs.length, addedDocs: delta.rows.length, bucketsWritten: touched.size };
  });
}

/**
 * Statements named in an update above which their rows are read table by table in one
 * request each, rather than one request per id: installing a large pack names nearly
 * every statement, and thousands of single reads cost far more than one read of the table.
 */
const READ_TABLES_ABOVE = 1_000;

/** The statements `ids` as stored, their quotes, their indexed documents, and the last document. */
async function readForUpdate(db: PolicyLensDb, docs: SlotTables['docs'], ids: readonly string[]) {
  const last = docs.orderBy('idx').last();
  if (ids.length <= READ_TABLES_ABOVE) {
    const statements = db.statements.bulkGet([...ids]).then((rows) => rows.flatMap((s) => (s ? [s] : [])));
    return Promise.all([statements, db.quotes.where('statementId').anyOf(ids).toArray(), docs.where('statementId').anyOf(ids).toArray(), last]);
  }
  const wanted = new Set(ids);
  const named = <T extends { statementId: string }>(rows: T[]) => rows.filter((r) => wanted.has(r.statementId));
  return Promise.all([
    db.statements.toArray().then((rows) => rows.filter((s) => wanted.has(s.id))),
    db.quotes.toArray().then(named),
    docs.toArray().then(named),
    last,
  ]);
}

/** Statements whose indexed documents no longer match the database: missing, changed (by `updatedAt`) or gone. */
export async function staleStatements(db: PolicyLensDb): Promise<string[]> {
  const { docs } = slotTables(db, await activeSlot(db));
  const [sources, indexed] = await Promise.all([readSources(db), docs.toArray()]);
  const key = (d: { kind: string; refId: string; stamp?: string }) => `${d.kind}:${d.refId}:${d.stamp ?? ''}`;
  const group = (items: readonly { statementId: string; kind: string; refId: string; stamp?: string }[]) => {
    const byStatement = new Map<string, Set<string>>();
    for (const item of items) byStatement.set(item.statementId, (byStatement.get(item.statementId) ?? new Set()).add(key(item)));
    return byStatement;
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
 * At start: builds the index when there is none or it is of an older format;
 * otherwise updates it for the statements that changed (none: nothing to do).
 */
export async function ensureTextIndex(db: PolicyLensDb, changedStatementIds: readonly string[]): Promise<void> {
  if ((await metaValue(db, 'indexFormat')) !== INDEX_FORMAT) await rebuildTextIndex(db);
  else if (changedStatementIds.length) await updateTextIndex(db, changedStatementIds);
}
