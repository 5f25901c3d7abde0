import { describe, expect, it } from 'vitest';
import { quoteWords } from './quote-words';

describe('quoteWords', () => {
  it('marks the word after each kind of ellipsis', () => {
    const text = 'remove barriers … facilitate the changes ... that the NHS . . . really needs';
    const marked = quoteWords(text).filter((w) => w.afterEllipsis).map((w) => w.word);
    expect(marked).toEqual(['facilitate', 'that', 'really']);
  });

  it('marks nothing in a quotation without an ellipsis inside it', () => {
    expect(quoteWords('widespread agreement…').some((w) => w.afterEllipsis)).toBe(false);
  });
});
