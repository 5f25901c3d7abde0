import { describe, expect, it } from 'vitest';
import { BITS_PER_HASH, CHUNK_WORDS, addToBloomFilter, chunkBits, chunkCount, emptyBloomFilter, mayContain, setChunkBits } from './bloom-filter';
import { seededRandom } from '../../test-support/seeded-random';
import { shingleHashes, winnow } from './fingerprints';
import { tokenize } from './tokens';

/** A filter sized for `count` hashes holding `hashes`, as the index's layout makes one (storage/index-layout.ts). */
function buildBloomFilter(hashes: Iterable<number>, count: number) {
  const filter = emptyBloomFilter(count);
  addToBloomFilter(filter, hashes);
  return filter;
}

function randomHashes(count: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => Math.floor(random() * 2 ** 32));
}

/** Winnowed fingerprints of `words` random words of a 5,000-word vocabulary: skewed to small values, as the index's are. */
function winnowedHashes(words: number, seed: number): number[] {
  const random = seededRandom(seed);
  const text = Array.from({ length: words }, () => `w${Math.floor(random() * 5_000)}`).join(' ');
  return [...new Set(winnow(shingleHashes(tokenize(text), 5), 6).map((f) => f.hash))];
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

  it('says yes to about 1% of other winnowed fingerprints, though they crowd the low end of the range', () => {
    const indexed = winnowedHashes(150_000, 5);
    const held = new Set(indexed);
    const winnowedFilter = buildBloomFilter(indexed, indexed.length);
    expect(indexed.filter((h) => h < 2 ** 31).length / indexed.length).toBeGreaterThan(0.9); // the skew this guards against
    const others = winnowedHashes(30_000, 6).filter((h) => !held.has(h));
    const rate = others.filter((h) => mayContain(winnowedFilter, h)).length / others.length;
    expect(rate).toBeLessThan(0.02);
  });

  it('holds nothing when built from nothing', () => {
    const empty = buildBloomFilter([], 0);
    expect(randomHashes(1000, 3).some((h) => mayContain(empty, h))).toBe(false);
  });

  it('changes only the chunks it reports when hashes are added, so only those need storing again', () => {
    const grown = { bits: filter.bits.slice() };
    const added = randomHashes(200, 4);
    const touched = addToBloomFilter(grown, added);
    expect(touched.size).toBeGreaterThan(0);
    expect(touched.size).toBeLessThan(chunkCount(grown));
    for (let chunk = 0; chunk < chunkCount(grown); chunk++) {
      expect(chunkBits(grown, chunk).every((word, i) => word === filter.bits[chunk * CHUNK_WORDS + i])).toBe(!touched.has(chunk));
    }
    // A copy brought up to date with the touched chunks alone holds every hash.
    const copy = { bits: filter.bits.slice() };
    for (const chunk of touched) setChunkBits(copy, chunk, chunkBits(grown, chunk));
    expect(copy.bits).toEqual(grown.bits);
    expect(added.every((h) => mayContain(copy, h))).toBe(true);
  });

  it('is made of whole chunks, at least one', () => {
    expect(emptyBloomFilter(0).bits.length).toBe(CHUNK_WORDS);
    expect(filter.bits.length % CHUNK_WORDS).toBe(0);
  });
});
