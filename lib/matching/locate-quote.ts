// Finds one known quote in a page already known to carry it (the quote's own
// statement, recognised by URL or text), to highlight it. Unlike detection, which
// needs a sentence of evidence, this finds quotes of any length, even two words, and
// marks long ones precisely, tolerating whitespace, typography, case and small
// edits. Matching runs on normalised words joined by single spaces, with Myers'
// bit-parallel approximate search (approx-string-match, as in the Hypothesis
// client); a long quote that the page carries with edits is then aligned word by
// word, as detection does, so that a highlight stays off whatever the page put in
// place of a dropped sentence. Results are offsets into the original page text.
import search from 'approx-string-match';
import { alignRuns, chainPassages, extendAcrossEdits, type Seed } from './align-passages';
import { commonWordCount } from './common-words';
import { QUOTE_MIN_WORDS } from './detect';
import { SHINGLE_WORDS, shingleHashes } from './fingerprints';
import { type LocatedQuote, locatedFrom, occurrenceOf, occurrencesFromPassages } from './occurrences';
import { type Token, tokenize } from './tokens';

/**
 * Edits allowed, as a share of the quote's normalised length in characters: 15 %
 * lets one word in seven be changed, dropped or added (a corrected typo, "the"
 * inserted, a British/American spelling) while a different sentence of the same
 * page, which differs in far more than that, is never taken for the quote.
 */
export const LOCATE_MAX_ERROR_FRACTION = 0.15;

export type { LocatedQuote } from './occurrences';

/** Words joined by single spaces, and where each word starts in that string. */
function joinWords(tokens: readonly Token[]): { text: string; starts: Int32Array } {
  const starts = new Int32Array(tokens.length);
  let offset = 0;
  tokens.forEach((t, i) => {
    starts[i] = offset;
    offset += t.word.length + 1;
  });
  return { text: tokens.map((t) => t.word).join(' '), starts };
}

/** Index of the last word starting at or before `offset`. */
function wordAt(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The words a character match [start, end) of the joined text covers: a word
 * belongs to the match when at least half of it is inside, so a match that starts
 * on the last letter of the word before does not highlight that word.
 */
function snapToWords(
  tokens: readonly Token[],
  starts: Int32Array,
  start: number,
  end: number,
): { start: number; end: number } {
  const inside = (i: number): boolean => {
    const from = starts[i] as number;
    const to = from + (tokens[i] as Token).word.length;
    return 2 * (Math.min(to, end) - Math.max(from, start)) >= to - from;
  };
  let first = wordAt(starts, start);
  if (!inside(first)) first++;
  let last = wordAt(starts, Math.max(start, end - 1));
  if (!inside(last)) last--;
  return { start: first, end: last + 1 };
}

/** The best approximate matches of the whole quote, as page word spans, and their cost. */
function approximateSpans(
  pageTokens: readonly Token[],
  quoteTokens: readonly Token[],
): { spans: { start: number; end: number }[]; errors: number } {
  const page = joinWords(pageTokens);
  const quote = joinWords(quoteTokens);
  const maxErrors = Math.floor(quote.text.length * LOCATE_MAX_ERROR_FRACTION);
  const matches = search(page.text, quote.text, maxErrors);
  if (matches.length === 0) return { spans: [], errors: Infinity };
  const fewest = Math.min(...matches.map((m) => m.errors));
  const spans: { start: number; end: number }[] = [];
  // Search reports every end position at the lowest cost; neighbours overlap, and
  // only distinct occurrences of the quote are kept.
  for (const m of matches.filter((x) => x.errors === fewest).sort((x, y) => x.start - y.start)) {
    const span = snapToWords(pageTokens, page.starts, m.start, m.end);
    const last = spans[spans.length - 1];
    if (span.end <= span.start) continue;
    if (last && span.start < last.end) continue;
    spans.push(span);
  }
  return { spans, errors: fewest };
}

/**
 * Passages of a quote that the page carries, in pieces if need be (a paragraph
 * dropped, sentences reordered, a reporter's ellipsis): aligned word by word from
 * every shingle the two share, as detection does after its index lookup, keeping
 * passages of at least QUOTE_MIN_WORDS matched words. Exhaustive and index-free,
 * so it is also the reference the evaluation checks detection against.
 */
export function locatePassages(pageText: string, quoteText: string): LocatedQuote | null {
  return alignedPieces(tokenize(pageText), tokenize(quoteText));
}

function alignedPieces(pageTokens: readonly Token[], quoteTokens: readonly Token[]): LocatedQuote | null {
  const pageShingles = shingleHashes(pageTokens, SHINGLE_WORDS);
  const quoteShingles = shingleHashes(quoteTokens, SHINGLE_WORDS);
  const quotePositions = new Map<number, number[]>();
  quoteShingles.forEach((hash, q) => {
    const list = quotePositions.get(hash);
    if (list) list.push(q);
    else quotePositions.set(hash, [q]);
  });
  const seeds: Seed[] = [];
  pageShingles.forEach((hash, p) => {
    for (const q of quotePositions.get(hash) ?? []) seeds.push({ page: p, quote: q });
  });
  const words = (tokens: readonly Token[]): string[] => tokens.map((t) => t.word);
  const pageWords = words(pageTokens);
  const quoteWords = words(quoteTokens);
  const runs = alignRuns(pageWords, quoteWords, seeds, SHINGLE_WORDS);
  const passages = chainPassages(runs)
    .filter((p) => p.matchedWords >= QUOTE_MIN_WORDS)
    .map((p) => extendAcrossEdits(p, pageWords, quoteWords));
  return locatedFrom(occurrencesFromPassages(passages, pageTokens, quoteWords));
}

/**
 * Where `pageText` carries `quoteText`, or null if it does not. An exact match (after
 * normalisation) is taken as it is. Otherwise a quote long enough to align word by
 * word is located in pieces, which keeps a highlight off whatever the page put
 * in place of a dropped sentence; a shorter one, or one whose pieces are too short,
 * is located by approximate search alone.
 */
export function locateQuote(pageText: string, quoteText: string): LocatedQuote | null {
  const quoteTokens = tokenize(quoteText);
  const pageTokens = tokenize(pageText);
  if (quoteTokens.length === 0 || pageTokens.length === 0) return null;
  const approximate = approximateSpans(pageTokens, quoteTokens);
  if (approximate.errors > 0 && quoteTokens.length >= QUOTE_MIN_WORDS) {
    const pieces = alignedPieces(pageTokens, quoteTokens);
    if (pieces) return pieces;
  }
  const quoteWords = quoteTokens.map((t) => t.word);
  return locatedFrom(
    approximate.spans.map((span) => {
      const common = commonWordCount(quoteWords, pageTokens.slice(span.start, span.end).map((t) => t.word));
      return occurrenceOf(pageTokens, [span], quoteWords, common);
    }),
  );
}
