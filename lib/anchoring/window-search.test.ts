import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { searchWindows } from './window-search';

describe('searchWindows', () => {
  const text = 'the bill will help trusts plan services; the bill will halp trusts plan; other words here';

  it('finds what searching each window alone finds, at offsets of the whole text', () => {
    const windows = [
      [0, 40],
      [41, 72],
    ] as const;
    const joined = searchWindows(text, windows, 'will help trusts', 3);
    const alone = windows
      .flatMap(([from, to]) => search(text.slice(from, to), 'will help trusts', 3).map((m) => ({ ...m, start: m.start + from, end: m.end + from })))
      .filter((m, _, all) => m.errors === Math.min(...all.map((x) => x.errors)));
    expect(joined).toEqual(alone);
    for (const m of joined) expect(text.slice(m.start, m.end)).toBe('will help trusts');
  });

  it('never matches across two windows', () => {
    const windows = [
      [0, 10],
      [14, 25],
    ] as const;
    // "the bill w" + "help trusts": together they would be within 4 edits of the pattern.
    expect(searchWindows(text, windows, 'the bill will help trusts', 4)).toEqual([]);
  });

  it('searches a single window like a slice of the text', () => {
    const matches = searchWindows(text, [[41, 72]], 'will help trusts', 2);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['will halp trusts']);
  });
});
