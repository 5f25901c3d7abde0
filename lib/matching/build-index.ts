// Turns statements and quotes into index entries: document rows plus postings
// grouped by hash. Storage persists exactly what this returns; detection reads it
// back through a FingerprintStore. Everything here is a pure function of the texts,
// so a document's postings can be recomputed from its text to remove or replace it.
import { DEFAULT_FINGERPRINT_PARAMS, type Fingerprint, type FingerprintParams, fingerprints } from './fingerprints';
import { type DocSource, type IndexedDoc, type Posting, STATEMENT_POS } from './index-types';
import { tokenize } from './tokens';

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

/** The smallest `size` distinct hashes, each at its first position, in hash order. */
export function bottomSample(prints: readonly Fingerprint[], size: number): Fingerprint[] {
  const firstByHash = new Map<number, Fingerprint>();
  for (const print of prints) {
    if (!firstByHash.has(print.hash)) firstByHash.set(print.hash, print);
  }
  return [...firstByHash.values()].sort((a, b) => a.hash - b.hash).slice(0, size);
}

/** The postings one document contributes, and its row. */
export function indexDocument(
  source: DocSource,
  idx: number,
  params: IndexParams = DEFAULT_INDEX_PARAMS,
): { doc: IndexedDoc; prints: Fingerprint[] } {
  const tokens = tokenize(source.text);
  const all = fingerprints(tokens, params);
  const base = { idx, refId: source.refId, statementId: source.statementId, words: tokens.length };
  if (source.kind === 'statement') {
    const prints = bottomSample(all, params.statementSampleSize);
    return { doc: { ...base, kind: 'statement', fingerprints: prints.length }, prints };
  }
  return { doc: { ...base, kind: 'quote', fingerprints: all.length, text: source.text }, prints: all };
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
