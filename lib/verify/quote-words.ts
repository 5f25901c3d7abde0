// The words of a quotation as verification compares them: the matcher's normalised
// words (lib/matching/tokens.ts, so case, punctuation and typography never count as
// a change), each remembering whether the page marked an omission just before it
// with an ellipsis ("…", "...", ". . .", "[…]"). An ellipsis is how a reporter says
// "words left out here"; whether those words mattered is judged in compare-words.ts.
// A note marker ("[1]", pointing to the release's notes to editors) is nobody's
// spoken word: the Nuffield Trust's own release of Nigel Edwards's words carries one,
// and a page quoting them without it had "1" reported as a word removed.
import { type Token, tokenize } from '../matching/tokens';

export interface QuoteWord extends Token {
  /** An ellipsis stands between this word and the one before it (or before the first word). */
  afterEllipsis: boolean;
}

/** An ellipsis as pages write it: the character, three or more dots, or spaced dots. */
const ELLIPSIS = /…|\.\s?\.\s?\./;

/** A number alone in square brackets: a reference to a note, as releases and reports number them. */
const isNoteMarker = (text: string, token: Token): boolean =>
  /^\d+$/.test(token.word) && text[token.start - 1] === '[' && text[token.end] === ']';

export function quoteWords(text: string): QuoteWord[] {
  let previousEnd = 0;
  return tokenize(text)
    .filter((token) => !isNoteMarker(text, token))
    .map((token) => {
      const gap = text.slice(previousEnd, token.start);
      previousEnd = token.end;
      return { ...token, afterEllipsis: ELLIPSIS.test(gap) };
    });
}
