// The boundary between matching and storage: what the fingerprint index holds and
// the two reads detection makes from it. Storage (IndexedDB in the extension, a
// Map in tests and benchmarks) implements FingerprintStore; matching never knows
// which one it talks to.

/**
 * The `pos` of every statement posting. A statement is indexed by a sample of its
 * fingerprints that is only ever counted, never aligned, so its postings need no
 * position; marking them lets detection tell statement postings from quote postings
 * before reading any document, and keep the thousands of statements a stock phrase
 * hits from being read at all. It is the largest 32-bit signed integer, so it comes
 * back unchanged from an Int32Array, a Uint32Array or JSON, and no text is that long.
 */
export const STATEMENT_POS = 0x7fffffff;

/** One occurrence of a fingerprint in an indexed document. */
export interface Posting {
  /** The document's IndexedDoc.idx. */
  doc: number;
  /** Token position in that quote of the fingerprint's shingle; STATEMENT_POS for a statement. */
  pos: number;
}

interface IndexedDocBase {
  /** Small integer id, unique in the index: postings name documents by it to stay small. */
  idx: number;
  /** The Statement.id or Quote.id this document indexes. */
  refId: string;
  /** The statement the document is, or the statement the quote belongs to. */
  statementId: string;
  /** Number of words (tokens) in the document's text. */
  words: number;
  /** Number of postings the document has in the index: the denominator of similarity. */
  fingerprints: number;
}

/** A statement is indexed by a fixed-size sample of its fingerprints (build-index.ts). */
export interface IndexedStatementDoc extends IndexedDocBase {
  kind: 'statement';
}

/**
 * A quote is indexed by all its winnowed fingerprints, and carries its text:
 * detection aligns the page word by word with the quote's words, which discards
 * hash collisions and gives exact ranges and coverage. Quotes are short, and only
 * those the page's fingerprints hit are ever read.
 */
export interface IndexedQuoteDoc extends IndexedDocBase {
  kind: 'quote';
  text: string;
}

export type IndexedDoc = IndexedStatementDoc | IndexedQuoteDoc;

export interface FingerprintStore {
  /** The postings of each hash; only hashes present in the index appear in the map. */
  lookup(hashes: readonly number[]): Promise<Map<number, Posting[]>>;
  /** The documents with these idx values; unknown ones are absent from the map. */
  docs(idxs: readonly number[]): Promise<Map<number, IndexedDoc>>;
}

/** A store that answers at once (in memory), so detection can run synchronously. */
export interface SyncFingerprintStore {
  lookupSync(hashes: readonly number[]): Map<number, Posting[]>;
  docsSync(idxs: readonly number[]): Map<number, IndexedDoc>;
}

/** A text to index: a statement's full text or one quote's text. */
export interface DocSource {
  kind: 'statement' | 'quote';
  refId: string;
  statementId: string;
  text: string;
}
