// Approximate search (approx-string-match) over some windows of a text, in one
// call. Each call of the search sets up tables for the pattern, which costs more
// than searching a window of a few hundred characters, and a quote seeded by its
// words (word-seeds.ts) can have a hundred windows; so the windows are joined,
// searched once, and matches are mapped back to offsets of the text.
import search, { type Match } from 'approx-string-match';

/**
 * Put between joined windows, repeated once more than the errors allowed, so no
 * match can run from one window into the next. U+0000 does not occur in page text:
 * the HTML parser replaces it.
 */
const SEPARATOR = '\u0000';

/**
 * The lowest-cost matches of `pattern` with up to `maxErrors` edits in the
 * windows [from, to) of `text` (ascending, disjoint), as offsets of `text`.
 */
export function searchWindows(text: string, windows: readonly (readonly [number, number])[], pattern: string, maxErrors: number): Match[] {
  const gap = SEPARATOR.repeat(maxErrors + 1);
  // Where each window starts in the joined string.
  const bases: number[] = [];
  let length = 0;
  for (const [from, to] of windows) {
    bases.push(length);
    length += to - from + gap.length;
  }
  const joined = windows.length === 1 ? text.slice(...(windows[0] as readonly [number, number])) : windows.map(([from, to]) => text.slice(from, to)).join(gap);
  const matches: Match[] = [];
  for (const m of search(joined, pattern, maxErrors)) {
    // The window the match starts in: the last whose base is at or before it.
    let lo = 0;
    let hi = bases.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((bases[mid] as number) <= m.start) lo = mid;
      else hi = mid - 1;
    }
    const [from, to] = windows[lo] as readonly [number, number];
    const base = bases[lo] as number;
    // A match that takes in separator characters is not one in the text.
    if (m.end - base > to - from || m.start - base < 0) continue;
    matches.push({ start: from + m.start - base, end: from + m.end - base, errors: m.errors });
  }
  return matches;
}
