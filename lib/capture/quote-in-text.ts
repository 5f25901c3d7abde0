// Places a quotation the analyst pasted or selected in the page's text, so a quote
// added by hand is the page's own words (the saved statement refuses any other).
// Whitespace may differ (a selection spans paragraphs, a paste reflows lines) and
// the quotation marks around a pasted quotation are not part of it.

import { escapeRegExp } from '../text/escape-reg-exp';

export interface Placed {
  /** The page's own words: text.slice(start, end). */
  text: string;
  start: number;
  end: number;
}

const ENCLOSING_MARKS = /^[\s"“”‘’']+|[\s"“”‘’']+$/g;

/** Where `quotation` stands in `text`, whitespace-insensitively; undefined when it is not there. */
export function placeInText(text: string, quotation: string): Placed | undefined {
  const words = quotation.replace(ENCLOSING_MARKS, '').split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const m = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u').exec(text);
  return m ? { text: m[0], start: m.index, end: m.index + m[0].length } : undefined;
}
