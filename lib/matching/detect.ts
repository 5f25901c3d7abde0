// Recognises known text on any page from the page's visible text alone: copies of
// known statements (republished, syndicated, archived, re-laid-out) and known
// quotes quoted in other pages. The page is fingerprinted and its fingerprints are
// looked up in the index in one read, then the few documents they hit in a second:
// the work grows with the page and the hits, not with the size of the corpus.
import { type Passage, type Seed, alignRuns, chainPassages, extendAcrossEdits } from './align-passages';
import { DEFAULT_INDEX_PARAMS, type IndexParams } from './build-index';
import { shingleHashes, winnow } from './fingerprints';
import {
  type FingerprintStore,
  type IndexedDoc,
  type IndexedQuoteDoc,
  type Posting,
  STATEMENT_POS,
  type SyncFingerprintStore,
} from './index-types';
import { type LocatedQuote, locatedFrom, occurrencesFromPassages } from './occurrences';
import { type Token, tokenize } from './tokens';

/**
 * Share of a statement's sampled fingerprints a page must carry to count as a copy
 * of it: more than half of its text. On the evaluation set (9 draws), copies with one
 * change (headline, a paragraph dropped or added, typography, case, whitespace) score
 * 0.71–1, copies with up to five changes at once 0.46–1 (5th percentile 0.67); news
 * reports quoting one to three sentences score 0.02–0.19 at the 95th percentile, 0.52
 * at most (three quotes of one short op-ed, two sentences each, half its text). A
 * false "this page is that statement" misleads more than a missed, heavily cut copy,
 * whose quotes are still found one by one.
 */
export const STATEMENT_MIN_SIMILARITY = 0.5;

/**
 * Fewest sampled fingerprints a page must share with a statement to be a copy of it,
 * whatever the share: a handful of shingles is no evidence of a copy, and requiring
 * this many keeps statements hit by chance from being read from the store. A
 * "statement" too short to have twice this many fingerprints (about 60 words) is
 * never recognised as copied; its words are a quote's business.
 */
export const STATEMENT_MIN_HITS = 8;

/**
 * Fewest quote words a passage must match, word for word, to be reported as that
 * quote. Generic phrases ("health and social care services", "the NHS and local
 * government") are shared by unrelated texts; ten matched words is one clause of
 * real quotation, and is also where winnowing guarantees a fingerprint
 * (WINNOW_WINDOW + SHINGLE_WORDS − 1 = 10), so shorter quotations could not be found
 * reliably anyway. Quotes shorter than this are located only on their statement's
 * own page, by locateQuote.
 */
export const QUOTE_MIN_WORDS = 10;

/**
 * A hash with more postings than this is boilerplate or a stock phrase of the corpus
 * (a publisher's "About us", "one of the most important"). It is left out of the
 * evidence: it does not count towards a statement's similarity, so pages of one
 * publisher do not resemble each other through their furniture, and it does not
 * make quotes candidates, so one stock phrase does not cost thousands of reads.
 * (Its words still align once a quote is a candidate through rarer hashes.)
 */
export const COMMON_HASH_POSTINGS = 256;

/**
 * A quote hit through a hash with at most this many postings makes the quote worth
 * reading on its own; through a more common hash, only together with a second hit
 * further along the same passage. A quotation of a sentence or two has one to three
 * fingerprints, rarely all of them stock phrases; quotes that merely share a stock
 * phrase with the page are thousands, and each would cost a read and an alignment.
 */
export const RARE_HASH_POSTINGS = 16;

/**
 * Words per seed when a candidate quote is aligned with the page. The index needs
 * SHINGLE_WORDS to be selective across a whole corpus; once the index has placed a
 * quote on the page, shorter seeds are safe there and catch the three or four words
 * left between a changed word and the end of a quotation, or on one side of an
 * ellipsis, which five-word shingles cannot see. Only runs chained to the quotation
 * count, and a passage still needs QUOTE_MIN_WORDS matched words.
 */
export const ALIGN_SEED_WORDS = 3;

/**
 * Page words two hits of one quotation may lie further apart than they lie in the
 * quote: the reporter's interruptions ("…,” she said, “…"). Matches MAX_INTERRUPTION_WORDS
 * in align-passages.ts.
 */
const MAX_INSERTED_WORDS_BETWEEN_HITS = 12;

export interface DetectParams extends IndexParams {
  statementMinSimilarity: number;
  statementMinHits: number;
  quoteMinWords: number;
  commonHashPostings: number;
  rareHashPostings: number;
  alignSeedWords: number;
}

export const DEFAULT_DETECT_PARAMS: DetectParams = {
  ...DEFAULT_INDEX_PARAMS,
  statementMinSimilarity: STATEMENT_MIN_SIMILARITY,
  statementMinHits: STATEMENT_MIN_HITS,
  quoteMinWords: QUOTE_MIN_WORDS,
  commonHashPostings: COMMON_HASH_POSTINGS,
  rareHashPostings: RARE_HASH_POSTINGS,
  alignSeedWords: ALIGN_SEED_WORDS,
};

export interface DetectedStatement {
  statementId: string;
  /** Estimated share of the statement's text present on the page, 0–1. */
  similarity: number;
}

/** A quote located on the page: where (every occurrence) and how much of it (the best one). */
export interface DetectedQuote extends LocatedQuote {
  quoteId: string;
  statementId: string;
}

export interface Detection {
  /** Statements whose text the page carries, most similar first. */
  statements: DetectedStatement[];
  /** Quotes located on the page, in the order they first appear. */
  quotes: DetectedQuote[];
}

/** The page as detection sees it. */
interface Page {
  tokens: Token[];
  words: string[];
  /** Hash of every alignment seed (ALIGN_SEED_WORDS words), by position. */
  seedShingles: Uint32Array;
  /** Positions of each winnowed fingerprint. */
  positions: Map<number, number[]>;
}

/** A place where the page and an indexed document share a fingerprint. */
interface Hit {
  hash: number;
  /** Position of the fingerprint on the page and in the document. */
  page: number;
  doc: number;
  /** How many postings the hash has in the whole index. */
  postings: number;
}

function readPage(pageText: string, params: DetectParams): Page {
  const tokens = tokenize(pageText);
  const positions = new Map<number, number[]>();
  for (const { hash, pos } of winnow(shingleHashes(tokens, params.shingleWords), params.winnowWindow)) {
    const list = positions.get(hash);
    if (list) list.push(pos);
    else positions.set(hash, [pos]);
  }
  const seedShingles = shingleHashes(tokens, params.alignSeedWords);
  return { tokens, words: tokens.map((t) => t.word), seedShingles, positions };
}

/** Merges half-open intervals into a sorted, disjoint list. */
function mergeIntervals(intervals: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/**
 * Seeds for aligning a quote with the page: every place where ALIGN_SEED_WORDS
 * words of the page equal words of the quote, in the stretches of page where the
 * index hits place the quote.
 */
function quoteSeeds(page: Page, quoteSeedShingles: Uint32Array, quoteWords: number, hits: readonly Hit[]): Seed[] {
  const byHash = new Map<number, number[]>();
  quoteSeedShingles.forEach((hash, q) => {
    const list = byHash.get(hash);
    if (list) list.push(q);
    else byHash.set(hash, [q]);
  });
  // A passage through a hit at (page p, quote q) lies near p − q … p − q + quote length,
  // give or take the words a reporter inserted or left out: allow a quote length each side.
  const windows = mergeIntervals(
    hits.map((hit) => ({
      start: Math.max(0, hit.page - hit.doc - quoteWords),
      end: Math.min(page.seedShingles.length, hit.page - hit.doc + 2 * quoteWords),
    })),
  );
  const seeds: Seed[] = [];
  for (const { start, end } of windows) {
    for (let p = start; p < end; p++) {
      for (const q of byHash.get(page.seedShingles[p] as number) ?? []) seeds.push({ page: p, quote: q });
    }
  }
  return seeds;
}

function findQuote(page: Page, doc: IndexedQuoteDoc, hits: readonly Hit[], params: DetectParams): DetectedQuote | null {
  const quoteTokens = tokenize(doc.text);
  const quoteWords = quoteTokens.map((t) => t.word);
  const seeds = quoteSeeds(page, shingleHashes(quoteTokens, params.alignSeedWords), quoteWords.length, hits);
  const runs = alignRuns(page.words, quoteWords, seeds, params.alignSeedWords);
  // Evidence is counted before growing the ends across edits, which adds weaker matches.
  const passages: Passage[] = chainPassages(runs)
    .filter((p) => p.matchedWords >= params.quoteMinWords)
    .map((p) => extendAcrossEdits(p, page.words, quoteWords));
  const located = locatedFrom(occurrencesFromPassages(passages, page.tokens, quoteWords));
  return located && { quoteId: doc.refId, statementId: doc.statementId, ...located };
}

/** Distinct hashes among a statement's hits: its evidence. */
function statementEvidence(hits: readonly Hit[]): number {
  let distinct = 0;
  let previous = -1;
  // Hits arrive grouped by hash, each statement posting once per page position.
  for (const hit of hits) {
    if (hit.hash !== previous) distinct++;
    previous = hit.hash;
  }
  return distinct;
}

/**
 * Whether two hits lie in order on both sides, close enough to be one quotation and
 * far enough apart to span QUOTE_MIN_WORDS (two hits inside one stock phrase are
 * no more evidence than one).
 */
function hasFollowingPair(hits: readonly Hit[], params: DetectParams): boolean {
  const byPage = [...hits].sort((a, b) => a.page - b.page);
  for (let i = 0; i < byPage.length; i++) {
    const a = byPage[i] as Hit;
    for (let j = i + 1; j < byPage.length; j++) {
      const b = byPage[j] as Hit;
      const pageGap = b.page - a.page;
      const spansEnough = pageGap + params.shingleWords >= params.quoteMinWords;
      if (spansEnough && b.doc > a.doc && pageGap <= b.doc - a.doc + MAX_INSERTED_WORDS_BETWEEN_HITS) return true;
    }
  }
  return false;
}

/** Whether a document's hits are worth reading it for: they could make a statement copy or a quotation. */
function worthReading(hits: readonly Hit[], params: DetectParams): boolean {
  if (hits[0]?.doc === STATEMENT_POS) return statementEvidence(hits) >= params.statementMinHits;
  return hits.some((h) => h.postings <= params.rareHashPostings) || hasFollowingPair(hits, params);
}

/** The hits of each document the page's fingerprints reach, and those worth reading. */
interface Candidates {
  hitsByDoc: Map<number, Hit[]>;
  idxs: number[];
}

function candidatesFrom(page: Page, postings: Map<number, Posting[]>, params: DetectParams): Candidates {
  const hitsByDoc = new Map<number, Hit[]>();
  for (const [hash, list] of postings) {
    if (list.length > params.commonHashPostings) continue;
    const pagePositions = page.positions.get(hash) ?? [];
    for (const posting of list) {
      const hits = hitsByDoc.get(posting.doc) ?? [];
      if (hits.length === 0) hitsByDoc.set(posting.doc, hits);
      for (const pagePos of pagePositions) hits.push({ hash, page: pagePos, doc: posting.pos, postings: list.length });
    }
  }
  const idxs = [...hitsByDoc].filter(([, hits]) => worthReading(hits, params)).map(([idx]) => idx);
  return { hitsByDoc, idxs };
}

function resolve(page: Page, candidates: Candidates, docs: Map<number, IndexedDoc>, params: DetectParams): Detection {
  const statements: DetectedStatement[] = [];
  const quotes: DetectedQuote[] = [];
  for (const idx of candidates.idxs) {
    const doc = docs.get(idx);
    const hits = candidates.hitsByDoc.get(idx) ?? [];
    if (!doc) continue;
    if (doc.kind === 'statement') {
      const found = statementEvidence(hits);
      const similarity = Math.min(1, found / Math.max(1, doc.fingerprints));
      if (found >= params.statementMinHits && similarity >= params.statementMinSimilarity) {
        statements.push({ statementId: doc.refId, similarity });
      }
    } else {
      const quote = findQuote(page, doc, hits, params);
      if (quote) quotes.push(quote);
    }
  }
  statements.sort((a, b) => b.similarity - a.similarity || (a.statementId < b.statementId ? -1 : 1));
  quotes.sort((a, b) => (a.ranges[0]?.start ?? 0) - (b.ranges[0]?.start ?? 0) || (a.quoteId < b.quoteId ? -1 : 1));
  return { statements, quotes };
}

const nothing = (): Detection => ({ statements: [], quotes: [] });

/**
 * Known statements and quotes carried by a page, from its visible text: one
 * `lookup` of the page's distinct fingerprints, then at most one `docs` read of the
 * documents they make candidates.
 */
export async function detect(
  pageText: string,
  store: FingerprintStore,
  params: DetectParams = DEFAULT_DETECT_PARAMS,
): Promise<Detection> {
  const page = readPage(pageText, params);
  const candidates = candidatesFrom(page, await store.lookup([...page.positions.keys()]), params);
  if (candidates.idxs.length === 0) return nothing();
  return resolve(page, candidates, await store.docs(candidates.idxs), params);
}

/** detect() over a store that answers at once (in memory): for the evaluation and benchmarks. */
export function detectSync(
  pageText: string,
  store: SyncFingerprintStore,
  params: DetectParams = DEFAULT_DETECT_PARAMS,
): Detection {
  const page = readPage(pageText, params);
  const candidates = candidatesFrom(page, store.lookupSync([...page.positions.keys()]), params);
  if (candidates.idxs.length === 0) return nothing();
  return resolve(page, candidates, store.docsSync(candidates.idxs), params);
}
