// The stored layout of the text index, shared by the full build (storage/text-index.ts)
// and the conversion of an index stored in the previous layout (storage/index-convert.ts):
// which format string names it, and the bucket and filter rows of a set of postings.
import { type BloomFilter, addToBloomFilter, chunkBits, chunkCount, emptyBloomFilter } from '../matching/bloom-filter';
import { DEFAULT_INDEX_PARAMS } from '../matching/build-index';
import type { FilterChunkRow } from './db';
import type { BucketRow, PostingColumns } from './fingerprint-buckets';
import { type Steps, runAtOnce } from './index-slices';

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

/** Bucket rows whose hashes are added to the filter per slice in a sliced build: about 160,000 hashes at 50,000 statements, 20–70 ms under load. */
const FILTER_ROWS_PER_SLICE = 1_024;

/** The Bloom filter of every hash these bucket rows hold, in steps of FILTER_ROWS_PER_SLICE rows. */
function* filterSteps(rows: readonly BucketRow[]): Steps<{ filter: BloomFilter; hashes: number }> {
  const hashes = rows.reduce((n, row) => n + row.hashes.length, 0);
  const filter = emptyBloomFilter(hashes);
  for (let i = 0; i < rows.length; i += FILTER_ROWS_PER_SLICE) {
    for (const row of rows.slice(i, i + FILTER_ROWS_PER_SLICE)) addToBloomFilter(filter, row.hashes);
    yield;
  }
  return { filter, hashes };
}

/** The Bloom filter of every hash these bucket rows hold. */
export const filterOfRows = (rows: readonly BucketRow[]): { filter: BloomFilter; hashes: number } => runAtOnce(filterSteps(rows));

export interface Layout {
  buckets: BucketRow[];
  filter: FilterChunkRow[];
  /** Distinct hashes. */
  hashes: number;
}

/** Bucket and filter rows for an index holding exactly `postings`, and its number of distinct hashes, in steps (index-slices.ts). */
export function* layoutSteps(postings: PostingColumns, revision: number): Steps<Layout> {
  const buckets = yield* postings.toRowSteps();
  const { filter, hashes } = yield* filterSteps(buckets);
  return { buckets, filter: filterRows(filter, revision), hashes };
}

/** The layout made at once: in a database upgrade, which cannot pause (index-convert.ts). */
export const layoutRows = (postings: PostingColumns, revision: number): Layout => runAtOnce(layoutSteps(postings, revision));
