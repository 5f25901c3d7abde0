// An office worn as part of how a person is named: "Councillor Jeremy Hilton (LD, Kingsholm and Wotton) said",
// "Alan Whitehead MP has said". News and council releases often give a councillor or a member of a parliament no
// other title; the worn office is then their role. (speaker-description.ts skips post-nominals as honours, and
// person-names.ts keeps "Councillor" as part of the name, so neither reads it as a title.)
import { HONOURS, SEAT_LETTERS } from './attribution-cues';

/**
 * Honorifics that are an office: "Cllr" and "Coun" abbreviate "Councillor" ("Coun Terry Geraghty said", the house style
 * of some regional papers). The role is the honorific as the page writes it, as any role is the page's wording.
 * attribution.ts reads a councillor's council with the same honorifics.
 */
export const COUNCILLOR_HONORIFIC = String.raw`(?:Councillor|Cllr|Coun)\.?`;
const OFFICE_HONORIFIC = new RegExp(String.raw`(?<![\p{L}])(${COUNCILLOR_HONORIFIC})\s+$`, 'u');
const OFFICE_HONORIFIC_OPENING = new RegExp(String.raw`^(${COUNCILLOR_HONORIFIC})\s`, 'u');

/** Post-nominal letters that name a seat in a parliament or assembly, after any honours ("Jane Doe OBE MP"). */
const OFFICE_AFTER_NAME = new RegExp(String.raw`^(?:\s+(?:${HONOURS.join('|')}))*\s+(${SEAT_LETTERS.join('|')})(?![\p{L}\p{N}])`, 'u');

/** How far before a name an office honorific is looked for ("Councillor " plus spacing). */
const HONORIFIC_REACH = 16;

/** The office worn with the name at [start, end) of `text`, if any. */
export function officeWornWithName(text: string, start: number, end: number): string | undefined {
  const honorific = OFFICE_HONORIFIC_OPENING.exec(text.slice(start, end)) ?? OFFICE_HONORIFIC.exec(text.slice(Math.max(0, start - HONORIFIC_REACH), start));
  if (honorific) return (honorific[1] as string).replace(/\.$/, '');
  return OFFICE_AFTER_NAME.exec(text.slice(end, end + HONORIFIC_REACH))?.[1];
}
