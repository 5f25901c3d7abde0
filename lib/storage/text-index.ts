// The text index in IndexedDB: which fingerprints occur in which statements and
// quotes (lib/matching decides what a fingerprint is), plus a Bloom filter of all
// of them held in memory, so a page's lookup reads only fingerprints that may be
// there. Derived data, rebuilt whenever the texts change.
import { type BloomFilter, buildBloomFilter, mayContain } from '../matching/bloom-filter';
import { DEFAULT_INDEX_PARAMS, buildIndexEntries } from '../matching/build-index';
import { COMMON_HASH_POSTINGS } from '../matching/detect';
import type { DocSource, FingerprintStore, IndexedDoc, Posting } from '../matching/index-types';
import type { PolicyLensDb } from './db';
import { bucketOf, postingsIn, toBucketRows } from './fingerprint-buckets';

/**
 * Names the fingerprinting an index was built with: an index built with other
 * parameters is rebuilt. Bump the leading number whenever the hash, the statement
 * position marker or the stored layout changes (2: Bloom filter; 3: bucketed rows;
 * 4: stock phrases left out).
 */
export const INDEX_FORMAT = `4:${JSON.stringify(DEFAULT_INDEX_PARAMS)}`;

/** Reads the index; the filter is loaded once, on first use (after the index is built). */
export function textIndexStore(db: PolicyLensDb): FingerprintStore {
  let filter: Promise<BloomFilter | undefined> | undefined;
  const loadFilter = async () => {
    const row = await db.meta.get('indexFilter');
    return row?.key === 'indexFilter' ? { bits: row.value } : undefined;
  };
  return {
    async lookup(hashes) {
      filter ??= loadFilter();
      const known = await filter;
      const candidates = known ? hashes.filter((hash) => mayContain(known, hash)) : [...hashes];
      const buckets = [...new Set(candidates.map(bucketOf))];
      const rows = new Map((await db.fingerprintBuckets.bulkGet(buckets)).flatMap((row) => (row ? [[row.bucket, row]] : [])));
      const found = new Map<number, Posting[]>();
      for (const hash of candidates) {
        const row = rows.get(bucketOf(hash));
        const postings = row && postingsIn(row, hash);
        if (postings) found.set(hash, postings);
      }
      return found;
    },
    async docs(idxs) {
      const rows = await db.indexedDocs.bulkGet([...idxs]);
      return new Map(rows.filter((d): d is IndexedDoc => d !== undefined).map((d) => [d.idx, d]));
    },
  };
}

export interface IndexSize {
  docs: number;
  fingerprints: number;
}

/**
 * Rows written per transaction. One transaction for millions of rows makes the
 * browser hold and commit them all at once, which is many times slower.
 */
const WRITE_CHUNK = 25_000;

async function bulkAddInChunks<T>(rows: readonly T[], add: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += WRITE_CHUNK) await add(rows.slice(i, i + WRITE_CHUNK));
}

/**
 * Replaces the whole index with one built from `sources`. The format marker is
 * removed first and written last, so an interrupted rebuild is redone at the next
 * start (ensureTextIndex) rather than trusted.
 */
export async function writeTextIndex(db: PolicyLensDb, sources: readonly DocSource[]): Promise<IndexSize> {
  const { docs, postings } = buildIndexEntries(sources);
  // Detection ignores stock phrases (lib/matching/detect.ts): storing them would only make
  // every page read and decode their thousands of postings, more with every statement added.
  for (const [hash, list] of postings) if (list.length > COMMON_HASH_POSTINGS) postings.delete(hash);
  await db.transaction('rw', db.indexedDocs, db.fingerprintBuckets, db.meta, async () => {
    await Promise.all([db.indexedDocs.clear(), db.fingerprintBuckets.clear(), db.meta.bulkDelete(['indexFormat', 'indexFilter'])]);
  });
  await bulkAddInChunks(docs, (chunk) => db.indexedDocs.bulkAdd(chunk));
  await bulkAddInChunks(toBucketRows(postings), (chunk) => db.fingerprintBuckets.bulkAdd(chunk));
  await db.meta.bulkPut([
    { key: 'indexFilter', value: buildBloomFilter(postings.keys(), postings.size).bits },
    { key: 'indexFormat', value: INDEX_FORMAT },
  ]);
  return { docs: docs.length, fingerprints: postings.size };
}

export async function rebuildTextIndex(db: PolicyLensDb): Promise<IndexSize> {
  const [statements, quotes] = await Promise.all([db.statements.toArray(), db.quotes.toArray()]);
  return writeTextIndex(db, [
    ...statements.map((s) => ({ kind: 'statement' as const, refId: s.id, statementId: s.id, text: s.text })),
    ...quotes.map((q) => ({ kind: 'quote' as const, refId: q.id, statementId: q.statementId, text: q.text })),
  ]);
}

/** Rebuilds the index when asked to (the texts changed), or when it is missing or of an older format. */
export async function ensureTextIndex(db: PolicyLensDb, textsChanged: boolean): Promise<void> {
  const format = await db.meta.get('indexFormat');
  if (textsChanged || format?.value !== INDEX_FORMAT) await rebuildTextIndex(db);
}
