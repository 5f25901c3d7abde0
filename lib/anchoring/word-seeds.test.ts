import { describe, expect, it } from 'vitest';
import { syntheticPage } from '../../test-support/matching/synthetic-corpus';
import { MAX_SEED_OCCURRENCES, indexWords, seedWindows } from './word-seeds';

/** A long page: on a short one, the windows would cover all of it. */
const text = syntheticPage(20_000, 3).replace(/\s+/g, ' ');
const index = indexWords(text);

describe('indexWords', () => {
  it('lists where each word starts, in lower case, without punctuation, ascending', () => {
    for (const [word, offsets] of index) {
      expect(word).toMatch(/^[\p{Ll}\p{Lo}\p{N}]+$/u);
      expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
      for (const at of offsets) expect(text.slice(at, at + word.length).toLowerCase()).toBe(word);
    }
  });
});

describe('seedWindows', () => {
  const start = Math.floor(text.length / 2);
  const quote = text.slice(start, text.indexOf(' ', start + 120));
  const quoteStart = start;

  it('gives ascending, disjoint windows, one of which holds the quote even after edits', () => {
    const edited = quote.replace(/[aeiou]/, 'x').replace(/ (\w+) /, ' and $1 ');
    const maxErrors = Math.floor(edited.length * 0.2);
    const windows = seedWindows(index, text.length, edited, maxErrors)!;
    expect(windows.length).toBeGreaterThan(0);
    windows.forEach(([from, to], i) => {
      expect(to).toBeGreaterThan(from);
      if (i > 0) expect(from).toBeGreaterThan(windows[i - 1]![1]);
    });
    expect(windows.some(([from, to]) => from <= quoteStart && to >= quoteStart + quote.length)).toBe(true);
    expect(windows.reduce((sum, [from, to]) => sum + to - from, 0)).toBeLessThan(text.length);
  });

  it('gives no window when none of the quote’s words is on the page', () => {
    expect(seedWindows(index, text.length, 'zyxxy quorbled fnord', 4)).toEqual([]);
  });

  it('asks for the whole page when the quote has no words, or only words too common to seed', () => {
    expect(seedWindows(index, text.length, '… — …', 1)).toBeNull();
    const common = new Map([['the', Array.from({ length: MAX_SEED_OCCURRENCES + 1 }, (_, i) => i * 10)]]);
    expect(seedWindows(common, 100_000, 'the', 0)).toBeNull();
  });
});
