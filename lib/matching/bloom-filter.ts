// A Bloom filter over every fingerprint in the index, kept in the background's
// memory: a page's fingerprints are checked against it first, and only those that
// may be in the index are read from IndexedDB. Most of a page's 1,400 or so
// fingerprints (5k words) occur nowhere in the corpus, and each IndexedDB read
// costs tens of microseconds, so this is what keeps detection time flat.

/** Bits per indexed hash: with the optimal number of probes, about 1% false positives. */
export const BITS_PER_HASH = 10;
/** Probes per hash: (bits per hash) × ln 2, rounded. */
const PROBES = 7;

export interface BloomFilter {
  bits: Uint32Array;
}

/** A second, independent hash of an already uniform 32-bit value (MurmurHash3's finaliser). */
function remix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 1; // odd, so probes never repeat a bit
}

/** Double hashing (Kirsch & Mitzenmacher): probe i is h1 + i·h2 modulo the filter size. */
function forEachProbe(filter: BloomFilter, hash: number, visit: (word: number, mask: number) => boolean): boolean {
  const size = filter.bits.length * 32;
  const step = remix(hash);
  for (let i = 0; i < PROBES; i++) {
    const bit = ((hash >>> 0) + Math.imul(i, step)) >>> 0;
    const at = bit % size;
    if (!visit(at >>> 5, 1 << (at & 31))) return false;
  }
  return true;
}

export function buildBloomFilter(hashes: Iterable<number>, count: number): BloomFilter {
  const filter = { bits: new Uint32Array(Math.max(1, Math.ceil((count * BITS_PER_HASH) / 32))) };
  addToBloomFilter(filter, hashes);
  return filter;
}

/**
 * Sets the bits of more hashes, as documents join the index. A filter cannot forget,
 * so hashes of removed documents stay "probably present" (a wasted read, never a
 * wrong answer); the false-positive rate grows past the size it was built for until
 * the filter is made again for the index as it is.
 */
export function addToBloomFilter(filter: BloomFilter, hashes: Iterable<number>): void {
  for (const hash of hashes) {
    forEachProbe(filter, hash, (word, mask) => {
      filter.bits[word] = (filter.bits[word] ?? 0) | mask;
      return true;
    });
  }
}

/** False means certainly not in the index; true means probably. */
export function mayContain(filter: BloomFilter, hash: number): boolean {
  return forEachProbe(filter, hash, (word, mask) => ((filter.bits[word] ?? 0) & mask) !== 0);
}
