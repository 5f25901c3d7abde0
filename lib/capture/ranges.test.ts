import { describe, expect, it } from 'vitest';
import { Coverage, firstStartingAt, insideAny, rangesWithin } from './ranges';

const ranges = [
  { start: 0, end: 4 },
  { start: 10, end: 14 },
  { start: 20, end: 30 },
];

describe('range look-ups', () => {
  it('finds ranges by start and within bounds', () => {
    expect(firstStartingAt(ranges, 10)).toBe(1);
    expect(firstStartingAt(ranges, 31)).toBe(3);
    expect(rangesWithin(ranges, 5, 30)).toEqual([ranges[1], ranges[2]]);
    expect(rangesWithin(ranges, 5, 25)).toEqual([ranges[1]]);
  });

  it('says whether a stretch is inside an enclosing range', () => {
    const spans = [
      { open: 5, close: 9 },
      { open: 20, close: 40 },
    ];
    expect(insideAny(spans, 21, 30)).toBe(true);
    expect(insideAny(spans, 8, 12)).toBe(false);
    expect(insideAny(spans, 0, 2)).toBe(false);
  });

  it('marks and checks taken characters', () => {
    const c = new Coverage(50, ranges);
    expect(c.overlaps({ start: 3, end: 6 })).toBe(true);
    expect(c.overlaps({ start: 4, end: 10 })).toBe(false);
  });
});
