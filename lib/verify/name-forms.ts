// The forms a page may name a known person by, for verification (issue 15). News
// copy names people in ways the corpus does not list: a title and the surname ("Dr
// Stokes-Lampard" for Helen Stokes-Lampard), the surname alone once the full name
// was given, a short first name ("Matt Taylor" for Matthew Taylor). Missing them,
// the attribution reader (lib/capture) takes such a quotation for an unknown
// person's and it goes unchecked. Conversely, an alias that names a role ("the
// Health Secretary" for Matt Hancock) names whoever held the role when the page was
// written, and verification does not know that date (the page's text is all it
// has): on its own it would have a later Health Secretary's words checked as his.
// A role alias therefore counts only on a page that also names the person (as the
// attribution reader already treats titles), and never makes a page "name someone".
import type { KnownEntity } from '../capture/known-mentions';
import { findMentions } from '../capture/known-mentions';
import { genderOfFirstName } from '../capture/name-nlp';
import { firstNameOf, surnameOf } from '../capture/person-names';

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

/** The forms naming the person whatever else the page says: name, name-holding aliases, first-name variants, title and surname. */
function standingForms(person: KnownEntity, variants: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const first = firstNameOf(person.name);
  const surname = surnameOf(person.name);
  const renamed = first ? [...(variants.get(first) ?? [])].map((v) => `${v}${person.name.slice(first.length)}`) : [];
  const gender = first ? genderOfFirstName(first) : undefined;
  const titles = [...NEUTRAL_TITLES, ...(gender ? GENDERED_TITLES[gender] : [])];
  // A double-barrelled surname is written with a space too ("Stokes Lampard").
  const surnames = surname.includes('-') ? [surname, surname.replace(/-/g, ' ')] : [surname];
  const titled = first ? titles.flatMap((t) => surnames.map((s) => `${t} ${s}`)) : [];
  const aliases = person.aliases.filter((a) => !isRoleAlias(person, a));
  return [...new Set([...aliases, ...renamed, ...titled])].filter((f) => f !== person.name);
}

/** A known person with the forms naming them on any page (aliases), and their role aliases, which need the page to name them. */
export interface NamedPerson extends KnownEntity {
  roleAliases: string[];
}

/** Known people with the forms that name them on any page. Built once per change of the people table (known-names.ts). */
export function withNameForms(people: readonly KnownEntity[]): NamedPerson[] {
  const variants = firstNameVariants(people);
  return people.map((p) => ({ id: p.id, name: p.name, aliases: standingForms(p, variants), roleAliases: p.aliases.filter((a) => isRoleAlias(p, a)) }));
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
 * first name ("Andy Murray"), unless it is the person's own ("… Tony Blair.¶Stevens’s first story" is not).
 */
const WORD_BEFORE = /(\p{Lu}[\p{L}'’-]*)[ \t]+$/u;

/** Whether the page puts the first name before a surname other than `surname` ("Jennifer Smith" beside Jennifer Dixon). */
function givenToOthers(text: string, first: string, surname: string): boolean {
  const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A possessive or an apostrophe ends the word read ("Dixon’s", "O’Brien" as "O"): only a word the surname does not start with is another's.
  return [...text.matchAll(new RegExp(String.raw`\b${escaped}\s+(\p{Lu}[\p{L}-]*)`, 'gu'))].some((m) => !surname.startsWith(m[1] as string));
}

/**
 * The people to read `text` with: `people` (from withNameForms) with the role aliases
 * of those the page names, their first name after an honour ("Dame Jennifer"), and
 * the bare surname of those it names in full, so
 * "Stokes-Lampard said" counts wherever it stands (a headline before the full name,
 * too). No surname when two people the page names share it, nor when the page has it
 * after someone else's first name ("Andy Murray").
 */
export function peopleForPage(people: readonly NamedPerson[], text: string): KnownEntity[] {
  const named = new Set(findMentions(text, people).map((m) => m.id));
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
    const own = new Set([name, ...aliases].flatMap((f) => f.split(/\s+/).slice(0, -1)));
    const elsewhere = findMentions(text, [{ id, name: surname, aliases: [] }]).some((m) => {
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
      return before !== undefined && !own.has(before);
    });
    const bySurname = surnameCount.get(surname) === 1 && firstNameOf(name) !== undefined && !elsewhere;
    // Not when someone else the page names shares the first name ("Dame Jennifer Smith" too).
    const first = firstNameOf(name);
    const byHonour = first !== undefined && firstNameCount.get(first) === 1 && !givenToOthers(text, first, surname);
    return { id, name, aliases: [...aliases, ...roleAliases, ...(bySurname ? [surname] : []), ...(byHonour ? honouredForms(name) : [])] };
  });
}
