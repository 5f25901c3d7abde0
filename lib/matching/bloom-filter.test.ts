import { describe, expect, it } from 'vitest';
import { BITS_PER_HASH, buildBloomFilter, mayContain } from './bloom-filter';
import { seededRandom } from '../../test-support/seeded-random';

function randomHashes(count: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => Math.floor(random() * 2 ** 32));
}

describe('Bloom filter of index hashes', () => {
  const members = randomHashes(50_000, 1);
  const filter = buildBloomFilter(members, members.length);

  it('never says no to a hash it holds', () => {
    expect(members.every((h) => mayContain(filter, h))).toBe(true);
  });

  it('says yes to about 1% of other hashes, as its size promises', () => {
    const held = new Set(members);
    const others = randomHashes(100_000, 2).filter((h) => !held.has(h));
    const rate = others.filter((h) => mayContain(filter, h)).length / others.length;
    expect(rate).toBeGreaterThan(0.002);
    expect(rate).toBeLessThan(0.02);
    expect(filter.bits.length * 32).toBeGreaterThanOrEqual(members.length * BITS_PER_HASH);
  });

  it('holds nothing when built from nothing', () => {
    const empty = buildBloomFilter([], 0);
    expect(randomHashes(1000, 3).some((h) => mayContain(empty, h))).toBe(false);
  });
});
