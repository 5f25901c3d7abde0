// Reads a speaker's role and organisation from the words around their name:
//   after it:  "Matthew Taylor, chief executive of the NHS Confederation, said"
//   before it: "NHS Providers chief executive Chris Hopson said",
//              "the deputy chief executive of NHS Providers, Saffron Cordery, said",
//              "The British Medical Association's council chair Dr Chaand Nagpaul warned".
// A phrase is a role only if it contains a role noun (lib/capture/attribution-cues.ts),
// which keeps "Responding to the publication of the white paper" out of it.
import { NAME_CONNECTORS, ROLE_NOUNS } from './attribution-cues';
import type { Mention } from './known-mentions';

export interface SpeakerDescription {
  role?: string;
  organisationName?: string;
  organisationId?: string;
}

/** A role longer than this is a clause, not a title. */
const MAX_ROLE_WORDS = 7;

/** Words that start a clause or a noun phrase and belong to neither role nor organisation. */
const LEADING_FILLER = /^(?:(?:but|and|so|yet|meanwhile|however|the|a|an|its|their|our)\s+)+/i;

function isRole(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter((w) => w !== '');
  return words.length > 0 && words.length <= MAX_ROLE_WORDS && words.some((w) => ROLE_NOUNS.has(w.replace(/[^a-z]/g, '')));
}

function tidy(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').replace(/^[\s,;:]+|[\s,;:]+$/g, '').replace(LEADING_FILLER, '').trim();
}

/** The capitalised name at the start of `phrase` ("the Acme Health Trust charity…" → "Acme Health Trust"). */
function leadingProperName(phrase: string): string | undefined {
  const words = phrase.replace(/^(?:the|The)\s+/, '').split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    const bare = w.replace(/[,;:.]+$/, '');
    if (/^[\p{Lu}&]/u.test(bare) || (kept.length > 0 && NAME_CONNECTORS.has(bare))) kept.push(bare.replace(/['’]s$/, ''));
    else break;
    if (bare !== w || /['’]s$/.test(bare)) break;
  }
  while (kept.length > 0 && NAME_CONNECTORS.has(kept.at(-1) as string)) kept.pop();
  return kept.length > 0 ? kept.join(' ') : undefined;
}

function organisationIn(
  text: string,
  from: number,
  to: number,
  organisations: readonly Mention[],
): Mention | undefined {
  return organisations.find((m) => m.start >= from && m.end <= to);
}

/**
 * "chief executive of the NHS Confederation" → role and organisation; undefined when no
 * role leads it. The role may hold its own "of" ("director of policy at the BMA"): the
 * link used is the first one followed by an organisation's name.
 */
function roleOfOrganisation(
  text: string,
  from: number,
  to: number,
  organisations: readonly Mention[],
): SpeakerDescription | undefined {
  const phrase = text.slice(from, to);
  let roleOnly: SpeakerDescription | undefined;
  for (const link of phrase.matchAll(/\s(?:of|at|for)\s/g)) {
    const role = tidy(phrase.slice(0, link.index));
    if (!isRole(role)) continue;
    const orgFrom = from + link.index + link[0].length;
    const known = organisationIn(text, orgFrom, to, organisations);
    if (known && text.slice(orgFrom, known.start).trim().replace(/^the$/i, '') === '') {
      return { role, organisationName: known.surface.replace(/^[Tt]he\s+/, ''), organisationId: known.id };
    }
    const name = leadingProperName(text.slice(orgFrom, to));
    if (name) return { role, organisationName: name };
    roleOnly ??= { role };
  }
  return roleOnly;
}

/** "NHS Providers chief executive", "shadow health secretary", "Nuffield Trust Chief Executive". */
function organisationThenRole(
  text: string,
  from: number,
  to: number,
  organisations: readonly Mention[],
): SpeakerDescription | undefined {
  const known = organisationIn(text, from, to, organisations);
  if (known) {
    const role = tidy(text.slice(known.end, to).replace(/^['’]s\b/, ''));
    const description: SpeakerDescription = {
      organisationName: known.surface.replace(/^[Tt]he\s+/, ''),
      organisationId: known.id,
    };
    if (isRole(role)) description.role = role;
    return description.role ? description : undefined;
  }
  const words = tidy(text.slice(from, to)).split(/\s+/).filter((w) => w !== '');
  let split = words.length;
  // The role is the trailing run of lower-case or role words; capitalised words before it name the organisation.
  while (split > 0) {
    const w = words[split - 1] as string;
    if (/^\p{Ll}/u.test(w) || ROLE_NOUNS.has(w.toLowerCase())) split--;
    else break;
  }
  const role = words.slice(split).join(' ');
  if (!isRole(role)) return undefined;
  const organisationName = words.slice(0, split).join(' ').replace(/['’]s$/, '');
  return organisationName && /^\p{Lu}/u.test(organisationName) ? { role, organisationName } : { role };
}

/**
 * The role and organisation stated around a name at [nameStart, nameEnd), looking no
 * further back than `clauseStart` and no further on than `clauseEnd` (the speech verb).
 */
export function describeSpeaker(
  text: string,
  clauseStart: number,
  nameStart: number,
  nameEnd: number,
  clauseEnd: number,
  organisations: readonly Mention[],
): SpeakerDescription {
  // After the name: an apposition up to the verb ("…, chief executive of X, said").
  const after = roleOfOrganisation(text, nameEnd, clauseEnd, organisations);
  if (after) return after;
  // Before the name: the phrase since the last comma, or the comma-delimited apposition just before it.
  const before = text.slice(clauseStart, nameStart);
  const trimmedEnd = before.replace(/\s+$/, '');
  let phraseEnd = nameStart;
  let searchIn = before;
  if (trimmedEnd.endsWith(',')) {
    phraseEnd = clauseStart + trimmedEnd.length - 1;
    searchIn = before.slice(0, trimmedEnd.length - 1);
  }
  const phraseStart = clauseStart + searchIn.lastIndexOf(',') + 1;
  const afterBare = tidy(text.slice(nameEnd, clauseEnd));
  const found =
    roleOfOrganisation(text, phraseStart, phraseEnd, organisations) ??
    organisationThenRole(text, phraseStart, phraseEnd, organisations);
  if (found) return found;
  // A bare role after the name without "of" ("Matthew Taylor chief executive said").
  return isRole(afterBare) ? { role: afterBare } : {};
}
