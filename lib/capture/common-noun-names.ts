// A capitalised pair such as "Regulator Ofgem" or "Northumbrian Water" passes the person test when
// compromise knows neither word as a name: an unknown word may be a rare given name or surname
// ("Saffron Cordery"). The page itself tells the two apart: a word it also writes in lowercase
// ("regulators spotted it", "water bills") is a common noun there, so a name opening or ending with it
// is a body, a place or a title before one, never a person.
import { opensAsPerson } from './name-nlp';
import { firstNameOf } from './person-names';

/**
 * A lowercase word of the page, with the plural "s" a common noun may carry ("regulators"); not a piece of an
 * address ("g.myrie@unison.co.uk", "www.mind.org.uk"), where a name is written in lowercase.
 */
const LOWERCASE_WORD = /(?<![\p{L}\p{N}'’.@/-])\p{Ll}[\p{Ll}'’-]*(?![.@][\p{L}\p{N}])/gu;

/** The page's lowercase words, singular and as written, built once per page. */
export function lowercaseWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(LOWERCASE_WORD)) {
    words.add(m[0]);
    if (m[0].endsWith('s')) words.add(m[0].slice(0, -1));
  }
  return words;
}

/**
 * Whether a name's first or last word is a common noun on this page and compromise reads no person in the
 * name: "Regulator Ofgem" where the page writes "regulators", "Northumbrian Water" where it writes "water",
 * but "Mark Evans" on a page that writes "marks" and "Andrew Winter" on one that writes "winter". Names after
 * an honorific are left alone.
 */
export function namedByPageCommonNoun(name: string, pageLowercase: ReadonlySet<string>): boolean {
  const first = firstNameOf(name);
  const words = name.trim().split(/\s+/);
  if (first === undefined || first !== words[0]) return false;
  const last = words.at(-1) as string;
  return (pageLowercase.has(first.toLowerCase()) || pageLowercase.has(last.toLowerCase())) && !opensAsPerson(name);
}

/** Whether the page writes `word` in lower case, as a word of its own ("practice" for "Practice manager"). */
export function writesInLowerCase(text: string, word: string): boolean {
  return new RegExp(String.raw`(?<![\p{L}])${word.toLowerCase().replace(/[^\p{L}'’-]/gu, '')}(?![\p{L}])`, 'u').test(text);
}

/**
 * Whether the page writes `word`, capitalised, after a lower-case word, digit or comma: a name, not a sentence's first word.
 * Only where it stands alone: before another capitalised word it is title case ("spokesperson for Adult Social Care").
 */
export function capitalisedInsideSentences(text: string, word: string): boolean {
  return new RegExp(String.raw`[\p{Ll}\p{N},]\s+${word.replace(/[^\p{L}]/gu, '')}\b(?!\s+\p{Lu})`, 'u').test(text);
}

/**
 * A capitalised word opening a sentence that the page writes in lower case elsewhere, and never capitalised inside a sentence, is
 * a common noun there ("Practice manager Pam Ilnyckyj" on a page about "practice closures"), not a body's name ("Crisis chief
 * executive Jon Sparkes" on a page saying "the charity Crisis" and "housing crisis").
 */
export const isCommonNounOnPage = (text: string, word: string): boolean => writesInLowerCase(text, word) && !capitalisedInsideSentences(text, word);
