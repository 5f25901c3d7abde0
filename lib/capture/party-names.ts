// Political parties a title may open with: "Liberal Democrat spokesperson for adult social care",
// "Welsh Conservative Shadow Health Minister", "Lib Dem group spokesperson for Adult Social Care",
// "the Conservatives’ shadow health secretary". The party is the body the holder speaks for and
// the rest is the title. Most parties hold no institutional word ("Plaid Cymru", "Lib Dem"), so
// the organisation finder cannot know them; the bundled corpus knows only a few.
import { isDemonym, placeWords } from './name-nlp';

/** The parties of the UK and Ireland news copy names, singular and plural, as written. */
const PARTY = String.raw`(?:Labour|Conservatives?|Tory|Tories|Liberal\s+Democrats?|Lib\s+Dems?|LibDems?|Greens?|Plaid\s+Cymru|SNP|UKIP|Reform\s+UK|DUP|UUP|SDLP|Sinn\s+F[eé]in|Fianna\s+F[aá]il|Fine\s+Gael|Social\s+Democrats)`;

/**
 * A title opening with a party: up to two words where the branch is (a people's adjective, "Welsh", kept as
 * the branch's name; a place, "South Gloucestershire", dropped), the party ("Green Party"), a possessive, the party's
 * "group" on a council (part of the body: "Lib Dem group"), then the title, or nothing more ("Liberal Democrat Carl Minns").
 */
const PARTY_TITLE = new RegExp(
  String.raw`^(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2}?)(${PARTY}(?:\s+Party)?(?:['’]s?)?(?:\s+group\b)?)(?:\s+(?=\S)|\s*$)`,
  'u',
);

/**
 * A party named as a body by its plural, which no title opens with ("The Tories said", "the Liberal Democrats warned"),
 * unlike "Tory promises", "a Conservative budget" or "Plaid Cymru leader", where the party qualifies another noun.
 */
export const PARTY_AS_BODY = /(?<![\p{L}\p{N}'’-])(?:Conservatives|Tories|Liberal\s+Democrats|Lib\s+Dems|LibDems|Greens|Social\s+Democrats)(?![\p{L}\p{N}'’-])/gu;

/** Whether a party is named by that plural ("Tories urge ‘further savings’"), not by the adjective a member is given ("Liberal Democrat Carl Minns"). */
const PARTY_PLURAL = new RegExp(String.raw`^${PARTY_AS_BODY.source}$`, 'u');
export const isPartyPlural = (party: string): boolean => PARTY_PLURAL.test(party);

export interface PartyTitle {
  party: string;
  /** Where the title after the party starts, in the phrase. */
  titleStart: number;
}

/** The party opening `phrase` and where the title after it starts (its end when the party is all of it); undefined when no party opens it. */
export function partyOpening(phrase: string): PartyTitle | undefined {
  const m = PARTY_TITLE.exec(phrase);
  if (!m) return undefined;
  const where = (m[1] as string).split(/\s+/).filter((w) => w !== '');
  // Read as one phrase: "South" is a place only in "South Gloucestershire".
  const places = placeWords(where.join(' '));
  if (!where.every((w) => isDemonym(w) || places.has(w))) return undefined;
  const branch = where.filter((w) => isDemonym(w));
  const party = (m[2] as string).replace(/['’]s?$/, '').replace(/\s+/g, ' ');
  return { party: [...branch, party].join(' '), titleStart: m[0].length };
}

/** The short forms council reports give a councillor's party in brackets ("LD", "Con", "Lab", "Ind", "L"). */
const PARTY_ABBREVIATION = String.raw`(?:Con|Lab|LD|Lib\s+Dem|Ind|Grn)`;
/** One letter stands for a party only before the ward ("(L, Rodborough)"): alone, "(L)" is a caption's "left". */
const PARTY_LETTER = String.raw`(?:C|L|G)`;

/**
 * "Councillor Jeremy Hilton (LD, Kingsholm and Wotton)", "Carole Allaway-Martin (Con, Coleford)": the bracket right after
 * a councillor's name gives their party, then their ward.
 */
const PARTY_ASIDE = new RegExp(String.raw`^[ \t]*\((?:(${PARTY}|${PARTY_ABBREVIATION})(?:,[^()\n]*)?|(${PARTY_LETTER}),[^()\n]+)\)`, 'u');

/** The party a bracket opening `after` (the text right after a name) gives, as written; undefined when none does. */
export function partyAside(after: string): string | undefined {
  const m = PARTY_ASIDE.exec(after);
  return m ? (m[1] ?? m[2] as string).replace(/\s+/g, ' ') : undefined;
}
