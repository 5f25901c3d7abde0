// Document fingerprints: hashes of overlapping k-word shingles, thinned by robust
// winnowing (Schleimer, Wilkerson & Aiken, "Winnowing: local algorithms for
// document fingerprinting", SIGMOD 2003, as in MOSS). Two texts that share a run of
// at least WINNOW_WINDOW + SHINGLE_WORDS - 1 words are guaranteed to share a
// fingerprint, while only about 2 / (WINNOW_WINDOW + 1) of the shingles are kept:
// that is what lets a page be compared with a large corpus through an index.
//
// Hashes are unsigned 32-bit integers computed with integer arithmetic only
// (Math.imul, shifts), so they are the same on every run, engine and platform.
import { type Token, normalizeWord, scanWords } from './tokens';

/**
 * Words per shingle (k). Five words are rarely shared by accident between unrelated
 * texts once case, punctuation and layout are normalised away, yet short enough that
 * a changed word inside a quotation destroys only five shingles, leaving the words on
 * either side to be found. On the evaluation set (8 draws, about 1 000 quotations)
 * quote recall was 0.997 with k = 5 and with k = 4, and fell to 0.977 with k = 6;
 * k = 4 gains nothing there and would make every stock phrase of a 50 000-statement
 * corpus ("the secretary of state") a shingle with thousands of postings.
 */
export const SHINGLE_WORDS = 5;

/**
 * Winnowing window (w), in shingles. A run shared by two texts is certain to be
 * noticed from w + k − 1 = 10 words on, about one clause; the index keeps about
 * 2 / (w + 1) ≈ 29 % of each quote's shingles and a page costs as many lookups.
 * Quote recall on the evaluation set was 0.999 with w = 4, 0.997 with w = 6, 0.990
 * with w = 8 and 0.965 with w = 10: w = 6 keeps recall at its best for two thirds of
 * the lookups and quote postings w = 4 would need.
 */
export const WINNOW_WINDOW = 6;

export interface Fingerprint {
  /** Unsigned 32-bit hash of the shingle. */
  hash: number;
  /** Index of the shingle's first token. */
  pos: number;
}

export interface FingerprintParams {
  shingleWords: number;
  winnowWindow: number;
}

export const DEFAULT_FINGERPRINT_PARAMS: FingerprintParams = {
  shingleWords: SHINGLE_WORDS,
  winnowWindow: WINNOW_WINDOW,
};

/** 32-bit FNV-1a: offset basis and prime. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a of a word's UTF-16 code units. */
export function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  }
  return h >>> 0;
}

// MurmurHash3 (x86, 32-bit) constants: the shingle hash is MurmurHash3 of the
// sequence of its words' FNV hashes, so no shingle string is ever built and every
// bit of every word reaches every bit of the result (winnowing compares hashes as
// numbers and sampling keeps the smallest, so all bits must be well mixed).
const MURMUR_C1 = 0xcc9e2d51;
const MURMUR_C2 = 0x1b873593;
const MURMUR_N = 0xe6546b64;
/** A fixed seed: changing it changes every stored hash, so it never changes. */
const MURMUR_SEED = 0x9747b28c;

function rotl32(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function fmix32(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of `count` consecutive word hashes starting at `from`. */
function hashRun(wordHashes: Uint32Array, from: number, count: number): number {
  let h = MURMUR_SEED;
  for (let j = from; j < from + count; j++) {
    let k1 = Math.imul(wordHashes[j] as number, MURMUR_C1);
    k1 = rotl32(k1, 15);
    k1 = Math.imul(k1, MURMUR_C2);
    h ^= k1;
    h = rotl32(h, 13);
    h = (Math.imul(h, 5) + MURMUR_N) | 0;
  }
  return fmix32(h ^ (count * 4));
}

/** The FNV hash of every token's word. */
export function wordHashes(tokens: readonly Token[]): Uint32Array {
  const hashes = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) hashes[i] = wordHash((tokens[i] as Token).word);
  return hashes;
}

/** ASCII capitals, which lower-case by adding this to their code. */
const CAPITAL_A = 0x41;
const CAPITAL_Z = 0x5a;
const TO_LOWER = 0x20;

/**
 * The hashes `wordHashes(tokenize(text))` gives, without making a token or a string
 * per word: an ASCII word is lower-cased and hashed as it is read. Indexing a pack of
 * 50,000 statements reads millions of words, and tokens were most of its time.
 */
export function textWordHashes(text: string): Uint32Array {
  // A word takes at least one character and one separator.
  const hashes = new Uint32Array((text.length >> 1) + 1);
  let count = 0;
  scanWords(text, (start, end, ascii) => {
    if (!ascii) {
      const word = normalizeWord(text.slice(start, end));
      if (word.length > 0) hashes[count++] = wordHash(word);
      return;
    }
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) {
      const unit = text.charCodeAt(i);
      h = Math.imul(h ^ (unit >= CAPITAL_A && unit <= CAPITAL_Z ? unit + TO_LOWER : unit), FNV_PRIME);
    }
    hashes[count++] = h >>> 0;
  });
  return hashes.subarray(0, count);
}

/** The hash of every k-word run of `words` (word hashes), indexed by the run's first word. */
export function shinglesOfWords(words: Uint32Array, shingleWords: number = SHINGLE_WORDS): Uint32Array {
  const count = words.length - shingleWords + 1;
  if (count <= 0) return new Uint32Array(0);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = hashRun(words, i, shingleWords);
  return hashes;
}

/** The hash of every k-word shingle, indexed by the shingle's first token. */
export function shingleHashes(tokens: readonly Token[], shingleWords: number = SHINGLE_WORDS): Uint32Array {
  return shinglesOfWords(wordHashes(tokens), shingleWords);
}

/** The position of the rightmost smallest hash in [from, to). */
function rightmostMinimum(hashes: Uint32Array, from: number, to: number): number {
  let best = from;
  for (let i = from + 1; i < to; i++) {
    if ((hashes[i] as number) <= (hashes[best] as number)) best = i;
  }
  return best;
}

/**
 * Robust winnowing: in every window of `window` consecutive hashes select the
 * smallest; on a tie keep the one the previous window selected if it is still in
 * the window, otherwise take the rightmost minimal hash; record a fingerprint each
 * time the selection changes. Keeping the previous selection on ties stops repeated
 * text ("very very very …") from yielding a fingerprint per window. A text with
 * fewer shingles than a window is one short window: its rightmost minimum is its
 * only fingerprint. Returns the selected positions, in order, as numbers only:
 * indexing a large pack winnows millions of shingles, and an object per selection
 * was much of its garbage.
 */
export function winnowedPositions(hashes: Uint32Array, window: number = WINNOW_WINDOW): Uint32Array {
  const n = hashes.length;
  if (n === 0) return new Uint32Array(0);
  if (n <= window) return Uint32Array.of(rightmostMinimum(hashes, 0, n));
  // A selection changes at most once per shingle.
  const selected = new Uint32Array(n);
  let count = 0;
  let min = rightmostMinimum(hashes, 0, window);
  selected[count++] = min;
  for (let right = window; right < n; right++) {
    const left = right - window + 1;
    if (min < left) {
      // The previous minimum left the window: scan the whole window again.
      min = rightmostMinimum(hashes, left, right + 1);
      selected[count++] = min;
    } else if ((hashes[right] as number) < (hashes[min] as number)) {
      min = right;
      selected[count++] = min;
    }
  }
  return selected.subarray(0, count);
}

/** Robust winnowing (winnowedPositions) as fingerprints: each selected hash with its position. */
export function winnow(hashes: Uint32Array, window: number = WINNOW_WINDOW): Fingerprint[] {
  return Array.from(winnowedPositions(hashes, window), (pos) => ({ hash: hashes[pos] as number, pos }));
}

/** The winnowed fingerprints of a token sequence, in text order. */
export function fingerprints(
  tokens: readonly Token[],
  params: FingerprintParams = DEFAULT_FINGERPRINT_PARAMS,
): Fingerprint[] {
  return winnow(shingleHashes(tokens, params.shingleWords), params.winnowWindow);
}
