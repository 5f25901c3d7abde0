// The words of a quotation as verification compares them: the matcher's normalised
// words (lib/matching/tokens.ts, so case, punctuation and typography never count as
// a change), each remembering whether the page marked an omission just before it
// with an ellipsis ("…", "...", ". . .", "[…]"). An ellipsis is how a reporter says
// "words left out here"; whether those words mattered is judged in compare-words.ts.
import { type Token, tokenize } from '../matching/tokens';

export interface QuoteWord extends Token {
  /** An ellipsis stands between this word and the one before it (or before the first word). */
  afterEllipsis: boolean;
}

/** An ellipsis as pages write it: the character, three or more dots, or spaced dots. */
const ELLIPSIS = /…|\.\s?\.\s?\./;

export function quoteWords(text: string): QuoteWord[] {
  let previousEnd = 0;
  return tokenize(text).map((token) => {
    const gap = text.slice(previousEnd, token.start);
    previousEnd = token.end;
    return { ...token, afterEllipsis: ELLIPSIS.test(gap) };
  });
}
