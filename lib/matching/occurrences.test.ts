import { describe, expect, it } from 'vitest';
import type { Passage } from './align-passages';
import { locatedFrom, occurrenceOf, occurrencesFromPassages } from './occurrences';
import { tokenize } from './tokens';

const words = (text: string) => tokenize(text).map((t) => t.word);
/** One passage of one run: page words [page, page + length) equal quote words [quote, quote + length). */
const passage = (page: number, quote: number, length: number): Passage => ({
  runs: [{ pageStart: page, pageEnd: page + length, quoteStart: quote, quoteEnd: quote + length }],
  matchedWords: length,
});

describe('occurrencesFromPassages', () => {
  const quote = words('one two three four five six seven eight nine ten');
  const page = tokenize(
    'one two three four five six seven eight nine ten and later on one two three four five six seven eight nine ten',
  );

  it('makes two occurrences of a quote the page says twice', () => {
    const found = occurrencesFromPassages([passage(13, 0, 10), passage(0, 0, 10)], page, quote);
    expect(found.map((o) => o.ranges.length)).toEqual([1, 1]);
    expect(found.map((o) => o.coverage)).toEqual([1, 1]);
    expect(found.every((o) => o.verbatim)).toBe(true);
  });

  it('keeps the pieces of one interrupted quotation together', () => {
    const interrupted = tokenize('one two three four five he said six seven eight nine ten');
    const found = occurrencesFromPassages([passage(0, 0, 5), passage(7, 5, 5)], interrupted, quote);
    expect(found).toHaveLength(1);
    expect(found[0]!.ranges).toHaveLength(2);
    expect(found[0]!.coverage).toBe(1);
    // The interruption is not highlighted, so the highlighted words are the quote's.
    expect(found[0]!.verbatim).toBe(true);
  });

  it('judges an occurrence with a changed word as not verbatim', () => {
    const changed = tokenize('one two three four CHANGED six seven eight nine ten');
    const o = occurrenceOf(changed, [{ start: 0, end: 10 }], quote, 9);
    expect(o.verbatim).toBe(false);
    expect(o.coverage).toBe(0.9);
  });
});

describe('locatedFrom', () => {
  it('reads coverage from the strongest occurrence and keeps every range in page order', () => {
    const quote = words('a b c d');
    const page = tokenize('a b x x a b c d');
    const partial = occurrenceOf(page, [{ start: 0, end: 2 }], quote, 2);
    const whole = occurrenceOf(page, [{ start: 4, end: 8 }], quote, 4);
    const located = locatedFrom([partial, whole])!;
    expect(located.coverage).toBe(1);
    expect(located.occurrences[0]).toBe(whole);
    expect(located.ranges.map((r) => r.start)).toEqual([0, 8]);
    expect(locatedFrom([])).toBeNull();
  });
});
