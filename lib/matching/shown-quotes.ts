// Which of the quotes located on a page are shown (as cards and painted marks), and
// where. Two known quotes can share words: a speaker repeats a sentence in a news
// report and in his own op-ed, a narration repeats a phrase from a longer quotation.
// The page's words are then one quotation, not two: each stretch of page goes to the
// quote that the page carries most completely, so no two quotes ever claim
// overlapping ranges and no two marks are painted one inside the other. A partial
// match too weak to stand on its own is not shown either.
import type { CharRange } from './char-ranges';
import { type LocatedQuote, type Occurrence, byStrength, locatedFrom } from './occurrences';

/**
 * Fewest quote words a partial occurrence must hold to be shown, unless it holds
 * PARTIAL_MIN_SHARE of the quote. Measured on the evaluation set (`npm run bench`,
 * "Quotes shown" table): the share of a quote alone is the wrong measure, since a news
 * report quoting one sentence of a long statement carries 4–20 % of its words and half
 * of the genuine quotations there are under 20 %. A clause of real quotation is what
 * a card needs: 12 words keeps every labelled quotation (as 10 does, detection's own
 * floor), 14 already loses 3 % of them and 20 loses 19 %. The weak partial matches
 * the sidebar showed ("13 % of its words") were another quote's words on the same
 * stretch of page; the overlap rule below, not this floor, removes those.
 */
export const PARTIAL_MIN_WORDS = 12;

/**
 * A shorter quote is shown when the page holds at least half of it: quotes of a few
 * words are located only on their own statement's page, by approximate search that
 * already allows one word in seven to differ (LOCATE_MAX_ERROR_FRACTION).
 */
export const PARTIAL_MIN_SHARE = 0.5;

const overlaps = (a: CharRange, b: CharRange): boolean => a.start < b.end && b.start < a.end;

/** Whether an occurrence is strong enough to be shown: half the quote, or a clause of it. */
export function strongEnough(occurrence: Occurrence, minWords: number = PARTIAL_MIN_WORDS): boolean {
  return occurrence.coverage >= PARTIAL_MIN_SHARE || occurrence.matchedWords >= minWords;
}

/**
 * The located quotes as shown: weak partial occurrences dropped, then every stretch
 * of page given to the strongest occurrence that claims it (most of its quote, then
 * most words, then earliest); an occurrence that overlaps a stronger one is not shown,
 * and a quote left with no occurrence is not shown at all. Order is kept.
 */
export function shownQuotes<T extends LocatedQuote>(located: readonly T[], minWords: number = PARTIAL_MIN_WORDS): T[] {
  const claims = located
    .flatMap((quote, index) => quote.occurrences.filter((o) => strongEnough(o, minWords)).map((o) => ({ o, index })))
    .sort((a, b) => byStrength(a.o, b.o) || a.index - b.index);
  const taken: CharRange[] = [];
  const kept = located.map((): Occurrence[] => []);
  for (const { o, index } of claims) {
    if (o.ranges.some((r) => taken.some((t) => overlaps(r, t)))) continue;
    taken.push(...o.ranges);
    kept[index]?.push(o);
  }
  return located.flatMap((quote, index) => {
    const shown = locatedFrom(kept[index] ?? []);
    return shown ? [{ ...quote, ...shown }] : [];
  });
}
