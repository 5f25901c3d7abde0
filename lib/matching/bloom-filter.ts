// A Bloom filter over every fingerprint in the index, kept in the background's
// memory: a page's fingerprints are checked against it first, and only those that
// may be in the index are read from IndexedDB. Most of a page's 1,400 or so
// fingerprints (5k words) occur nowhere in the corpus, and each IndexedDB read
// costs tens of microseconds, so this is what keeps detection time flat.
//
// The filter is made of fixed-size chunks (a "blocked" Bloom filter, Putze, Sanders
// & Singler 2007): a hash picks one chunk and sets all its probes there. So adding
// the few hundred hashes of one captured statement changes a few hundred chunks of
// 1 KiB, and only those are stored again, not the whole filter (3.75 MB at 50k
// statements, which every capture used to rewrite); storage/text-index.ts first
// gathers many captures' hashes in a pending list, so most captures write no chunk.

/** Bits per indexed hash: with the optimal number of probes, about 1% false positives. */
export const BITS_PER_HASH = 10;
/** Probes per hash: (bits per hash) × ln 2, rounded. */
const PROBES = 7;
/**
 * 32-bit words per chunk: 8,192 bits, about 800 hashes. Large enough that the chunks'
 * uneven loads add little to the false-positive rate, small enough that a capture
 * rewrites a few hundred kilobytes at most.
 */
export const CHUNK_WORDS = 256;
const CHUNK_BITS = CHUNK_WORDS * 32;

/** `bits` holds whole chunks, one after another. */
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

export const chunkCount = (filter: BloomFilter): number => filter.bits.length / CHUNK_WORDS;

/** Fibonacci hashing's multiplier (2³² / φ, odd): the top bits of hash × this depend on all of the hash's bits. */
const SPREAD = 0x9e3779b1;

/**
 * A hash whose top bits are spread evenly, for placing it by them (its filter chunk,
 * its posting bucket: storage/fingerprint-buckets.ts). The index's hashes are not
 * uniform: winnowing keeps the smallest hash of each window and a statement's sample
 * is its smallest hashes, so nearly all lie in the lowest part of the range. Placed by
 * their own top bits, they crowded the first chunks, which then said yes to about a
 * third of a page's other hashes (measured on a 1,000-statement synthetic pack), not 1%.
 * A bijection: distinct hashes stay distinct.
 */
export const spreadHash = (hash: number): number => Math.imul(hash, SPREAD) >>> 0;

/** The chunk a hash's probes all fall in (the top bits of the spread hash, scaled to the number of chunks). */
export const chunkOf = (filter: BloomFilter, hash: number): number => Math.floor((spreadHash(hash) / 2 ** 32) * chunkCount(filter));

/** Double hashing (Kirsch & Mitzenmacher) inside the hash's chunk: probe i is h1 + i·h2 modulo the chunk size. */
function forEachProbe(filter: BloomFilter, hash: number, visit: (word: number, mask: number) => boolean): boolean {
  const base = chunkOf(filter, hash) * CHUNK_WORDS;
  const step = remix(hash);
  for (let i = 0; i < PROBES; i++) {
    const at = (((hash >>> 0) + Math.imul(i, step)) >>> 0) % CHUNK_BITS;
    if (!visit(base + (at >>> 5), 1 << (at & 31))) return false;
  }
  return true;
}

/** An empty filter sized for `count` hashes. */
export function emptyBloomFilter(count: number): BloomFilter {
  const chunks = Math.max(1, Math.ceil((count * BITS_PER_HASH) / CHUNK_BITS));
  return { bits: new Uint32Array(chunks * CHUNK_WORDS) };
}

/**
 * Sets the bits of more hashes, as documents join the index, and returns the chunks
 * that changed. A filter cannot forget, so hashes of removed documents stay "probably
 * present" (a wasted read, never a wrong answer); the false-positive rate grows past
 * the size it was built for until the filter is made again for the index as it is.
 */
export function addToBloomFilter(filter: BloomFilter, hashes: Iterable<number>): Set<number> {
  const touched = new Set<number>();
  for (const hash of hashes) {
    touched.add(chunkOf(filter, hash));
    forEachProbe(filter, hash, (word, mask) => {
      filter.bits[word] = (filter.bits[word] ?? 0) | mask;
      return true;
    });
  }
  return touched;
}

/** False means certainly not in the index; true means probably. */
export function mayContain(filter: BloomFilter, hash: number): boolean {
  return forEachProbe(filter, hash, (word, mask) => ((filter.bits[word] ?? 0) & mask) !== 0);
}

/** Chunk `chunk`'s words, as a copy to store on its own. */
export const chunkBits = (filter: BloomFilter, chunk: number): Uint32Array => filter.bits.slice(chunk * CHUNK_WORDS, (chunk + 1) * CHUNK_WORDS);

/** Puts a stored chunk's words back in place (a reader assembling or refreshing its filter). */
export function setChunkBits(filter: BloomFilter, chunk: number, bits: Uint32Array): void {
  filter.bits.set(bits.subarray(0, CHUNK_WORDS), chunk * CHUNK_WORDS);
}
