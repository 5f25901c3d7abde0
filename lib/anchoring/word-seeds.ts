// Where on a page a highlight that was not found near its saved position could
// be, without scanning the whole page with approximate search (about 10 ms per
// highlight on a 100k-word page, which a page that dropped many highlights would
// pay for each). The page's words are indexed once, when the first highlight needs
// it; a quote's rarest words that the page still has then say where the quote
// would start, and only windows there are searched. A quote that survived with up
// to MAX_ERROR_FRACTION edits keeps most of its words, and its rarest surviving
// ones point at it.

/** A word: a run of letters and digits, compared in lower case so case and punctuation edits keep it. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * At most this many word occurrences are used as seeds per quote. Rare words are
 * taken first, so a quote with one distinctive word needs one window; a quote made
 * only of words as common as "the" would need more windows than the page is long,
 * and the whole page is searched instead.
 */
export const MAX_SEED_OCCURRENCES = 256;

export type WordIndex = Map<string, number[]>;

/** Every word of the text, lower-cased, with the offsets where it starts, ascending. */
export function indexWords(text: string): WordIndex {
  const index: WordIndex = new Map();
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    const list = index.get(word);
    if (list) list.push(m.index);
    else index.set(word, [m.index]);
  }
  return index;
}

/**
 * Windows [from, to) of the text, ascending and disjoint, that hold every place the
 * quote could be with up to `maxErrors` edits and at least one of its seed words
 * intact: an empty list when none of its words is on the page, null when the
 * windows would cover the page anyway (search all of it).
 */
export function seedWindows(index: WordIndex, textLength: number, quote: string, maxErrors: number): [number, number][] | null {
  const seen = new Set<string>();
  const seeds: { offset: number; occurrences: number[] }[] = [];
  for (const m of quote.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (seen.has(word)) continue;
    seen.add(word);
    const occurrences = index.get(word);
    if (occurrences) seeds.push({ offset: m.index, occurrences });
  }
  if (seen.size === 0) return null;
  seeds.sort((a, b) => a.occurrences.length - b.occurrences.length);
  const starts: number[] = [];
  for (const seed of seeds) {
    if (starts.length + seed.occurrences.length > MAX_SEED_OCCURRENCES) break;
    for (const at of seed.occurrences) starts.push(at - seed.offset);
  }
  if (seeds.length > 0 && starts.length === 0) return null;
  starts.sort((a, b) => a - b);
  // Edits before a seed word move the quote's start by at most maxErrors either way.
  const windows: [number, number][] = [];
  let covered = 0;
  for (const start of starts) {
    const from = Math.max(0, start - maxErrors);
    const to = Math.min(textLength, start + quote.length + maxErrors);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) {
      covered += Math.max(0, to - last[1]);
      last[1] = Math.max(last[1], to);
    } else {
      covered += to - from;
      windows.push([from, to]);
    }
  }
  return covered >= textLength ? null : windows;
}
