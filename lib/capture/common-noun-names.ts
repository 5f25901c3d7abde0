// A capitalised pair such as "Regulator Ofgem" passes the person test when compromise knows
// neither word as a name: an unknown first word may be a rare given name ("Saffron Cordery"). The page
// itself tells the two apart: a word it also writes in lowercase ("regulators spotted it") is a
// common noun there, so a name opening with it is a body or a title before one, never a person.
import { opensAsPerson } from './name-nlp';
import { firstNameOf } from './person-names';

/** A lowercase word of the page, with the plural "s" a common noun may carry ("regulators"). */
const LOWERCASE_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]*/gu;

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
 * Whether a name's first word is a common noun on this page and compromise reads no person in the name:
 * "Regulator Ofgem" where the page writes "regulators", but "Mark Evans" on a page that writes "marks".
 * Names after an honorific are left alone.
 */
export function opensWithPageCommonNoun(name: string, pageLowercase: ReadonlySet<string>): boolean {
  const first = firstNameOf(name);
  if (first === undefined || first !== name.trim().split(/\s+/)[0]) return false;
  return pageLowercase.has(first.toLowerCase()) && !opensAsPerson(name);
}
