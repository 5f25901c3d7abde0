import { describe, expect, it } from 'vitest';
import type { Posting } from '../matching/index-types';
import { seededRandom } from '../../test-support/seeded-random';
import { shingleHashes, winnow } from '../matching/fingerprints';
import { tokenize } from '../matching/tokens';
import { BUCKETS, bucketOf, byHash, editBucket, postingsIn, toBucketRows } from './fingerprint-buckets';

function randomPostings(count: number, seed: number): Map<number, Posting[]> {
  const random = seededRandom(seed);
  const map = new Map<number, Posting[]>();
  for (let i = 0; i < count; i++) {
    const hash = Math.floor(random() * 2 ** 32);
    const n = 1 + Math.floor(random() * 4);
    map.set(hash, Array.from({ length: n }, () => ({ doc: Math.floor(random() * 1e6), pos: Math.floor(random() * 2 ** 31) })));
  }
  return map;
}

describe('fingerprint buckets', () => {
  const postings = randomPostings(20_000, 4);
  const rows = toBucketRows(postings);
  const byBucket = new Map(rows.map((r) => [r.bucket, r]));

  it('round-trips every hash’s postings, in order', () => {
    for (const [hash, list] of postings) expect(postingsIn(byBucket.get(bucketOf(hash))!, hash)).toEqual(list);
  });

  it('answers undefined for hashes that are not in the bucket', () => {
    const random = seededRandom(5);
    for (let i = 0; i < 2000; i++) {
      const hash = Math.floor(random() * 2 ** 32);
      const row = byBucket.get(bucketOf(hash));
      if (row && !postings.has(hash)) expect(postingsIn(row, hash)).toBeUndefined();
    }
  });

  it('never holds more than 16,384 rows, each with its hashes ascending', () => {
    expect(rows.length).toBeLessThanOrEqual(BUCKETS);
    expect(BUCKETS).toBe(16_384);
    for (const row of rows) {
      expect([...row.hashes]).toEqual([...row.hashes].sort((a, b) => a - b));
      expect(row.starts.length).toBe(row.hashes.length + 1);
    }
  });
});

describe('ordering a bucket’s postings by hash', () => {
  // Few distinct hashes, so most have several postings, whose order must survive; indices ascend, as pushed.
  const random = seededRandom(7);
  const hashes = Uint32Array.from({ length: 5_000 }, () => [0, 1, 2 ** 31, 2 ** 32 - 1, 12_345][Math.floor(random() * 5)] ?? 0);
  const indices = Uint32Array.from({ length: 3_000 }, (_, n) => n * 2 + Math.floor(random() * 2));
  const stable = [...indices].map((i, n) => ({ i, n })).sort((a, b) => (hashes[a.i] ?? 0) - (hashes[b.i] ?? 0) || a.n - b.n).map(({ i }) => i);

  it('sorts by hash and keeps postings of one hash in the order given', () => {
    expect([...byHash(indices, hashes, new Float64Array(indices.length))]).toEqual(stable);
  });

  it('gives the same order through its comparator when a bucket is too large for the packed keys', () => {
    expect([...byHash(indices, hashes, new Float64Array(indices.length), 1_024)]).toEqual(stable);
  });
});

describe('editing a bucket in place', () => {
  const postings = randomPostings(3_000, 6);
  const rows = new Map(toBucketRows(postings).map((r) => [r.bucket, r]));
  const random = seededRandom(7);
  const hashes = [...postings.keys()];
  // Take out some documents' postings of some hashes, and bring in new hashes and postings.
  const removed = new Map<number, Set<number>>();
  for (const hash of hashes.filter(() => random() < 0.3)) removed.set(hash, new Set((postings.get(hash) ?? []).filter(() => random() < 0.7).map((p) => p.doc)));
  const added = new Map<number, Posting[]>();
  for (const hash of [...hashes.filter(() => random() < 0.2), ...Array.from({ length: 500 }, () => Math.floor(random() * 2 ** 32))]) {
    added.set(hash, [{ doc: Math.floor(random() * 1e6), pos: Math.floor(random() * 1000) }]);
  }

  it('gives the same rows as decoding, editing and encoding them again, and drops emptied buckets', () => {
    const expected = new Map<number, Posting[]>();
    for (const [hash, list] of postings) {
      const kept = list.filter((p) => !removed.get(hash)?.has(p.doc));
      const all = [...kept, ...(added.get(hash) ?? [])];
      if (all.length) expected.set(hash, all);
    }
    for (const [hash, list] of added) if (!postings.has(hash)) expected.set(hash, list);
    const want = new Map(toBucketRows(expected).map((r) => [r.bucket, r]));
    const touched = new Set([...removed.keys(), ...added.keys()].map(bucketOf));
    const addedIn = new Map(toBucketRows(added).map((r) => [r.bucket, r]));
    for (const bucket of touched) expect(editBucket(bucket, rows.get(bucket), removed, addedIn.get(bucket))).toEqual(want.get(bucket));
  });

  it('empties a bucket whose every posting goes', () => {
    const [bucket, row] = [...rows][0]!;
    const all = new Map([...row.hashes].map((hash) => [hash, new Set((postings.get(hash) ?? []).map((p) => p.doc))]));
    expect(editBucket(bucket, row, all, undefined)).toBeUndefined();
  });
});

describe('fingerprint buckets of winnowed hashes', () => {
  it('are about equally full, though winnowing keeps mostly small hashes', () => {
    const random = seededRandom(8);
    const text = Array.from({ length: 400_000 }, () => `w${Math.floor(random() * 20_000)}`).join(' ');
    const hashes = [...new Set(winnow(shingleHashes(tokenize(text), 5), 6).map((f) => f.hash))];
    expect(hashes.filter((h) => h < 2 ** 31).length / hashes.length).toBeGreaterThan(0.9); // the skew
    const counts = new Uint32Array(BUCKETS);
    for (const hash of hashes) counts[bucketOf(hash)] = (counts[bucketOf(hash)] ?? 0) + 1;
    const mean = hashes.length / BUCKETS;
    // The fullest 1% of buckets (those a page mostly reads, were they crowded) hold less than three times the mean (four, by the hashes' own top bits).
    const fullest = [...counts].sort((a, b) => b - a)[Math.floor(BUCKETS / 100)] ?? 0;
    expect(fullest).toBeLessThan(3 * mean);
  });
});
