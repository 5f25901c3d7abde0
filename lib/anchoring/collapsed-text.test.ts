import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseString, collapseText, toCollapsedOffset, toOriginalOffset, toOriginalSpan } from './collapsed-text';

/** Strings rich in whitespace runs of every kind anchoring meets on pages. */
const pageLike = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ' ', '\n', '\t', '\u00a0', '\r\n') });

describe('collapseText', () => {
  it('collapses each whitespace run to one space, like the regular expression \\s+', () => {
    fc.assert(
      fc.property(pageLike, (original) => {
        expect(collapseText(original).text).toBe(original.replace(/\s+/g, ' '));
        expect(collapseString(original)).toBe(original.replace(/\s+/g, ' '));
      }),
    );
  });

  it('maps every collapsed character back to the same character, in order, and back again', () => {
    fc.assert(
      fc.property(pageLike, (original) => {
        const collapsed = collapseText(original);
        let previous = -1;
        for (let i = 0; i < collapsed.text.length; i++) {
          const at = toOriginalOffset(collapsed, i);
          expect(at).toBeGreaterThan(previous);
          previous = at;
          const ch = collapsed.text[i]!;
          if (ch === ' ') expect(original[at]).toMatch(/\s/);
          else expect(original[at]).toBe(ch);
          expect(toCollapsedOffset(collapsed, at)).toBe(i);
        }
      }),
    );
  });

  it('maps an offset inside a whitespace run to that run’s one space', () => {
    const collapsed = collapseText('one \n\n   two');
    expect(collapsed.text).toBe('one two');
    for (let offset = 3; offset < 9; offset++) expect(toCollapsedOffset(collapsed, offset)).toBe(3);
    expect(toCollapsedOffset(collapsed, 9)).toBe(4);
  });

  it('gives original spans that hold the same words', () => {
    const original = 'The  white\n\npaper,\u00a0published   today.';
    const collapsed = collapseText(original);
    const start = collapsed.text.indexOf('white');
    const end = collapsed.text.indexOf('today') + 'today'.length;
    const span = toOriginalSpan(collapsed, start, end);
    expect(collapseString(original.slice(span.start, span.end))).toBe(collapsed.text.slice(start, end));
  });
});
