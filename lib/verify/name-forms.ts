// The forms a page may name a known person by, for verification (issue 15). News
// copy names people in ways the corpus does not list: a title and the surname ("Dr
// Stokes-Lampard" for Helen Stokes-Lampard), the surname alone once the full name
// was given, a short first name ("Matt Taylor" for Matthew Taylor). Missing them,
// the attribution reader (lib/capture) takes such a quotation for an unknown
// person's and it goes unchecked. Conversely, an alias that names a role ("the
// Health Secretary" for Matt Hancock) names whoever held the role when the page was
// written: on its own it would have a later Health Secretary's words checked as his.
// A role alias therefore counts only on a page that also names the person (as the
// attribution reader already treats titles), or on a page dated in the person's time
// (dated-roles.ts).
// The bare surname is the person on a page naming them in full, or on one that names
// them by surname and names their role ("Hancock pledged …" beside "the Secretary of
// State"): a trade page that never gives the first name still says who they are.
import type { KnownEntity } from '../capture/known-mentions';
import { NON_PERSON_WORDS } from '../capture/attribution-cues';
import { findMentions } from '../capture/known-mentions';
import { genderOfFirstName } from '../capture/name-nlp';
import { firstNameOf, surnameOf } from '../capture/person-names';
import { escapeRegExp } from '../text/escape-reg-exp';
import { paragraphEnd, paragraphStart } from './page-structure';

/** Titles that stand before a bare surname in news copy; "Sir", "Dame" and "Lord" go with a first name ("Sir Simon"). */
const NEUTRAL_TITLES = ['Dr', 'Dr.', 'Prof', 'Prof.', 'Professor', 'Cllr', 'Councillor'];
/** Gendered titles, used only for a person whose first name shows that gender ("Mr Murray", never "Mrs Murray"). */
const GENDERED_TITLES = { male: ['Mr', 'Mr.'], female: ['Ms', 'Ms.', 'Mrs', 'Mrs.', 'Miss'] } as const;

const words = (form: string): string[] => form.toLowerCase().split(/[\s-]+/).filter((w) => w !== '');

/** An alias that holds no word of the person's name is a role they held ("the Health Secretary"), not their name. */
export function isRoleAlias(person: KnownEntity, alias: string): boolean {
  const own = new Set(words(person.name));
  return !words(alias).some((w) => own.has(w));
}

/**
 * First names the corpus itself lists as the same ("Matthew Hancock" an alias of
 * "Matt Hancock"), in both directions: only such pairs are applied to other people,
 * so "Matt Taylor" is Matthew Taylor but no first name is guessed.
 */
export function firstNameVariants(people: readonly KnownEntity[]): Map<string, Set<string>> {
  const variants = new Map<string, Set<string>>();
  const pair = (a: string, b: string) => variants.set(a, (variants.get(a) ?? new Set()).add(b));
  for (const person of people) {
    const first = firstNameOf(person.name);
    for (const alias of person.aliases) {
      const other = firstNameOf(alias);
      if (!first || !other || other === first || surnameOf(alias) !== surnameOf(person.name) || alias.split(/\s+/).length !== person.name.split(/\s+/).length) continue;
      pair(first, other);
      pair(other, first);
    }
  }
  return variants;
}

/** A double-barrelled surname as copy writes it without its hyphen ("Stokes Lampard"); another surname as it is. */
const spacedSurname = (surname: string): string => surname.replace(/-/g, ' ');

/** The forms naming the person whatever else the page says: name, name-holding aliases, first-name variants, title and surname. */
function standingForms(person: KnownEntity, variants: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const first = firstNameOf(person.name);
  const surname = surnameOf(person.name);
  const renamed = first ? [...(variants.get(first) ?? [])].map((v) => `${v}${person.name.slice(first.length)}`) : [];
  const gender = first ? genderOfFirstName(first) : undefined;
  const titles = [...NEUTRAL_TITLES, ...(gender ? GENDERED_TITLES[gender] : [])];
  // A double-barrelled surname is written with a space too ("Stokes Lampard"), after a title and in every name holding it ("Helen Stokes Lampard").
  const surnames = [surname, spacedSurname(surname)];
  const titled = first ? titles.flatMap((t) => surnames.map((s) => `${t} ${s}`)) : [];
  const aliases = person.aliases.filter((a) => !isRoleAlias(person, a));
  const named = [person.name, ...aliases, ...renamed];
  const spaced = surname.includes('-') ? named.map((f) => f.replace(surname, spacedSurname(surname))) : [];
  return [...new Set([...aliases, ...renamed, ...spaced, ...titled])].filter((f) => f !== person.name);
}

/**
 * A portfolio after a role's title, which copy drops once it has said it: "Secretary of
 * State for Health and Social Care" is "the Secretary of State".
 */
const PORTFOLIO = /\s+for\s.*$/su;

/** The corpus's record of a person: a KnownEntity with the titles of the roles they held. */
export interface PersonRecord extends KnownEntity {
  roles?: readonly { title: string }[];
}

/**
 * A known person with the forms naming them on any page (aliases), their role aliases,
 * which need the page to name them, and a pattern for the words naming their roles
 * (role aliases, role titles with and without the portfolio, in any case), which make
 * their bare surname theirs; undefined when they have none.
 */
export interface NamedPerson extends KnownEntity {
  roleAliases: string[];
  rolePattern: RegExp | undefined;
}

/** Known people with the forms that name them on any page. Built once per change of the people table (known-names.ts). */
export function withNameForms(people: readonly PersonRecord[]): NamedPerson[] {
  const variants = firstNameVariants(people);
  return people.map((p) => {
    // A title with its portfolio ("Secretary of State for Health and Social Care") names one office, as a role alias does.
    const offices = (p.roles ?? []).map((r) => r.title).filter((t) => PORTFOLIO.test(t));
    const roleAliases = [...new Set([...p.aliases.filter((a) => isRoleAlias(p, a)), ...offices])];
    const titles = (p.roles ?? []).flatMap((r) => [r.title, r.title.replace(PORTFOLIO, '')]);
    return { id: p.id, name: p.name, aliases: standingForms(p, variants), roleAliases, rolePattern: rolePattern([...roleAliases, ...titles]) };
  });
}

/** One pattern for role names, in any case and on word edges ("chief executive", "the Secretary of State"); undefined for none. */
function rolePattern(roles: readonly string[]): RegExp | undefined {
  const names = [...new Set(roles.map((r) => r.replace(/^the\s+/i, '').trim()).filter((r) => r !== ''))];
  if (names.length === 0) return undefined;
  const alternatives = names.map((r) => escapeRegExp(r).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives})(?![\p{L}\p{N}])`, 'iu');
}

/**
 * Honours that British copy puts before a first name alone once the full name is given
 * ("Dr Dame Jennifer Dixon … Dame Jennifer told the PA news agency"), by the first
 * name's gender where it shows one.
 */
const FIRST_NAME_HONOURS = { male: ['Sir'], female: ['Dame'] } as const;

/** "Sir Simon", "Dame Jennifer": the person's first name after an honour of its gender (both when the name shows none). */
function honouredForms(name: string): string[] {
  const first = firstNameOf(name);
  if (!first) return [];
  const gender = genderOfFirstName(first);
  const honours = gender ? FIRST_NAME_HONOURS[gender] : [...FIRST_NAME_HONOURS.male, ...FIRST_NAME_HONOURS.female];
  return honours.map((h) => `${h} ${first}`);
}

/**
 * A capitalised word right before a surname, on its line and not ending a sentence: another person's
 * first name ("Andy Murray"), unless it is the person's own ("… Tony Blair.¶Stevens’s first story" is not)
 * or a word capture knows is no one's name ("But Hancock agreed").
 */
const WORD_BEFORE = /(\p{Lu}[\p{L}'’-]*)[ \t]+$/u;

/** Whether the page puts the first name before a surname other than `surname` ("Jennifer Smith" beside Jennifer Dixon). */
function givenToOthers(text: string, first: string, surname: string): boolean {
  // A possessive or an apostrophe ends the word read ("Dixon’s", "O’Brien" as "O"): only a word the surname does not start with is another's.
  return [...text.matchAll(new RegExp(String.raw`\b${escapeRegExp(first)}\s+(\p{Lu}[\p{L}-]*)`, 'gu'))].some((m) => !surname.startsWith(m[1] as string));
}

/** Whether the page puts another capitalised word than the person's own first names right before their surname ("Andy Murray"). */
function surnameGivenToOthers(text: string, person: KnownEntity): boolean {
  const own = new Set([person.name, ...person.aliases].flatMap((f) => f.split(/\s+/).slice(0, -1)));
  return findMentions(text, [{ id: person.id, name: surnameOf(person.name), aliases: [] }]).some((m) => {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
    // A capitalised word that is never a first name ("But Hancock agreed", "When Hancock …") gives the surname to nobody.
    return before !== undefined && !own.has(before) && !NON_PERSON_WORDS.has(before);
  });
}

/** People whose surname no other known person has (and who have a first name): the surname alone may name them. */
export function ownSurnames(people: readonly NamedPerson[]): NamedPerson[] {
  const holders = new Map<string, number>();
  for (const p of people) holders.set(surnameOf(p.name), (holders.get(surnameOf(p.name)) ?? 0) + 1);
  return people.filter((p) => holders.get(surnameOf(p.name)) === 1 && firstNameOf(p.name) !== undefined);
}

/**
 * Of `candidates` (from ownSurnames), those the page names by surname with one of their
 * roles in the same paragraph ("the Secretary of State outlined his vision … Hancock
 * pledged"), never after someone else's first name. The paragraph, not the page: a long
 * page has a "chief executive" somewhere, and it is rarely the one a bare "Hopson" is.
 */
export function namedBySurnameAndRole(candidates: readonly NamedPerson[], text: string): string[] {
  const mentions = findMentions(text, candidates.map((p) => ({ id: p.id, name: surnameOf(p.name), aliases: [] })));
  const paragraphOf = (at: number) => text.slice(paragraphStart(text, at), paragraphEnd(text, at));
  return candidates
    .filter((p) => mentions.some((m) => m.id === p.id && p.rolePattern?.test(paragraphOf(m.start)) === true) && !surnameGivenToOthers(text, p))
    .map((p) => p.id);
}

/**
 * The people to read `text` with: `people` (from withNameForms) with the role aliases
 * of those the page names, their first name after an honour ("Dame Jennifer"), and
 * their bare surname, so "Stokes-Lampard said" counts wherever it stands (a headline
 * before the full name, too). A person the page never names in full is named by a
 * surname no other known person has when the page names their role too ("Hancock"
 * and "the Secretary of State"). No surname when two people the page names share it,
 * nor when the page has it after someone else's first name ("Andy Murray").
 * `roleHolders` (dated-roles.ts) are named by a role alias on a page of their time.
 * `bySurname` is ownSurnames(people), which known-names.ts keeps with `people`.
 */
export function peopleForPage(
  people: readonly NamedPerson[],
  text: string,
  roleHolders: ReadonlySet<string> = new Set(),
  bySurname: readonly NamedPerson[] = ownSurnames(people),
): KnownEntity[] {
  const inFull = new Set([...findMentions(text, people).map((m) => m.id), ...roleHolders]);
  const named = new Set([...inFull, ...namedBySurnameAndRole(bySurname.filter((p) => !inFull.has(p.id)), text)]);
  const surnameCount = new Map<string, number>();
  const firstNameCount = new Map<string, number>();
  for (const p of people) {
    if (!named.has(p.id)) continue;
    surnameCount.set(surnameOf(p.name), (surnameCount.get(surnameOf(p.name)) ?? 0) + 1);
    const first = firstNameOf(p.name);
    if (first) firstNameCount.set(first, (firstNameCount.get(first) ?? 0) + 1);
  }
  return people.map(({ id, name, aliases, roleAliases }) => {
    if (!named.has(id)) return { id, name, aliases };
    const surname = surnameOf(name);
    const bySurname = surnameCount.get(surname) === 1 && firstNameOf(name) !== undefined && !surnameGivenToOthers(text, { id, name, aliases });
    // Not when someone else the page names shares the first name ("Dame Jennifer Smith" too).
    const first = firstNameOf(name);
    const byHonour = first !== undefined && firstNameCount.get(first) === 1 && !givenToOthers(text, first, surname);
    const surnames = bySurname ? [...new Set([surname, spacedSurname(surname)])] : [];
    return { id, name, aliases: [...aliases, ...roleAliases, ...surnames, ...(byHonour ? honouredForms(name) : [])] };
  });
}
