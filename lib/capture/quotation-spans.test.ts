import { describe, expect, it } from 'vitest';
import { findQuotationSpans } from './quotation-spans';

const quoted = (text: string) => findQuotationSpans(text).map((s) => text.slice(s.start, s.end));

describe('findQuotationSpans', () => {
  it('finds straight and curly quotations, leaving single quotes alone', () => {
    expect(quoted('He said "one" and “two” about the \'cut bureaucracy\' plan.')).toEqual(['one', 'two']);
  });

  it('joins a quotation reopened at each paragraph until the one that closes', () => {
    const text = 'X said:\n\n"One.\n\n“Two.\n\n \u201cThree.”\n\nAfter "four".';
    expect(quoted(text)).toEqual(['One.\n\n“Two.\n\n \u201cThree.', 'four']);
    expect(findQuotationSpans(text)[0]!.closed).toBe(true);
  });

  it('ends an unclosed quotation at its paragraph when the next does not reopen it', () => {
    const spans = findQuotationSpans('She said "never closed\n\nNext paragraph.');
    expect(spans).toMatchObject([{ start: 10, end: 22, closed: false }]);
  });

  it('ignores a stray closing mark', () => {
    expect(quoted('A stray ” mark, then “real”.')).toEqual(['real']);
  });
});
