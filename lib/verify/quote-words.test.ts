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

  it('leaves out a note marker, which is nobody’s word (the Nuffield Trust’s release of Nigel Edwards’s words)', () => {
    const words = quoteWords('have been fully learnt [1]. “We are pleased').map((w) => w.word);
    expect(words).toEqual(['have', 'been', 'fully', 'learnt', 'we', 'are', 'pleased']);
    // A number the speaker says is a word, bracketed or not.
    expect(quoteWords('[the] 2 boards [2 of them]').map((w) => w.word)).toEqual(['the', '2', 'boards', '2', 'of', 'them']);
  });
});
