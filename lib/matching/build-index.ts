// Turns statements and quotes into index entries: document rows plus postings
// grouped by hash. Storage persists exactly what this returns; detection reads it
// back through a FingerprintStore. Everything here is a pure function of the texts,
// so a document's postings can be recomputed from its text to remove or replace it.
import { DEFAULT_FINGERPRINT_PARAMS, type Fingerprint, type FingerprintParams, shinglesOfWords, textWordHashes, winnowedPositions } from './fingerprints';
import { type DocSource, type IndexedDoc, type Posting, STATEMENT_POS } from './index-types';

/**
 * Postings kept per statement: the STATEMENT_SAMPLE_SIZE smallest distinct winnowed
 * hashes (a bottom-k sketch, Broder 1997). Any fixed rule on hash values picks the
 * same shingles in every copy of a text, so the share of a statement's sample found
 * on a page estimates the share of the statement that the page carries. A fixed size
 * bounds the index at 50 000 statements to 50 000 × 48 statement postings whatever
 * their length, unlike "hash mod p", which grows with the text. With 48, the
 * estimate's standard deviation is at most √(0.25 / 48) ≈ 0.07, far inside the gap
 * between a copy (≥ 0.7) and a page quoting a few sentences (≤ 0.25).
 */
export const STATEMENT_SAMPLE_SIZE = 48;

export interface IndexParams extends FingerprintParams {
  statementSampleSize: number;
}

export const DEFAULT_INDEX_PARAMS: IndexParams = {
  ...DEFAULT_FINGERPRINT_PARAMS,
  statementSampleSize: STATEMENT_SAMPLE_SIZE,
};

export interface IndexEntries {
  docs: IndexedDoc[];
  /** Postings by hash; within a hash, in document order then position order. */
  postings: Map<number, Posting[]>;
}

/** The smallest `size` distinct values of `hashes`, ascending. */
export function bottomSample(hashes: Uint32Array, size: number): Uint32Array {
  const sorted = Uint32Array.from(hashes).sort();
  const sample = new Uint32Array(Math.min(size, sorted.length));
  let count = 0;
  for (let i = 0; i < sorted.length && count < sample.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sample[count++] = sorted[i] as number;
  }
  return sample.subarray(0, count);
}

/**
 * A document's fingerprints as numbers: its word count, the hashes it posts in text
 * order and, for a quote, each one's token position (a statement's are all
 * STATEMENT_POS). Typed arrays, not an object per fingerprint: indexing a 50k-statement
 * pack makes five million of them, and as objects they were a fifth of its indexing time.
 */
export interface DocPrints {
  words: number;
  hashes: Uint32Array;
  positions?: Uint32Array;
}

/** The fingerprints a document of `kind` with this text posts. */
export function docPrints(kind: DocSource['kind'], text: string, params: IndexParams = DEFAULT_INDEX_PARAMS): DocPrints {
  const words = textWordHashes(text);
  const shingles = shinglesOfWords(words, params.shingleWords);
  if (kind === 'statement') {
    const selected = winnowedPositions(shingles, params.winnowWindow).map((pos) => shingles[pos] as number);
    return { words: words.length, hashes: bottomSample(selected, params.statementSampleSize) };
  }
  const positions = winnowedPositions(shingles, params.winnowWindow);
  return { words: words.length, hashes: positions.map((pos) => shingles[pos] as number), positions };
}

/** A document's row, given its fingerprints. */
export function docOf(source: DocSource, idx: number, { words, hashes }: DocPrints): IndexedDoc {
  // Written out, not spread from a common part: an install makes 200,000 of these.
  const { refId, statementId } = source;
  return source.kind === 'statement'
    ? { kind: 'statement', idx, refId, statementId, words, fingerprints: hashes.length }
    : { kind: 'quote', idx, refId, statementId, words, fingerprints: hashes.length, text: source.text };
}

/** The postings one document contributes, and its row. */
export function indexDocument(
  source: DocSource,
  idx: number,
  params: IndexParams = DEFAULT_INDEX_PARAMS,
): { doc: IndexedDoc; prints: Fingerprint[] } {
  const found = docPrints(source.kind, source.text, params);
  const prints = Array.from(found.hashes, (hash, i) => ({ hash, pos: found.positions?.[i] ?? STATEMENT_POS }));
  return { doc: docOf(source, idx, found), prints };
}

/** Index rows for `sources`, numbered from `firstIdx` in the order given. */
export function buildIndexEntries(
  sources: readonly DocSource[],
  firstIdx = 1,
  params: IndexParams = DEFAULT_INDEX_PARAMS,
): IndexEntries {
  const docs: IndexedDoc[] = [];
  const postings = new Map<number, Posting[]>();
  sources.forEach((source, i) => {
    const { doc, prints } = indexDocument(source, firstIdx + i, params);
    docs.push(doc);
    for (const { hash, pos } of prints) {
      const posting = { doc: doc.idx, pos: doc.kind === 'statement' ? STATEMENT_POS : pos };
      const list = postings.get(hash);
      if (list) list.push(posting);
      else postings.set(hash, [posting]);
    }
  });
  return { docs, postings };
}
