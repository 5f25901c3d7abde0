// How the text index's postings are laid out in IndexedDB: grouped into buckets
// by the top bits of their hash, so that the store holds at most 16,384 rows
// whatever the corpus size. Each row written costs the browser about a hundred
// microseconds whatever its size (measured in Chromium under load), so one row per
// fingerprint (2.9 million at 50k statements) took minutes to build and 65,536
// buckets still took seconds. Fewer, larger rows are cheaper to write whole but
// dearer to read and rewrite in part: at 50k statements a bucket row is about 5 KB,
// a page quoting two statements reads a few hundred of them, and a capture rewrites
// the two hundred or so its hashes fall in.
import { spreadHash } from '../matching/bloom-filter';
import type { Posting } from '../matching/index-types';
import { type Steps, runAtOnce } from './index-slices';

/** Hash bits that are not part of the bucket number: 32 − 18 = 14, so 16,384 buckets. */
const BUCKET_SHIFT = 18;
export const BUCKETS = 2 ** (32 - BUCKET_SHIFT);

/**
 * Buckets laid out per slice in a sliced full build: at 50,000 statements about 200
 * postings each. 1,024 of them took 250–630 ms per slice (Node, 3.5 million postings,
 * load average 12); 128 take a few tens of milliseconds.
 */
const ROWS_PER_SLICE = 128;
/** Postings counted or placed per slice of the counting sort: one pass over 3.5 million took up to 250 ms under load. */
const POSTINGS_PER_SLICE = 262_144;

export interface BucketRow {
  bucket: number;
  /** The bucket's hashes, ascending. */
  hashes: Uint32Array;
  /** Postings of hashes[i] are postings[2·starts[i] … 2·starts[i+1]) as [doc, pos] pairs. */
  starts: Uint32Array;
  postings: Uint32Array;
}

/**
 * A hash's bucket: the top bits of the spread hash (bloom-filter.ts). By the hash's own
 * top bits, the lowest buckets held most postings, since winnowed hashes crowd the low
 * end, and those were the buckets a page read: at 50,000 statements about 1,400 postings
 * each against 211 on average (a 5k-word page's buckets, synthetic pack).
 */
export const bucketOf = (hash: number): number => spreadHash(hash) >>> BUCKET_SHIFT;

/** The bucket of a hash in an index of format 6, by its own top bits: such an index answers by it until it is rebuilt. */
export const format6BucketOf = (hash: number): number => hash >>> BUCKET_SHIFT;

/**
 * Postings gathered as three columns of numbers, for a full build: 5 million postings at
 * 50k statements as objects in one map cost gigabytes of heap and seconds of garbage
 * collection; as typed arrays they cost 60 MB.
 */
export class PostingColumns {
  private hashes = new Uint32Array(1 << 16);
  private docs = new Uint32Array(1 << 16);
  private positions = new Uint32Array(1 << 16);
  length = 0;

  push(hash: number, doc: number, pos: number): void {
    if (this.length === this.hashes.length) {
      const grow = (a: Uint32Array) => {
        const bigger = new Uint32Array(a.length * 2);
        bigger.set(a);
        return bigger;
      };
      this.hashes = grow(this.hashes);
      this.docs = grow(this.docs);
      this.positions = grow(this.positions);
    }
    this.hashes[this.length] = hash;
    this.docs[this.length] = doc;
    this.positions[this.length] = pos;
    this.length++;
  }

  /** The bucket rows holding these postings, made at once (toRowSteps). */
  toRows(): BucketRow[] {
    return runAtOnce(this.toRowSteps());
  }

  /**
   * The bucket rows holding these postings: within a hash, in the order they were pushed.
   * A counting sort by bucket, then each bucket's postings sorted by hash; in steps of
   * POSTINGS_PER_SLICE postings or ROWS_PER_SLICE buckets (index-slices.ts).
   */
  *toRowSteps(): Steps<BucketRow[]> {
    const starts = new Uint32Array(BUCKETS + 1);
    for (let i = 0; i < this.length; i++) {
      if (i % POSTINGS_PER_SLICE === POSTINGS_PER_SLICE - 1) yield;
      const at = bucketOf(this.hashes[i] ?? 0) + 1;
      starts[at] = (starts[at] ?? 0) + 1;
    }
    for (let b = 0; b < BUCKETS; b++) starts[b + 1] = (starts[b + 1] ?? 0) + (starts[b] ?? 0);
    yield;
    const order = new Uint32Array(this.length);
    const fill = starts.slice(0, BUCKETS);
    for (let i = 0; i < this.length; i++) {
      if (i % POSTINGS_PER_SLICE === POSTINGS_PER_SLICE - 1) yield;
      const bucket = bucketOf(this.hashes[i] ?? 0);
      const at = fill[bucket] ?? 0;
      order[at] = i;
      fill[bucket] = at + 1;
    }
    yield;
    const rows: BucketRow[] = [];
    const keys = new Float64Array(this.length);
    for (let bucket = 0; bucket < BUCKETS; bucket++) {
      if (bucket % ROWS_PER_SLICE === ROWS_PER_SLICE - 1) yield;
      const from = starts[bucket] ?? 0;
      const to = starts[bucket + 1] ?? 0;
      if (from === to) continue;
      const sorted = byHash(order.subarray(from, to), this.hashes, keys.subarray(from, to));
      const hashes: number[] = [];
      const rowStarts: number[] = [];
      const flat = new Uint32Array(sorted.length * 2);
      for (let n = 0; n < sorted.length; n++) {
        const i = sorted[n] ?? 0;
        const hash = this.hashes[i] ?? 0;
        if (n === 0 || hashes[hashes.length - 1] !== hash) {
          hashes.push(hash);
          rowStarts.push(n);
        }
        flat[2 * n] = this.docs[i] ?? 0;
        flat[2 * n + 1] = this.positions[i] ?? 0;
      }
      rowStarts.push(sorted.length);
      rows.push({ bucket, hashes: Uint32Array.from(hashes), starts: Uint32Array.from(rowStarts), postings: flat });
    }
    return rows;
  }
}

/**
 * Places in one bucket a sort key can tell apart: a key is a hash times PLACES plus a
 * posting's place in its bucket, exact in a double since 2^32 · 2^21 = 2^53. A bucket
 * holds about 200 postings at 50k statements, so none comes near it.
 */
const PLACES = 2 ** 21;

/**
 * `indices` (postings, in the order pushed) ordered by their hash in `hashes`, ties kept
 * in the order given, by a native numeric sort of keys holding the hash and the place
 * (`scratch`, as long as `indices`, receives them). Sorting each bucket with a comparator
 * instead made laying out a 50k-statement pack's 3.4 million postings take 1.4–1.5 s
 * rather than 0.9–1.1 s (Node). A bucket of `places` postings or more takes the comparator.
 */
export function byHash(indices: Uint32Array, hashes: Uint32Array, scratch: Float64Array, places = PLACES): Uint32Array {
  if (indices.length >= places) return Uint32Array.from(indices).sort((a, b) => (hashes[a] ?? 0) - (hashes[b] ?? 0) || a - b);
  for (let n = 0; n < indices.length; n++) scratch[n] = (hashes[indices[n] ?? 0] ?? 0) * places + n;
  scratch.sort();
  const sorted = new Uint32Array(indices.length);
  for (let n = 0; n < indices.length; n++) sorted[n] = indices[(scratch[n] ?? 0) % places] ?? 0;
  return sorted;
}

export function toBucketRows(postings: ReadonlyMap<number, readonly Posting[]>): BucketRow[] {
  const columns = new PostingColumns();
  for (const [hash, list] of postings) for (const { doc, pos } of list) columns.push(hash, doc, pos);
  return columns.toRows();
}

function postingsAt(row: BucketRow, i: number): Posting[] {
  const from = row.starts[i] ?? 0;
  const to = row.starts[i + 1] ?? from;
  const found: Posting[] = [];
  for (let p = from; p < to; p++) found.push({ doc: row.postings[2 * p] ?? 0, pos: row.postings[2 * p + 1] ?? 0 });
  return found;
}

/**
 * The postings of `hash` in its bucket's row; undefined when the hash is not there,
 * or when it has more than `maxPostings` (a stock phrase that readers skip, so its
 * postings are not even decoded).
 */
export function postingsIn(row: BucketRow, hash: number, maxPostings = Infinity): Posting[] | undefined {
  let lo = 0;
  let hi = row.hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = row.hashes[mid] ?? 0;
    if (value < hash) lo = mid + 1;
    else if (value > hash) hi = mid - 1;
    else return (row.starts[mid + 1] ?? 0) - (row.starts[mid] ?? 0) > maxPostings ? undefined : postingsAt(row, mid);
  }
  return undefined;
}

/** Every hash of a row with its postings: what an update edits before writing the row again. */
export function decodeBucket(row: BucketRow): Map<number, Posting[]> {
  const all = new Map<number, Posting[]>();
  row.hashes.forEach((hash, i) => all.set(hash, postingsAt(row, i)));
  return all;
}

/**
 * The bucket `bucket` after an update: its documents' postings in `removed` (per hash)
 * go, and the postings of `added` (a row of the same bucket, as PostingColumns lays
 * them out) come in after those kept; undefined when nothing is left in it. Works on the
 * arrays directly: the postings the update does not touch are copied, never made into
 * objects, which at 50k statements is a thousand or so per bucket, and an install
 * brings millions of postings in.
 */
export function editBucket(bucket: number, row: BucketRow | undefined, removed: ReadonlyMap<number, ReadonlySet<number>>, added: BucketRow | undefined): BucketRow | undefined {
  const empty = new Uint32Array(0);
  const [oldHashes, oldStarts, oldPostings] = row ? [row.hashes, row.starts, row.postings] : [empty, empty, empty];
  const [newHashes, newStarts, newPostings] = added ? [added.hashes, added.starts, added.postings] : [empty, empty, empty];
  const hashes = new Uint32Array(oldHashes.length + newHashes.length);
  const starts = new Uint32Array(hashes.length + 1);
  const flat = new Uint32Array(oldPostings.length + newPostings.length);
  let kept = 0;
  let length = 0;
  const copy = (from: Uint32Array, first: number, end: number, leaving?: ReadonlySet<number>) => {
    for (let p = first; p < end; p++) {
      const doc = from[2 * p] ?? 0;
      if (leaving?.has(doc)) continue;
      flat[2 * length] = doc;
      flat[2 * length + 1] = from[2 * p + 1] ?? 0;
      length++;
    }
  };
  let i = 0;
  let j = 0;
  while (i < oldHashes.length || j < newHashes.length) {
    const a = i < oldHashes.length ? (oldHashes[i] ?? 0) : Infinity;
    const b = j < newHashes.length ? (newHashes[j] ?? 0) : Infinity;
    const hash = Math.min(a, b);
    const start = length;
    if (a === hash) {
      copy(oldPostings, oldStarts[i] ?? 0, oldStarts[i + 1] ?? 0, removed.get(hash));
      i++;
    }
    if (b === hash) {
      copy(newPostings, newStarts[j] ?? 0, newStarts[j + 1] ?? 0);
      j++;
    }
    if (length > start) {
      hashes[kept] = hash;
      starts[kept++] = start;
    }
  }
  if (kept === 0) return undefined;
  starts[kept] = length;
  return { bucket, hashes: hashes.slice(0, kept), starts: starts.slice(0, kept + 1), postings: flat.slice(0, 2 * length) };
}
