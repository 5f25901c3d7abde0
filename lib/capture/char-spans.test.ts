import { describe, expect, it } from 'vitest';
import { covered, intersection, locate, union } from './char-spans';

describe('char spans', () => {
  it('merges, measures and intersects spans', () => {
    expect(union([{ start: 5, end: 8 }, { start: 0, end: 3 }, { start: 2, end: 4 }])).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 8 },
    ]);
    expect(covered([{ start: 0, end: 4 }, { start: 2, end: 6 }])).toBe(6);
    expect(intersection([{ start: 0, end: 10 }], [{ start: 2, end: 4 }, { start: 8, end: 12 }])).toBe(4);
  });

  it('locates a quote whatever its whitespace', () => {
    expect(locate('He said: "One.\n\n“Two (b)."', 'One. “Two (b).')).toEqual({ start: 10, end: 25 });
    expect(locate('abc', 'xyz')).toBeUndefined();
  });
});
