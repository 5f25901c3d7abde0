// Re-anchors saved highlights on a page that may have changed since they were made:
// text inserted before them, whitespace or punctuation changed, a few words edited.
// Like the Hypothesis client's matchQuote it searches for the quote with
// approx-string-match and ranks candidates by quote errors, context similarity and
// distance from the saved position; unlike it, it does the cheap things first, so a
// page with hundreds of highlights anchors in milliseconds:
//   1. the exact quote in a window around the expected position, occurrences
//      scored nearest first, stopping as soon as no farther one could score better;
//   2. approximate search in that window, unless 1 found the quote in its context;
//   3. only when nothing acceptable was found near the position: the exact quote
//      anywhere on the page, then approximate search where the quote's rarest
//      words still are (word-seeds.ts), or over the whole page.
// Highlights are anchored in page order and each one's expected position is
// corrected by how far the previous one moved, so text inserted near the top of a
// page does not send every later highlight out of its window to the whole page.
// Text is compared with whitespace runs collapsed (collapsed-text.ts); results are
// offsets into the text given, which is extractPageText(...).text on a page.
import type { TextPositionSelector, TextQuoteSelector } from '../schema';
import { type CollapsedText, collapseString, collapseText, toCollapsedOffset, toOriginalSpan } from './collapsed-text';
import { contextSimilarity } from './context-similarity';
import { CONTEXT_CHARS } from './describe';
import { bestPossibleScore, matchScore, proximity } from './match-score';
import { searchWindows } from './window-search';
import { type WordIndex, indexWords, seedWindows } from './word-seeds';

/**
 * Below this score a candidate is not taken: an orphaned highlight (listed, not
 * painted) is better than one painted on the wrong words. At 0.5, at least half of
 * the saved quote-plus-context must be found (context only counts beyond chance,
 * see match-score.ts): a quote shorter than its two contexts (64 characters, about
 * ten words) needs some of its context to be believed, so a common phrase found in
 * an unrelated place is not taken, while a longer quote found intact is accepted
 * even when everything around it changed.
 */
export const MIN_SCORE = 0.5;
/**
 * At or above this score the exact stage's answer is final and the approximate
 * search is skipped: the quote and nearly all its context are there unchanged.
 * Below it, an edited copy near the hint might still fit better (an exact copy of
 * the quote elsewhere, say in a pull-quote, with different context).
 */
export const CONFIDENT_SCORE = 0.9;
/**
 * Edits allowed when searching away from the expected position, as a share of the
 * quote's length: 20 % lets one word in five change, while a different sentence,
 * which differs in far more, does not match; the search's cost grows with it.
 */
export const MAX_ERROR_FRACTION = 0.2;
/**
 * Edits allowed near the expected position, where the window is small (cheap to
 * search) and the context is still checked: 40 % lets a five-word quote with one
 * word replaced be found, which 20 % would not.
 */
export const NEAR_HINT_MAX_ERROR_FRACTION = 0.4;
/** A cap on errors, as Hypothesis has, so a very long quote does not make each search slow. */
export const MAX_ERRORS = 256;
/**
 * Characters searched on each side of the expected position before looking
 * further: a few paragraphs, enough for a banner or paragraphs inserted above a
 * highlight that the previous highlight's shift did not already account for.
 */
export const NEAR_HINT_WINDOW_CHARS = 4096;
/**
 * At most this many candidates are scored per stage, nearest the expected position
 * first: a common word as a quote can occur thousands of times on a big page, and
 * the right occurrence is near where it was.
 */
export const MAX_CANDIDATES = 512;

export interface AnchorSelectors {
  quote: TextQuoteSelector;
  /** A hint only: the quote is found wherever it is. */
  position?: TextPositionSelector;
}

export interface Anchor {
  /** Offsets [start, end) into the text anchored on. */
  start: number;
  end: number;
  /** 0–1, see match-score.ts; at least MIN_SCORE. */
  score: number;
}

/** A selector in collapsed form. */
interface Target {
  quote: string;
  prefix: string;
  suffix: string;
  /** Saved start, as a collapsed offset of the current text. */
  hint: number | undefined;
}

/** A candidate in collapsed offsets. */
interface Candidate {
  start: number;
  end: number;
  score: number;
}

function targetOf(page: CollapsedText, selectors: AnchorSelectors): Target | null {
  const quote = collapseString(selectors.quote.exact);
  if (quote.trim().length === 0) return null;
  return {
    quote,
    // Only the context nearest the quote counts, as much as this module's describe keeps.
    prefix: collapseString(selectors.quote.prefix).slice(-CONTEXT_CHARS),
    suffix: collapseString(selectors.quote.suffix).slice(0, CONTEXT_CHARS),
    hint: selectors.position && toCollapsedOffset(page, selectors.position.start),
  };
}

function scoreAt(text: string, target: Target, start: number, end: number, quoteSimilarity: number, hint: number | undefined): number {
  return matchScore(
    {
      quoteLength: target.quote.length,
      quoteSimilarity,
      prefixLength: target.prefix.length,
      prefixSimilarity: contextSimilarity(target.prefix, text, start, 'before'),
      suffixLength: target.suffix.length,
      suffixSimilarity: contextSimilarity(target.suffix, text, end, 'after'),
    },
    proximity(start, hint, text.length),
  );
}

const better = (a: Candidate | null, b: Candidate | null): Candidate | null => (!b || (a && a.score >= b.score) ? a : b);

/**
 * The best exact occurrence of the quote in text[from, to), scoring occurrences
 * nearest `hint` first and stopping as soon as no farther one could score better.
 */
function bestExact(text: string, target: Target, hint: number | undefined, from: number, to: number): Candidate | null {
  const { quote } = target;
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  const occurrences: number[] = [];
  for (let at = region.indexOf(quote); at !== -1; at = region.indexOf(quote, at + 1)) occurrences.push(from + at);
  if (hint !== undefined) occurrences.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint));
  let best: Candidate | null = null;
  for (const at of occurrences.slice(0, MAX_CANDIDATES)) {
    if (best && best.score >= bestPossibleScore(proximity(at, hint, text.length))) break;
    best = better(best, { start: at, end: at + quote.length, score: scoreAt(text, target, at, at + quote.length, 1, hint) });
  }
  return best;
}

/** The largest number of edits a search with this error fraction allows for the quote. */
const maxErrorsFor = (quote: string, errorFraction: number) => Math.min(MAX_ERRORS, Math.floor(quote.length * errorFraction));

/** The best approximate match of the quote in the windows [from, to) of the text. */
function bestApproximate(
  text: string,
  target: Target,
  hint: number | undefined,
  windows: readonly (readonly [number, number])[],
  maxErrors: number,
): Candidate | null {
  const { quote } = target;
  // With no errors allowed the exact stage has already looked.
  if (maxErrors === 0 || windows.length === 0) return null;
  const matches = searchWindows(text, windows, quote, maxErrors);
  if (hint !== undefined && matches.length > MAX_CANDIDATES) {
    matches.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
  }
  let best: Candidate | null = null;
  for (const { start, end, errors } of matches.slice(0, MAX_CANDIDATES)) {
    if (end <= start) continue;
    best = better(best, { start, end, score: scoreAt(text, target, start, end, 1 - errors / quote.length, hint) });
  }
  return best;
}

/** The page being anchored on, and its word index, built the first time a highlight needs it. */
interface Page {
  text: string;
  words: () => WordIndex;
}

function anchorTarget(page: Page, target: Target, hint: number | undefined): Candidate | null {
  const { text } = page;
  let best: Candidate | null = null;
  if (hint !== undefined) {
    const window = [
      Math.max(0, hint - NEAR_HINT_WINDOW_CHARS),
      Math.min(text.length, hint + target.quote.length + NEAR_HINT_WINDOW_CHARS),
    ] as const;
    best = bestExact(text, target, hint, ...window);
    if (best && best.score >= CONFIDENT_SCORE) return best;
    best = better(best, bestApproximate(text, target, hint, [window], maxErrorsFor(target.quote, NEAR_HINT_MAX_ERROR_FRACTION)));
    if (best && best.score >= MIN_SCORE) return best;
  }
  best = better(best, bestExact(text, target, hint, 0, text.length));
  if (best && best.score >= MIN_SCORE) return best;
  const maxErrors = maxErrorsFor(target.quote, MAX_ERROR_FRACTION);
  const windows = seedWindows(page.words(), text.length, target.quote, maxErrors) ?? [[0, text.length]];
  return better(best, bestApproximate(text, target, hint, windows, maxErrors));
}

/** Original offsets of a collapsed candidate, without whitespace at either end. */
function toAnchor(original: string, page: CollapsedText, candidate: Candidate): Anchor | null {
  let { start, end } = toOriginalSpan(page, candidate.start, candidate.end);
  while (start < end && /\s/.test(original[start] as string)) start++;
  while (end > start && /\s/.test(original[end - 1] as string)) end--;
  return end > start ? { start, end, score: candidate.score } : null;
}

/**
 * Anchors many highlights on one text, each to its best place or to null (an
 * orphan). Results are in the order of `selectors`.
 */
export function anchorAll(text: string, selectors: readonly AnchorSelectors[]): (Anchor | null)[] {
  const collapsed = collapseText(text);
  let words: WordIndex | undefined;
  const page: Page = { text: collapsed.text, words: () => (words ??= indexWords(collapsed.text)) };
  const targets = selectors.map((s) => targetOf(collapsed, s));
  // In page order, so each highlight's expected position can be corrected by the shift of the one before.
  const order = targets.map((_, i) => i).sort((a, b) => (targets[a]?.hint ?? text.length) - (targets[b]?.hint ?? text.length));
  const results: (Anchor | null)[] = selectors.map(() => null);
  let shift = 0;
  for (const i of order) {
    const target = targets[i];
    if (!target) continue;
    const hint = target.hint === undefined ? undefined : Math.min(collapsed.text.length, Math.max(0, target.hint + shift));
    const found = anchorTarget(page, target, hint);
    if (!found || found.score < MIN_SCORE) continue;
    if (target.hint !== undefined) shift = found.start - target.hint;
    results[i] = toAnchor(text, collapsed, found);
  }
  return results;
}

/** Anchors one highlight; use anchorAll for several on the same text (it reads the text once). */
export function anchorQuote(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Anchor | null {
  return anchorAll(text, [{ quote, position }])[0] ?? null;
}
