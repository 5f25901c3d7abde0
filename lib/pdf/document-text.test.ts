import { describe, expect, it } from 'vitest';
import { PAGE_SEPARATOR, joinPages, pageOfOffset, pageSpan, pageText } from './document-text';

describe('the PDF text model', () => {
  it('lays out a page as its text items with a line break where an item ends a line', () => {
    const items = [{ str: 'Hello', hasEOL: false }, { str: ' world', hasEOL: true }, { type: 'beginMarkedContent' }, { str: 'next', hasEOL: false }];
    expect(pageText(items)).toBe('Hello world\nnext');
  });

  it('joins pages with a blank line and knows where each page starts', () => {
    const doc = joinPages(['one', 'two words', '']);
    expect(doc.text).toBe(`one${PAGE_SEPARATOR}two words${PAGE_SEPARATOR}`);
    expect(doc.pageStarts).toEqual([0, 5, 16]);
    expect(pageSpan(doc, 2)).toEqual({ start: 5, end: 14 });
    expect(doc.text.slice(pageSpan(doc, 2).start, pageSpan(doc, 2).end)).toBe('two words');
    expect(pageSpan(doc, 3)).toEqual({ start: 16, end: 16 });
  });

  it('finds the page of any offset, separators belonging to the page before', () => {
    const doc = joinPages(['one', 'two', 'three']);
    expect([0, 2, 3, 4, 5, 7, 10, 14].map((o) => pageOfOffset(doc, o))).toEqual([1, 1, 1, 1, 2, 2, 3, 3]);
  });
});
