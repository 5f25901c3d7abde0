import { describe, expect, it } from 'vitest';
import { lastStartAtOrBefore } from './sorted-starts';

describe('the piece holding an offset', () => {
  it('is the last piece starting at or before it', () => {
    const starts = [0, 5, 16];
    expect([0, 4, 5, 15, 16, 99].map((o) => lastStartAtOrBefore(starts, o))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('is the later one when pieces start at the same offset (an empty piece is skipped)', () => {
    expect(lastStartAtOrBefore([0, 3, 3, 7], 3)).toBe(2);
  });

  it('is the first piece for an offset before every start, and 0 when there are none', () => {
    expect(lastStartAtOrBefore([2, 9], 0)).toBe(0);
    expect(lastStartAtOrBefore([], 4)).toBe(0);
  });

  it('agrees with a linear scan on long lists', () => {
    const starts = Array.from({ length: 1000 }, (_, i) => i * 10 + (i % 7));
    for (let offset = 0; offset < 10_100; offset += 13) {
      const linear = starts.reduce((found, start, i) => (start <= offset ? i : found), 0);
      expect(lastStartAtOrBefore(starts, offset)).toBe(linear);
    }
  });
});
