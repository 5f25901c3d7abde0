// The stored layout of the text index, shared by the full build (storage/text-index.ts)
// and the conversion of an index stored in the previous layout (storage/index-convert.ts):
// which format string names it, and the bucket and filter rows of a set of postings.
import { type BloomFilter, buildBloomFilter, chunkBits, chunkCount } from '../matching/bloom-filter';
import { DEFAULT_INDEX_PARAMS } from '../matching/build-index';
import type { FilterChunkRow } from './db';
import type { BucketRow, PostingColumns } from './fingerprint-buckets';

/**
 * Names the fingerprinting an index was built with: an index built with other
 * parameters is rebuilt. Bump the leading number whenever the hash, the statement
 * position marker or the stored layout changes (2: Bloom filter; 3: bucketed rows;
 * 4: stock phrases left out; 5: documents carry their hashes and stock phrases are
 * kept but skipped when read, so documents can be added and removed one by one;
 * 6: one row per statement, 16,384 buckets, the filter in chunks; 7: a hash's filter
 * chunk and bucket picked from its spread bits, bloom-filter.ts; an index of format 6
 * keeps answering while it is rebuilt, without its filter and by its own buckets:
 * text-index.ts).
 */
export const INDEX_FORMAT = `7:${JSON.stringify(DEFAULT_INDEX_PARAMS)}`;
/** Format 6, whose buckets are placed by the hashes' own top bits (fingerprint-buckets.ts format6BucketOf). */
export const FORMAT_6 = `6:${JSON.stringify(DEFAULT_INDEX_PARAMS)}`;
/** The format before 6: the same fingerprints in the old layout, which a database upgrade converts. */
export const FORMAT_BEFORE_CHUNKS = `5:${JSON.stringify(DEFAULT_INDEX_PARAMS)}`;

/** The filter's chunks as rows, all marked as changed at `revision`. */
export function filterRows(filter: BloomFilter, revision: number): FilterChunkRow[] {
  return Array.from({ length: chunkCount(filter) }, (_, chunk) => ({ chunk, bits: chunkBits(filter, chunk), revision }));
}

function* hashesIn(rows: Iterable<BucketRow>): Generator<number> {
  for (const row of rows) yield* row.hashes;
}

/** The Bloom filter of every hash these bucket rows hold. */
export function filterOfRows(rows: readonly BucketRow[]): { filter: BloomFilter; hashes: number } {
  const hashes = rows.reduce((n, row) => n + row.hashes.length, 0);
  return { filter: buildBloomFilter(hashesIn(rows), hashes), hashes };
}

/** Bucket and filter rows for an index holding exactly `postings`, and its number of distinct hashes. */
export function layoutRows(postings: PostingColumns, revision: number): { buckets: BucketRow[]; filter: FilterChunkRow[]; hashes: number } {
  const buckets = postings.toRows();
  const { filter, hashes } = filterOfRows(buckets);
  return { buckets, filter: filterRows(filter, revision), hashes };
}
