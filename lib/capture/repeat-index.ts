// Which of a page's attributed quotations could hold the words of another (a headline, a
// summary, a pull quote repeating them), found from their words instead of by testing every
// quotation against every other: on a long page (a 500,000-character report with 1,300
// quotations) the all-pairs test was most of the extraction's time. The index only narrows:
// every quotation it leaves out fails the test for certain, and the caller still runs the
// test itself, in the sources' order, on what is left.

/** Word pairs of squashed text ("a b c" → "a b", "b c"). */
export const wordPairs = (words: readonly string[]): string[] => words.slice(1).map((w, i) => `${words[i]} ${w}`);

export interface RepeatIndex {
  /**
   * Sources (their positions, ascending) that may hold `words` as a substring of their
   * squashed text, or, for a pull quote of `pullQuoteWords` words or more, at least
   * `overlap` of its word pairs.
   */
  holding(words: readonly string[], pullQuoteWords: number, overlap: number): number[];
  /** Sources (positions, ascending) that may hold `words` as whole words. */
  holdingWhole(words: readonly string[]): number[];
}

function addTo(index: Map<string, number[]>, key: string, at: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [at]);
  else if (list.at(-1) !== at) list.push(at);
}

/** Indexes the sources' squashed texts (single spaces between words) by word and by word pair. */
export function repeatIndex(sources: readonly string[]): RepeatIndex {
  const byWord = new Map<string, number[]>();
  const byPair = new Map<string, number[]>();
  sources.forEach((text, at) => {
    const words = text.split(' ');
    for (const word of words) addTo(byWord, word, at);
    for (const pair of wordPairs(words)) addTo(byPair, pair, at);
  });
  const all = sources.map((_, at) => at);
  const sorted = (found: Iterable<number>) => [...new Set(found)].sort((a, b) => a - b);

  return {
    holding(words, pullQuoteWords, overlap) {
      // A substring may cut into its first and last words ("are going" inside "care going"), so only
      // the words between them must stand whole in the source: a pair from four words, a word from three.
      const inner = words.length >= 4 ? byPair.get(`${words[1]} ${words[2]}`) : words.length === 3 ? byWord.get(words[1] as string) : all;
      if (words.length < pullQuoteWords) return sorted(inner ?? []);
      const pairs = wordPairs(words);
      const held = new Map<number, number>();
      for (const pair of pairs) for (const at of byPair.get(pair) ?? []) held.set(at, (held.get(at) ?? 0) + 1);
      const close = [...held].filter(([, n]) => n >= pairs.length * overlap).map(([at]) => at);
      return sorted([...(inner ?? []), ...close]);
    },
    holdingWhole(words) {
      if (words.length === 0 || words[0] === '') return all;
      const found = words.length === 1 ? byWord.get(words[0] as string) : byPair.get(`${words[0]} ${words[1]}`);
      return found ?? [];
    },
  };
}
