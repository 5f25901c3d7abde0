// Two capitalised words that compromise does not know pass the person test on their own ("Russells Hall, Dudley",
// "Hywel Dda will de-escalate"), as a rare given name and surname would. The page tells them apart: where it also
// writes the same words before a body's noun ("Russells Hall Hospital", "Hywel Dda Health Board"), they are the
// short name of that body or of the place it is named for, never a person.
import { escapeRegExp } from '../text/escape-reg-exp';
import { BODY_NAME_ENDINGS, ORGANISATION_WORDS } from './attribution-cues';

/** How many capitalised words may follow the name to the body's noun ("Hywel Dda Health Board": two). */
const MAX_WORDS_TO_BODY_NOUN = 3;
const isBodyNoun = (word: string): boolean => ORGANISATION_WORDS.has(word) || BODY_NAME_ENDINGS.has(word);

/**
 * Whether the page writes `name` at the start of a capitalised run that ends in a noun naming a body ("Russells Hall Hospital",
 * "Hywel Dda Health Board’s").
 */
export function opensBodyNameOnPage(name: string, text: string): boolean {
  const words = name.trim().split(/\s+/).map(escapeRegExp).join(String.raw`[ \t]+`);
  const before = new RegExp(String.raw`(?<![\p{L}\p{N}])${words}((?:[ \t]+\p{Lu}\p{L}*){1,${MAX_WORDS_TO_BODY_NOUN}})(?![\p{L}\p{N}])`, 'gu');
  return [...text.matchAll(before)].some((m) => isBodyNoun((m[1] as string).trim().split(/\s+/).at(-1) as string));
}
