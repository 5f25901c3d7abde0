// A quote can be on a page more than once (a report's narration repeats a phrase the
// speaker used in a longer quotation; a headline repeats a sentence of the body), and
// once in pieces (a dropped sentence, a reporter's interruption). Passages aligned
// with the quote are grouped here into occurrences, so that what the sidebar says about
// the page's wording (complete or in part, verbatim or not) is read from one
// occurrence, never from a stretch of page that runs from one occurrence to the next.
import { type Passage, passageSpans, quoteWordsCovered } from './align-passages';
import { type CharRange, charRanges } from './char-ranges';
import type { Token } from './tokens';

/**
 * Quote words two pieces of one occurrence may both cover: a word at the end of the
 * text before an ellipsis can also follow it, as in chainPassages. More shared
 * words than that and the quote starts again: a second occurrence.
 */
const MAX_SHARED_WORDS_IN_OCCURRENCE = 3;

/** One place where the page carries a quote, whole or in pieces. */
export interface Occurrence {
  /** Offsets into the page text, in page order. */
  ranges: CharRange[];
  /** Distinct quote words found there. */
  matchedWords: number;
  /** matchedWords as a share of the quote's words, 0–1. */
  coverage: number;
  /** The highlighted words are exactly the quote's words (case, punctuation and typography aside). */
  verbatim: boolean;
}

/** Where a page carries a quote: every occurrence, with the ranges and coverage read from them. */
export interface LocatedQuote {
  /** Every occurrence's ranges, in page order. */
  ranges: CharRange[];
  /** The best occurrence's share of the quote's words, 0–1. */
  coverage: number;
  /** Strongest first: most of the quote, then earliest on the page. */
  occurrences: Occurrence[];
}

/** Strongest first: the occurrence that carries most of the quote, then the earliest. */
export function byStrength(a: Occurrence, b: Occurrence): number {
  return b.coverage - a.coverage || b.matchedWords - a.matchedWords || (a.ranges[0]?.start ?? 0) - (b.ranges[0]?.start ?? 0);
}

/** A LocatedQuote from its occurrences, or null when there are none. */
export function locatedFrom(occurrences: readonly Occurrence[]): LocatedQuote | null {
  const sorted = [...occurrences].sort(byStrength);
  const best = sorted[0];
  if (!best) return null;
  const ranges = occurrences.flatMap((o) => o.ranges).sort((a, b) => a.start - b.start);
  return { ranges, coverage: best.coverage, occurrences: sorted };
}

/** An occurrence from page token spans, judged against the quote's words. */
export function occurrenceOf(
  pageTokens: readonly Token[],
  spans: readonly { start: number; end: number }[],
  quoteWords: readonly string[],
  matchedWords: number,
): Occurrence {
  const highlighted = spans.flatMap((s) => pageTokens.slice(s.start, s.end).map((t) => t.word));
  return {
    ranges: charRanges(pageTokens, spans),
    matchedWords,
    coverage: quoteWords.length === 0 ? 0 : matchedWords / quoteWords.length,
    verbatim: highlighted.join(' ') === quoteWords.join(' '),
  };
}

const pageStart = (p: Passage): number => Math.min(...p.runs.map((r) => r.pageStart));
const pageEnd = (p: Passage): number => Math.max(...p.runs.map((r) => r.pageEnd));

/**
 * Groups aligned passages into occurrences. Pieces of one occurrence follow each
 * other on the page within the quote's own length and cover different words of the
 * quote; a passage that covers words already covered, or lies further away, is
 * another occurrence.
 */
export function occurrencesFromPassages(
  passages: readonly Passage[],
  pageTokens: readonly Token[],
  quoteWords: readonly string[],
): Occurrence[] {
  const groups: Passage[][] = [];
  let current: Passage[] | undefined;
  for (const passage of [...passages].sort((a, b) => pageStart(a) - pageStart(b))) {
    const reach = current ? Math.max(...current.map(pageEnd)) : -Infinity;
    const shared = current
      ? quoteWordsCovered(current) + quoteWordsCovered([passage]) - quoteWordsCovered([...current, passage])
      : 0;
    if (current && shared <= MAX_SHARED_WORDS_IN_OCCURRENCE && pageStart(passage) - reach <= quoteWords.length) {
      current.push(passage);
    } else {
      current = [passage];
      groups.push(current);
    }
  }
  return groups.map((group) =>
    occurrenceOf(pageTokens, group.flatMap(passageSpans), quoteWords, quoteWordsCovered(group)),
  );
}
