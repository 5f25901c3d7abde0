import { describe, expect, it } from 'vitest';
import type { Posting } from '../matching/index-types';
import { seededRandom } from '../../test-support/seeded-random';
import { BUCKETS, bucketOf, postingsIn, toBucketRows } from './fingerprint-buckets';

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

  it('never holds more than 4,096 rows, each with its hashes ascending', () => {
    expect(rows.length).toBeLessThanOrEqual(BUCKETS);
    expect(BUCKETS).toBe(4_096);
    for (const row of rows) {
      expect([...row.hashes]).toEqual([...row.hashes].sort((a, b) => a - b));
      expect(row.starts.length).toBe(row.hashes.length + 1);
    }
  });
});
