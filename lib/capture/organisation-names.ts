// Finds organisations the corpus does not know, so a speaker's organisation and an
// organisation speaking for itself ("ADASS has warned") can be proposed on any page.
// Two shapes: an acronym ("ADASS", "RCN", "CQC"), and a capitalised phrase holding an
// institutional word ("Fabian Society", "Care England", "Association of Directors of
// Adult Social Services"). An acronym the page defines in brackets ("The Association
// of Directors of Adult Social Services (ADASS)") is expanded to that full name.
import { BARE_GENERIC_BODY, NAME_CONNECTORS, NON_ORGANISATION_ACRONYMS, NON_PERSON_WORDS, ORGANISATION_WORDS, ROLE_MODIFIERS, ROLE_NOUNS } from './attribution-cues';
import { genderOfFirstName, isAdverb, isDemonym, isFunctionWord, isKnownSurname, isOrdinaryWord, isPluralNoun, placeWords } from './name-nlp';
import { isCommonNounOnPage } from './common-noun-names';
import type { Mention } from './known-mentions';
import { PARTY_AS_BODY } from './party-names';
import { findNameCandidates } from './person-names';
import { Coverage } from './ranges';

/** Mentions of unknown organisations carry this id prefix; they have no record yet. */
export const UNKNOWN_ORGANISATION = 'unknown:';

const ACRONYM = /(?<![\p{L}\p{N}&])\p{Lu}[\p{Lu}&]{1,6}(?![\p{L}\p{N}&])/gu;
/** Kinds of body a page names an organisation by. */
const BODY_KIND = String.raw`(?:charity|union|think[ \t]+tank|campaign[ \t]+group|pressure[ \t]+group|watchdog|regulator)`;
/**
 * A capitalised name, then "is a …" or ", the …" and a kind of body: "Shelter is a campaigning charity", "Mind, the mental health charity";
 * not when the kind of body goes on to a name of its own ("… working in the UK, the trade union Unison has said": that name is the body).
 */
const NAMED_AS_BODY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}&-]*(?:[ \t]+\p{Lu}[\p{L}&-]*){0,3})(?:[ \t]+is|,)[ \t]+(?:a|an|the)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3}${BODY_KIND}(?![\p{L}'’])(?![ \t]+\p{Lu})`,
  'gu',
);
/** A kind of body in lower case, then its name: "the trade union Unison", "homelessness charity Crisis". */
const BODY_THEN_NAME = new RegExp(String.raw`(?<![\p{L}'’-])${BODY_KIND}[ \t]+(\p{Lu}[\p{L}&-]*(?:[ \t]+\p{Lu}[\p{L}&-]*){0,3})(?![\p{L}'’&-])`, 'gu');
/**
 * One capitalised word whose possessive holds an organisation's office: "Unison’s head of health Sara Gorton",
 * "Mencap’s chief executive". Not after another capitalised word ("Care England’s" is a run of its own).
 */
const OFFICE_POSSESSIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’&-])(?<!\p{Lu}[\p{L}'’-]*[ \t])(\p{Lu}[\p{L}&-]+)['’]s[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:chief[ \t]+executive|general[ \t]+secretary|head|director|chair|chairman|chairwoman|president|spokesperson|spokesman|spokeswoman|ceo)(?![\p{L}])`,
  'giu',
);
/**
 * One capitalised word, a lower-case title and a person's name: "Unison regional organiser Steve Belcher", "Unison branch
 * secretary Micheál Duffy". The word is whom the title is held at, a body the page may name alone elsewhere ("Unison said",
 * "Unison’s Neil Guild said"). Not after another capitalised word ("County Tory leader"): that run is read as a whole.
 */
const BODY_BEFORE_TITLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’&-])(?<!\p{Lu}[\p{L}'’-]*[ \t])(\p{Lu}\p{Ll}[\p{L}&-]*)[ \t]+((?:\p{Ll}[\p{Ll}-]*[ \t]+){0,3}?(?:${[...ROLE_NOUNS].join('|')}))[ \t]+(?=\p{Lu})`,
  'gu',
);
/**
 * One capitalised word opening its clause as the subject of a speech verb: "Unison said that it was taking the step",
 * "Ofgem said that …", "…, Adass said councils will fail …". English names a person alone by a surname the
 * page gives a first name or a title elsewhere ("Hobby said" after "Russell Hobby"); a word the page never gives either, and
 * that is no first name, surname ("Peters said he …"), place or ordinary word, speaking on its own is a body.
 */
const SPEAKS_ALONE = /(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*|,[ \t]+)(\p{Lu}\p{Ll}[\p{L}-]+)[ \t]+(?:(?:has|have|had|also|today|yesterday)[ \t]+)*(?:said|says|warned|warns|added|argued|claimed|urged)(?![\p{L}])/gu;
/**
 * A government named for the country it governs: "the Scottish Executive", "Welsh Government", "UK Government",
 * "Northern Ireland Executive". Its last word is no institutional word elsewhere ("Chief Executive", "Local Government").
 */
const COUNTRY_AND_GOVERNMENT = String.raw`((?:\p{Lu}[\p{L}-]*[ \t]+){1,2})(?:Government|Executive)`;
const GOVERNMENT_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}'’&-])${COUNTRY_AND_GOVERNMENT}(?![\p{L}\p{N}&-])`, 'gu');
const GOVERNMENT_NAME_WHOLE = new RegExp(`^${COUNTRY_AND_GOVERNMENT}$`, 'u');

/** Whether `name` is a government named for its country: every word before "Government" or "Executive" a place or a demonym. */
export function isGovernmentName(name: string): boolean {
  const m = GOVERNMENT_NAME_WHOLE.exec(name);
  const country = m?.[1]?.trim();
  if (!country) return false;
  const places = placeWords(country);
  return country.split(/[ \t]+/).every((w) => places.has(w) || isDemonym(w));
}

/** Whether a person's name starts at `index`. */
const nameStartsAt = (text: string, index: number): boolean => findNameCandidates(text, index, index + 60)[0]?.start === index;

/** The same, starting where a word stands. */
const BODY_BEFORE_TITLE_HERE = new RegExp(`^(?:${BODY_BEFORE_TITLE.source})`, 'u');
/** A bare secretary or minister after a capitalised word holds a portfolio ("Health secretary Wes Streeting"), not an office at a body. */
const PORTFOLIO_ONLY = /^(?:secretary|minister|chancellor)$/;

const CAPITALISED_RUN = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’&-]*)(?:[ \t]+(?:(?:of|and|for|the|on|&)[ \t]+)*\p{Lu}[\p{L}'’&-]*)*/gu;
const DEFINITION = /((?:The |the )?\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:of|and|for|the|on|&|\p{Lu}[\p{L}'’-]*))+)[ \t]*\((\p{Lu}[\p{Lu}&]{1,6})\)/gu;

/**
 * Whether a bracketed acronym spells the initials of the lower-case words right before it: "intensive
 * care unit (ICU)" abbreviates a term, not an organisation's name (those are capitalised).
 */
export function abbreviatesTermBefore(before: string, acronym: string): boolean {
  const words = before.trimEnd().split(/\s+/).slice(-acronym.length);
  return words.length === acronym.length && words.every((w) => /^\p{Ll}/u.test(w)) && words.map((w) => w[0]).join('') === acronym.toLowerCase();
}

/** Acronyms the page defines: "Royal College of Nursing (RCN)" → RCN ↦ Royal College of Nursing. */
export function acronymDefinitions(text: string): Map<string, string> {
  const defined = new Map<string, string>();
  for (const m of text.matchAll(DEFINITION)) {
    const acronym = m[2] as string;
    const words = (m[1] as string).replace(/^the\s+/i, '').split(/\s+/);
    // Keep the trailing words whose initials spell the acronym ("… by the Royal College of Nursing (RCN)").
    for (let i = 0; i < words.length; i++) {
      if (NAME_CONNECTORS.has(words[i] as string)) continue;
      const tail = words.slice(i);
      const initials = tail.filter((w) => !NAME_CONNECTORS.has(w)).map((w) => w[0]).join('');
      if (initials === acronym) {
        // "the Teachers’ Union of Ireland’s (TUI) annual congress": the possessive is the sentence's, not part of the name.
        defined.set(acronym, tail.join(' ').replace(/['’]s$/, ''));
        break;
      }
    }
  }
  return defined;
}

function trimConnectors(words: string[]): string[] {
  let a = 0;
  let b = words.length;
  while (a < b && NAME_CONNECTORS.has((words[a] as string).toLowerCase())) a++;
  while (b > a && NAME_CONNECTORS.has((words[b - 1] as string).toLowerCase())) b--;
  return words.slice(a, b);
}

/** A capitalised role word ("Chair", "Chief", "Director"), not a possessive ("Commissioner's Office"). */
const isRoleWord = (word: string): boolean => ROLE_NOUNS.has(word.toLowerCase()) && /^\p{Lu}/u.test(word);

/**
 * A role inside a capitalised run is not part of an organisation's name: "Royal College of
 * Nursing Chief Nurse" names the Royal College of Nursing, "RCN Chair of Council" names no
 * organisation but the RCN, "Nuffield Trust Deputy Director of Research" the Nuffield Trust.
 * The words before a secretary or minister are a portfolio ("Health and Social Care Secretary").
 */
function withoutRoleWords(run: { index: number; text: string }): { index: number; text: string }[] {
  const parts: { index: number; text: string }[] = [];
  let partStart = 0;
  for (const word of run.text.matchAll(/\S+/g)) {
    // "National Association of Head Teachers": a role word before a plural noun names whom the body gathers, not an office.
    const next = /^[ \t]+(\S+)/.exec(run.text.slice(word.index + word[0].length))?.[1];
    if (!isRoleWord(word[0]) || (next !== undefined && isPluralNoun(next))) continue;
    const before = run.text.slice(partStart, word.index).trim();
    if (before !== '' && !/^(?:secretary|minister)$/i.test(word[0])) parts.push({ index: run.index + partStart, text: before });
    partStart = word.index + word[0].length;
  }
  const rest = run.text.slice(partStart);
  const restStart = partStart + (rest.length - rest.trimStart().length);
  if (rest.trim() !== '') parts.push({ index: run.index + restStart, text: rest.trim() });
  return parts;
}

/** "Jane Doe of the Acme Society": a person's name before "of" is who belongs to the organisation, not part of its name. */
function withoutLeadingPerson(run: { index: number; text: string }): { index: number; text: string } {
  const link = /[ \t]+of[ \t]+/.exec(run.text);
  if (!link) return run;
  const before = run.text.slice(0, link.index);
  const person = findNameCandidates(before, 0, before.length)[0];
  if (!person || person.start !== 0 || person.end !== before.length) return run;
  const cut = link.index + link[0].length;
  return { index: run.index + cut, text: run.text.slice(cut) };
}

/** A connector ending the words before a name: the name goes on through it. */
const JOINED_BY_CONNECTOR = /[ \t](?:and|&|of|for)[ \t]+$/;

/** "Royal College of Nursing Pat Cullen": a person's name ending the run is who speaks, not part of the organisation's name. */
function withoutTrailingPerson(run: { index: number; text: string }): { index: number; text: string } {
  const person = findNameCandidates(run.text, 0, run.text.length).at(-1);
  if (!person || person.end !== run.text.length || person.start === 0 || person.name.split(/\s+/).length < 2) return run;
  // "Association of Police and Crime Commissioners": words the name joins with "and" are part of it, not someone after it.
  if (JOINED_BY_CONNECTOR.test(run.text.slice(0, person.start))) return run;
  return { index: run.index, text: run.text.slice(0, person.start).trimEnd() };
}

/**
 * A newspaper's drop capital: a paragraph opening with words in capitals ("CARE home bosses have warned",
 * "THE GMB union has joined", "AN ENERGY firm is facing") one of which the page writes elsewhere only in
 * ordinary case is the house style, not an acronym. A real acronym in those words ("ADASS lays out …", the
 * GMB) the page writes in capitals again.
 */
function isDropCapital(text: string, index: number, word: string): boolean {
  if (!/^[ \t]*[“"‘']?(?:\p{Lu}+[ \t]+)*$/u.test(text.slice(text.lastIndexOf('\n', index - 1) + 1, index))) return false;
  const elsewhere = [...text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${word}(?![\p{L}\p{N}])`, 'giu'))].filter((m) => m.index !== index);
  return elsewhere.length > 0 && elsewhere.every((m) => m[0] !== word);
}

/**
 * A word in capitals next to a word in capitals longer than any acronym ("BREAKING NEWS: East Sussex …") is a phrase set
 * in capitals, a label or a shouted headline, not an acronym.
 */
const CAPITALS_WORD_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}{8,}[ \t]+$/u;
const CAPITALS_WORD_AFTER = /^[ \t]+\p{Lu}{8,}(?![\p{L}\p{N}])/u;
const inCapitalsPhrase = (text: string, index: number, word: string): boolean =>
  CAPITALS_WORD_BEFORE.test(text.slice(Math.max(0, index - 40), index)) || CAPITALS_WORD_AFTER.test(text.slice(index + word.length, index + word.length + 40));

/** Words that open a sentence by linking it to the one before: never the first word of an organisation's name. */
const SENTENCE_CONNECTIVES = new Set(['But', 'And', 'So', 'Yet', 'Or', 'While', 'Meanwhile', 'However', 'Now', 'Also', 'Then']);

/** Whether `index` opens a sentence: the text's start, a paragraph's, or after a full stop, question or exclamation mark. */
const atSentenceStart = (text: string, index: number): boolean => /^[ \t]*$/.test(text.slice(0, index)) || /[.!?\n]["”’']?[ \t]*$/.test(text.slice(Math.max(0, index - 4), index));

/** One capitalised word and a comma, with no capitalised word before it but "The": "Bournemouth, " in "The Bournemouth, Dorset and Poole …". */
const LIST_HEAD = /(?<![\p{L}'’-])(?<!(?<![\p{L}])(?!The[ \t])\p{Lu}[\p{L}'’-]*[ \t]+)\p{Lu}[\p{L}-]+,[ \t]+$/u;

/**
 * An organisation named for a list of places opens with the list's first place, which the comma keeps out of the
 * capitalised run: "Barking, Havering and Redbridge University Hospitals Trust", "The Bournemouth, Dorset and
 * Poole Care Providers Federation". Only where the run opens with two places joined by "and".
 */
function listedFirstPlace(text: string, start: number, surface: string): string | undefined {
  if (!/^\p{Lu}[\p{L}-]+[ \t]+and[ \t]+\p{Lu}/u.test(surface)) return undefined;
  return LIST_HEAD.exec(text.slice(Math.max(0, start - 60), start))?.[0];
}

/** Whether the page never writes `name` after another capitalised word (a first name or a title: "Russell Hobby", "Mr Hobby"). */
function neverNamedAfterCapital(text: string, name: string): boolean {
  return !new RegExp(String.raw`\p{Lu}[\p{L}'’-]*[ \t]+${name}(?![\p{L}])`, 'u').test(text);
}

/** Unknown organisations named in the text, outside the ranges already taken (known mentions, people). */
export function findOrganisationCandidates(text: string, taken: readonly { start: number; end: number }[]): Mention[] {
  const found: Mention[] = [];
  const coverage = new Coverage(text.length, taken);
  const free = (start: number, end: number) => !coverage.overlaps({ start, end });
  const add = (m: Mention) => {
    coverage.mark(m);
    found.push(m);
  };
  const defined = acronymDefinitions(text);
  // "Canadian Federation of Nurses Unions (CFNU)": a name the page spells out for its acronym is whole, even where its last words could be
  // a person's or a title's ("National Association of Head Teachers (NAHT)").
  const spelledOutNames = [...new Set(defined.values())].filter((name) => name.split(/\s+/).length >= 2);
  const endsSpelledOut = (run: string) => spelledOutNames.some((name) => run.endsWith(name));
  const runs = [...text.matchAll(CAPITALISED_RUN)].flatMap((m) => {
    // "HealthWatch England and the Care Quality Commission" names two organisations.
    const parts: { index: number; text: string }[] = [];
    let offset = 0;
    for (const part of m[0].split(/([ \t]+and[ \t]+the[ \t]+)/)) {
      const run = { index: m.index + offset, text: part };
      if (!/^[ \t]+and[ \t]+the[ \t]+$/.test(part)) parts.push(...(endsSpelledOut(part) ? [run] : withoutRoleWords(run)));
      offset += part.length;
    }
    return parts;
  });
  for (const run of runs) {
    // Checked again on the parts role words split off: "… Nurses Unions (CFNU)" may end a part, not the run.
    const m = endsSpelledOut(run.text) ? run : withoutTrailingPerson(withoutLeadingPerson(run));
    const words = trimConnectors(m.text.replace(/['’]s$/, '').split(/[ \t]+/));
    // An organisation's name ends in its institutional word ("Fabian Society") or leads with it ("College of Nursing").
    const institutional = ORGANISATION_WORDS.has(words.at(-1) as string) || words.some((w, i) => ORGANISATION_WORDS.has(w) && words[i + 1] === 'of');
    if (words.length < 2 || !institutional) continue;
    // "The" at a sentence start is not part of the name, nor is a capitalised word before "the" ("While the Irish Nurses …"):
    // inside a name "the" follows a connector ("Academy of the Medical Royal Colleges").
    const article = words.findIndex((w, i) => /^the$/i.test(w) && (i === 0 || !NAME_CONNECTORS.has(words[i - 1] as string)));
    const afterArticle = article >= 0 && article <= 1 ? article + 1 : 0;
    // "But National Party leader Simon Bridges says", "Shockingly NHS England has said": a connective or an adverb opening the sentence
    // is not part of the name either.
    const opener = words[0] as string;
    const leading = afterArticle === 0 && (SENTENCE_CONNECTIVES.has(opener) || isAdverb(opener)) && atSentenceStart(text, m.index) ? 1 : afterArticle;
    const surface = words.slice(leading).join(' ');
    const listed = listedFirstPlace(text, m.index + m.text.indexOf(surface), surface);
    const named = listed ? `${listed}${surface}` : surface;
    const start = m.index + m.text.indexOf(surface) - (listed?.length ?? 0);
    const end = start + named.length;
    if (named.split(' ').length >= 2 && free(start, end)) add({ id: `${UNKNOWN_ORGANISATION}${named}`, surface: named, start, end });
  }
  // "Shelter is a campaigning charity", "Mind, the mental health charity,": a name the page says is a body is an organisation wherever it stands.
  // "the trade union Unison": a name the page introduces by its kind of body is one too, unless it is a title or a person ("union General Secretary …").
  const introduced = [...text.matchAll(BODY_THEN_NAME)]
    .map((m) => m[1] as string)
    .filter((name) => !name.split(/\s+/).some(isRoleWord) && findNameCandidates(name, 0, name.length).length === 0);
  // "Unison’s head of health": a single word the page never gives a first name or a place (a surname, "Scotland’s") holds an office as a body.
  const holdsOffice = [...text.matchAll(OFFICE_POSSESSIVE)]
    .map((m) => m[1] as string)
    .filter((name) => /^\p{Lu}/u.test(name) && !NON_PERSON_WORDS.has(name) && !placeWords(name).has(name))
    .filter((name) => neverNamedAfterCapital(text, name));
  // Each distinct word once: the check for a first name or title before it reads the whole page.
  const speaksAlone = [...new Set([...text.matchAll(SPEAKS_ALONE)].map((m) => m[1] as string))]
    .filter((name) => !NON_PERSON_WORDS.has(name) && !isOrdinaryWord(name) && !isPluralNoun(name) && genderOfFirstName(name) === undefined && !isKnownSurname(name) && !placeWords(name).has(name))
    .filter((name) => !BARE_GENERIC_BODY.test(name) && neverNamedAfterCapital(text, name));
  for (const name of new Set([...[...text.matchAll(NAMED_AS_BODY)].map((m) => m[1] as string), ...introduced, ...holdsOffice, ...speaksAlone])) {
    // "AgeUK Cambridgeshire and Peterborough" after "The charity AgeUK": the name opening a longer one is not it.
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${name}(?![\p{L}\p{N}])(?![ \t]+\p{Lu})`, 'gu'))) {
      if (free(m.index, m.index + name.length)) add({ id: `${UNKNOWN_ORGANISATION}${name}`, surface: name, start: m.index, end: m.index + name.length });
    }
  }
  // "Unison branch secretary Micheál Duffy" … "Unison’s Neil Guild said": a body holding a title before a name is one where it stands so
  // (read where a name follows, not everywhere: a headline's "Adass warn" may be a person's words).
  const holdsTitle = new Set(
    [...text.matchAll(BODY_BEFORE_TITLE)]
      .filter((m) => !PORTFOLIO_ONLY.test(m[2] as string) && nameStartsAt(text, m.index + m[0].length))
      .map((m) => m[1] as string)
      .filter((name) => !NON_PERSON_WORDS.has(name) && !SENTENCE_CONNECTIVES.has(name) && !ROLE_MODIFIERS.has(name.toLowerCase()))
      .filter((name) => !isOrdinaryWord(name) && !isPluralNoun(name) && !placeWords(name).has(name) && !BARE_GENERIC_BODY.test(name))
      // "Practice manager Pam Ilnyckyj" on a page about "practice closures", "Welsh chairman Jeff Mapps": a common noun opening its
      // sentence, or a demonym, is part of the title.
      .filter((name) => !isCommonNounOnPage(text, name) && !isDemonym(name)),
  );
  for (const name of holdsTitle) {
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}'’&-])${name}(?=['’]s[ \t]+\p{Lu}|[ \t]+\p{Ll})`, 'gu'))) {
      const after = m.index + name.length;
      const possessive = /^['’]s[ \t]+/.exec(text.slice(after, after + 3))?.[0].length;
      const holder = possessive !== undefined ? nameStartsAt(text, after + possessive) : BODY_BEFORE_TITLE_HERE.test(text.slice(m.index, after + 80));
      if (holder && free(m.index, after)) add({ id: `${UNKNOWN_ORGANISATION}${name}`, surface: name, start: m.index, end: after });
    }
  }
  // "The Tories said", a headline's "Lib Dems brand … “deceptive”": a party named by its plural with an article, or opening the page's
  // headline (which drops articles), is a body though it holds no institutional word; a cross-head's "Tories urge ‘further savings’"
  // sums up the councillor quoted below it.
  const pageStart = text.length - text.trimStart().length;
  for (const m of text.matchAll(PARTY_AS_BODY)) {
    const name = m[0].replace(/\s+/g, ' ');
    const named = m.index === pageStart || /(?<![\p{L}])the[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 4), m.index));
    if (named && free(m.index, m.index + m[0].length)) add({ id: `${UNKNOWN_ORGANISATION}${name}`, surface: m[0], start: m.index, end: m.index + m[0].length });
  }
  // "The Scottish Executive has come under attack": a government named for its country is an organisation wherever it stands.
  for (const m of text.matchAll(GOVERNMENT_NAME)) {
    const name = m[0].replace(/^(?:The|A)[ \t]+/, '');
    const start = m.index + m[0].length - name.length;
    if (isGovernmentName(name) && free(start, start + name.length)) add({ id: `${UNKNOWN_ORGANISATION}${name}`, surface: name, start, end: start + name.length });
  }
  for (const m of text.matchAll(ACRONYM)) {
    const acronym = m[0];
    // A function word in capitals ("AN ENERGY firm is facing …", a newspaper's opening words) is lettering, not an acronym.
    if (NON_ORGANISATION_ACRONYMS.has(acronym) || isFunctionWord(acronym) || !free(m.index, m.index + acronym.length) || isDropCapital(text, m.index, acronym) || inCapitalsPhrase(text, m.index, acronym)) continue;
    if (text[m.index - 1] === '(' && abbreviatesTermBefore(text.slice(Math.max(0, m.index - 200), m.index - 1), acronym)) continue;
    add({ id: `${UNKNOWN_ORGANISATION}${defined.get(acronym) ?? acronym}`, surface: acronym, start: m.index, end: m.index + acronym.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The name an unknown organisation mention stands for (the page's full name for an acronym it defines). */
export function unknownOrganisationName(mention: Mention): string | undefined {
  return mention.id.startsWith(UNKNOWN_ORGANISATION) ? mention.id.slice(UNKNOWN_ORGANISATION.length) : undefined;
}
