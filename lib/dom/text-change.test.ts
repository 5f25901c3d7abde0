import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextChange, mergeChanges, textChange } from './text-change';

describe('text changes', () => {
  it('are the one span that differs', () => {
    expect(textChange('abc def', 'abc XY def')).toEqual({ start: 4, deleted: 0, inserted: 'XY ' });
    expect(textChange('same', 'same')).toEqual({ start: 4, deleted: 0, inserted: '' });
    expect(textChange('12:00 news', '12:01 news')).toEqual({ start: 4, deleted: 1, inserted: '1' });
    expect(textChange('abc', '')).toEqual({ start: 0, deleted: 3, inserted: '' });
  });

  it('turn the previous text into the next, whatever the two texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (previous, next) => {
        const change = textChange(previous, next);
        expect(applyTextChange(previous, change)).toBe(next);
        expect(change.inserted.length).toBeLessThanOrEqual(next.length);
      }),
    );
  });

  it('are refused when they do not fit the text they are applied to', () => {
    expect(applyTextChange('short', { start: 3, deleted: 5, inserted: '' })).toBeNull();
    expect(applyTextChange('short', { start: -1, deleted: 0, inserted: 'x' })).toBeNull();
  });

  it('merge: two changes in a row become one that takes the first text to the last', () => {
    expect(mergeChanges({ start: 4, deleted: 0, inserted: 'XY ' }, { start: 0, deleted: 1, inserted: 'A' }, 'Abc XY def')).toEqual({
      start: 0,
      deleted: 4,
      inserted: 'Abc XY ',
    });
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (first, second, third) => {
        const a = textChange(first, second);
        const b = textChange(second, third);
        const merged = mergeChanges(a, b, third);
        expect(applyTextChange(first, merged)).toBe(third);
        expect(merged.start).toBe(Math.min(a.start, b.start));
      }),
    );
  });
});
