// Finds personal names the corpus does not know, so that a page about new people
// still gets speakers proposed. A name here is two to four capitalised words
// ("Jane Smith", "Mary-Anne O'Neill"), optionally after an honorific ("Dr", "Sir"), or
// an honorific and a surname ("Ms Smith"). Phrases holding an institutional word
// ("Integration White Paper", "Fabian Society") are not names; places do not glue
// to a name ("London Sir David" is "Sir David"), and honours after it are not part
// of it ("Martin Green OBE").
import { BODY_NAME_ENDINGS, DOCUMENT_NAME_ENDINGS, HONORIFICS, NON_PERSON_WORDS, ORGANISATION_WORDS, ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_VERB } from './attribution-cues';
import { type Gender, genderOfFirstName, isOrdinaryWord, opensAsPerson, placeWords } from './name-nlp';
import { Coverage } from './ranges';
import { MONTH_NAMES } from '../text/date-patterns';

export interface NameCandidate {
  name: string;
  start: number;
  end: number;
}

/** A capitalised word, allowing Mc/Mac/O' prefixes, apostrophes and hyphenated parts. */
const NAME_WORD = String.raw`(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*`;
const HONORIFIC = `(?:${HONORIFICS.map((h) => h.replace(' ', '\\s+')).join('|')})\\.?`;
/** A name word that is not an honorific: a run of plain words stops where an honorific starts a name. */
const PLAIN_WORD = `(?!${HONORIFIC}[ \\t])${NAME_WORD}`;
/**
 * Lowercase particles a surname keeps inside a name ("Rhun ap Iorwerth", "Mabon ap Gwynfor",
 * "Mary-Anne de la Cruz", "Mike van der Berg"): Welsh patronymics and Romance, Dutch, German and
 * Arabic family-name particles. Only between capitalised name words, at most two in a row.
 */
const SURNAME_PARTICLE = String.raw`(?:ap|ab|van|von|der|den|de|la|le|du|da|di|del|della|dos|das|bin|ibn)`;
/** A space and a name word after an honorific or a name word, with any surname particles before it. */
const NEXT_NAME_WORD = (word: string): string => String.raw`(?:[ \t]+${SURNAME_PARTICLE}){0,2}[ \t]+${word}`;
const IS_SURNAME_PARTICLE = new RegExp(`^${SURNAME_PARTICLE}$`);
/** A middle initial after a first name, with or without its full stop ("Maria G Christofi", "John F. Kennedy"); never the pronoun "I". */
const MIDDLE_INITIAL = String.raw`(?:[ \t]+(?!I\b)\p{Lu}\.?(?=[ \t]+\p{Lu}))?`;
/** Honorific + one to three name words, or two to six capitalised words (leading titles are trimmed off). */
const NAME_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${HONORIFIC}\s+(?:${SURNAME_PARTICLE}[ \t]+){0,2}${NAME_WORD}${MIDDLE_INITIAL}(?:${NEXT_NAME_WORD(NAME_WORD)}){0,2}|${PLAIN_WORD}${MIDDLE_INITIAL}(?:${NEXT_NAME_WORD(PLAIN_WORD)}){1,5})(?![\p{L}\p{N}])`,
  'gu',
);
/** A personal name has at most this many words besides honorifics ("Mary-Anne de la Cruz" is four). */
const MAX_NAME_WORDS = 4;
const HONORIFIC_ONLY = new RegExp(`^${HONORIFIC}$`, 'u');
const LEADING_HONORIFICS = new RegExp(`^(?:${HONORIFIC}\\s+)+`, 'u');

const isInstitutional = (word: string): boolean => NON_PERSON_WORDS.has(word) || ORGANISATION_WORDS.has(word);
/** A whole word that is a speech verb, in any case ("Says"). */
const SPEECH_VERB_WORD = new RegExp(`^(?:${SPEECH_VERB.source})$`, 'i');
const isSpeechVerb = (word: string): boolean => SPEECH_VERB_WORD.test(word);
const isTitleWord = (word: string): boolean => ROLE_NOUNS.has(word.toLowerCase()) || ROLE_MODIFIERS.has(word.toLowerCase());

/**
 * The person's name inside a capitalised run, or undefined: leading non-name words
 * and places are dropped ("But Jane Smith", "London Sir David"), the name starts at an
 * honorific inside the run, and a run with an institutional word left in it is not a person.
 */
function personWithin(run: string, runStart: number): NameCandidate | undefined {
  let words = [...run.matchAll(/\S+/g)];
  // A headline's capitalised verb ends the name before it ("…, Says Think Tank", "Jane Smith Warns …").
  const verbAt = words.findIndex((w) => isSpeechVerb(w[0]));
  // "” Says Mark Winstanley": a verb opening the run comes before the name.
  if (verbAt === 0) words = words.slice(1);
  else if (verbAt > 0) words = words.slice(0, verbAt);
  // A title after a name ends it ("Andy Burnham Shadow Health Secretary").
  const titleAt = words.findIndex((w, i) => i >= 2 && isTitleWord(w[0]) && !words.slice(0, i).some((v) => isInstitutional(v[0]) || isTitleWord(v[0])));
  if (titleAt >= 0) words = words.slice(0, titleAt);
  // "Acme Society’s Jane Doe": the name starts after a possessive.
  const possessiveAt = words.findLastIndex((w) => /['’]s$/.test(w[0]));
  if (possessiveAt >= 0 && possessiveAt < words.length - 1) words = words.slice(possessiveAt + 1);
  const honorificAt = words.findIndex((w) => HONORIFIC_ONLY.test(w[0]));
  if (honorificAt > 0) words = words.slice(honorificAt);
  // A capitalised title before a name is not part of it ("Acme Society Chief Executive Jane Doe"): the name starts after the last title word.
  const lastTitle = words.findLastIndex((w) => isTitleWord(w[0]) && /^\p{Lu}/u.test(w[0]) && !HONORIFIC_ONLY.test(w[0]));
  if (lastTitle >= 0 && words.length - lastTitle - 1 >= 2) words = words.slice(lastTitle + 1);
  let first = 0;
  while (first < words.length && isInstitutional((words[first] as RegExpMatchArray)[0])) first++;
  let kept = words.slice(first);
  const places = placeWords(kept.map((w) => w[0]).join(' '));
  while (kept.length > 0 && places.has((kept[0] as RegExpMatchArray)[0]) && !opensPersonsName(kept.map((w) => w[0]))) kept = kept.slice(1);
  // An ordinary word before a name is not part of it ("Royal College of Nursing Pat Cullen" → "Pat Cullen"), nor is an
  // institutional word after one ("Further Education Niall Collins" → "Niall Collins").
  while (kept.length > 2 && (!looksLikeGivenName((kept[0] as RegExpMatchArray)[0]) || isInstitutional((kept[0] as RegExpMatchArray)[0]))) kept = kept.slice(1);
  // "Industrial Relations Albert Murphy": a known given name later in the run starts the name when the run opens no person's name.
  const givenAt = kept.findIndex((w, i) => i > 0 && i <= kept.length - 2 && genderOfFirstName(w[0]) !== undefined);
  if (givenAt > 0 && !opensPersonsName(kept.map((w) => w[0])) && !kept.slice(0, givenAt).some((w) => HONORIFIC_ONLY.test(w[0]))) kept = kept.slice(givenAt);
  // A particle belongs inside a name, never at either end of it.
  while (kept.length > 0 && IS_SURNAME_PARTICLE.test((kept[0] as RegExpMatchArray)[0])) kept = kept.slice(1);
  while (kept.length > 0 && IS_SURNAME_PARTICLE.test((kept.at(-1) as RegExpMatchArray)[0])) kept = kept.slice(0, -1);
  const named = kept.filter((w) => !HONORIFIC_ONLY.test(w[0]));
  const surnameAt = monthAsSurname(named.map((w) => w[0]));
  if (named.length === 0 || named.length > MAX_NAME_WORDS || named.some((w, i) => i !== surnameAt && isInstitutional(w[0].replace(/['’]s$/, '')))) return undefined;
  // "Deputy Speaker", "Assistant Director": a run of title words names an office, not a person.
  if (named.every((w) => isTitleWord(w[0]))) return undefined;
  const lastNamed = (named.at(-1) as RegExpMatchArray)[0];
  if (BODY_NAME_ENDINGS.has(lastNamed) || DOCUMENT_NAME_ENDINGS.has(lastNamed)) return undefined;
  if (named.length < 2 && named.length === kept.length) return undefined;
  if (named.length === kept.length && !looksLikeGivenName((named[0] as RegExpMatchArray)[0])) return undefined;
  if (named.slice(0, -1).some((w) => /['’]$/.test(w[0]))) return undefined;
  const startWord = kept[0] as RegExpMatchArray;
  const lastWord = kept.at(-1) as RegExpMatchArray;
  const start = runStart + (startWord.index ?? 0);
  const end = runStart + (lastWord.index ?? 0) + lastWord[0].length;
  return { name: run.slice(start - runStart, end - runStart), start, end };
}

/** The months: a date's word, but a surname after a given name ("Theresa May"). */
const IS_MONTH = new Set(MONTH_NAMES);

/**
 * Where, among a name's words, a month closing it is a surname: after a given name compromise knows ("Theresa May"),
 * not after other words ("In May", "Wednesday November"). -1 when none is.
 */
function monthAsSurname(named: readonly string[]): number {
  const last = (named.at(-1) ?? '').replace(/['’]s$/, '');
  return named.length >= 2 && IS_MONTH.has(last) && genderOfFirstName(named[0] as string) !== undefined ? named.length - 1 : -1;
}

/**
 * Whether a run's first word opens a person's name, so nothing is dropped from its start: a given name compromise knows
 * ("Dave Woods", though compromise reads the two together as a place, a wood), or one it reads as a person's in the whole
 * run ("Lee Anne West", though "Lee" alone is no given name it knows). "London Sir David" and "Industrial Relations Albert
 * Murphy" open with no such word.
 */
const opensPersonsName = (words: readonly string[]): boolean =>
  words.length >= 2 && (genderOfFirstName(words[0] as string) !== undefined || opensAsPerson(words.join(' ')));

/**
 * Whether a name's first word, with no honorific before it, can be a given name: not an
 * ordinary adjective, plural or determiner ("Young Minds", "Public Affairs", "De La Rue"),
 * unless compromise knows it as a first name. A plural possessive inside a run
 * ("Miners’ Gala") is not part of a person's name either (checked by the caller).
 */
function looksLikeGivenName(word: string): boolean {
  return genderOfFirstName(word) !== undefined || !isOrdinaryWord(word);
}

/** How far before a candidate a body's "Institute for" is looked for: a body word, its link and a short list ("Union of Construction, "). */
const BODY_LINK_LOOKBEHIND = 80;
/**
 * A body's word and the link that continues its name ("Institute for", "Department of the"), with
 * any listed words of that name before the candidate ("Union of Construction, Allied Trades and Technicians").
 */
const BODY_LINK_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?((?:\p{Lu}\p{Ll}+,[ \t]+){0,3})$/u;
/** The last item of a list closing it ("… Allied Trades and Technicians"). */
const LIST_CLOSE_AFTER = /^[ \t]+and[ \t]+\p{Lu}/u;

/**
 * Whether a candidate continues a body's name, so is no person: "the Institute for Fiscal Studies", or
 * an item of a list in that name ("Union of Construction, Allied Trades and Technicians"). A comma
 * with no list after it is an apposition ("Royal College of Nursing, Janet Davies, said").
 */
function continuesBodyName(text: string, candidate: NameCandidate): boolean {
  const link = BODY_LINK_BEFORE.exec(text.slice(Math.max(0, candidate.start - BODY_LINK_LOOKBEHIND), candidate.start));
  if (!link || !ORGANISATION_WORDS.has(link[1] as string)) return false;
  return link[2] === '' || LIST_CLOSE_AFTER.test(text.slice(candidate.end, candidate.end + BODY_LINK_LOOKBEHIND));
}

/** "The Fact File, published in the latest Roof magazine says": a person's bare name takes no article ("the Rev Jane Smith" starts with a title). */
const ARTICLE_BEFORE = /(?<![\p{L}\p{N}])[Tt]he[ \t]+$/u;
const afterArticle = (text: string, candidate: NameCandidate): boolean =>
  ARTICLE_BEFORE.test(text.slice(Math.max(0, candidate.start - 4), candidate.start)) && !LEADING_HONORIFICS.test(candidate.name);

/**
 * "The North Antrim Assembly member said": an article opening a capitalised run governs the whole run, so the
 * name the run ends in is a body's, not a person's, when only plain words were dropped before it and compromise
 * reads no person in it ("Antrim Assembly"). A title or
 * a possessive dropped there makes it a person's after all ("The Health Secretary Sajid Javid", "The BMA's …").
 */
function articleOpensRun(run: string, candidate: NameCandidate, runStart: number): boolean {
  const dropped = run.slice(0, candidate.start - runStart).split(/\s+/).filter(Boolean);
  if (dropped.length < 2 || dropped[0] !== 'The' || LEADING_HONORIFICS.test(candidate.name)) return false;
  if (opensAsPerson(candidate.name)) return false;
  return !dropped.slice(1).some((w) => isTitleWord(w) || HONORIFIC_ONLY.test(w) || /['’]s?$/.test(w));
}

/** Name candidates in text[from, to), skipping any that overlap an excluded range (a known organisation, say). */
export function findNameCandidates(
  text: string,
  from: number,
  to: number,
  excluded: readonly { start: number; end: number }[] = [],
): NameCandidate[] {
  const found: NameCandidate[] = [];
  const region = text.slice(from, to);
  const taken = new Coverage(text.length, excluded);
  for (const m of region.matchAll(NAME_PATTERN)) {
    // A possessive names the person all the same ("Smith's"), but is not part of the name.
    const run = m[0].replace(/['’]s$/, '');
    const candidate = personWithin(run, from + m.index);
    if (!candidate) continue;
    if (taken.overlaps(candidate) || continuesBodyName(text, candidate) || afterArticle(text, candidate) || articleOpensRun(run, candidate, from + m.index)) continue;
    found.push(candidate);
  }
  return found;
}

/** The name as a record holds it: without honorifics ("Professor Nicola Ranger" → "Nicola Ranger"). */
export function canonicalName(name: string): string {
  const bare = name.trim().replace(LEADING_HONORIFICS, '');
  return bare.split(/\s+/).length >= 2 ? bare : name.trim();
}

/** The surname: the last word of a name ("Ms Smith" and "Jane Smith" share "Smith"). */
export function surnameOf(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

/** The first name, when the name has one besides honorifics ("Dr Jane Smith" → "Jane"). */
export function firstNameOf(name: string): string | undefined {
  const words = name.trim().replace(LEADING_HONORIFICS, '').split(/\s+/);
  return words.length >= 2 ? words[0] : undefined;
}

/** The honorific a name starts with, if any ("Ms Smith" → "Ms"). */
export function honorificOf(name: string): string | undefined {
  return LEADING_HONORIFICS.exec(name.trim())?.[0].trim().split(/\s+/)[0]?.replace(/\.$/, '');
}

/** Honorifics that show gender. */
const MALE_HONORIFICS = new Set(['Mr', 'Sir', 'Lord', 'Baron']);
const FEMALE_HONORIFICS = new Set(['Mrs', 'Ms', 'Miss', 'Dame', 'Lady', 'Baroness']);

/**
 * Irish surname particles, which show gender: a woman's surname takes Ní ("daughter of"; often
 * written Ni), Nic or Uí, a man's Ó. They say it where a given name cannot: "Phil Ní Sheaghdha" is
 * a woman though "Phil" is most often a man's name.
 */
const FEMALE_SURNAME_PARTICLES = new Set(['Ní', 'Ni', 'Nic', 'Uí']);
const MALE_SURNAME_PARTICLES = new Set(['Ó']);

/** The gender an Irish particle before the surname shows, if any (never the first word, where "Nic" is a given name). */
function genderOfParticle(name: string): Gender | undefined {
  const words = name.trim().replace(LEADING_HONORIFICS, '').split(/\s+/);
  const particles = words.slice(1, -1);
  if (particles.some((w) => FEMALE_SURNAME_PARTICLES.has(w))) return 'female';
  if (particles.some((w) => MALE_SURNAME_PARTICLES.has(w))) return 'male';
  return undefined;
}

/** The gender a name shows by its honorific, an Irish surname particle or its first name, if any ("Dame Clare Gerada", "Stephen Powis"). */
export function genderOfName(name: string): Gender | undefined {
  const honorific = honorificOf(name);
  if (honorific && MALE_HONORIFICS.has(honorific)) return 'male';
  if (honorific && FEMALE_HONORIFICS.has(honorific)) return 'female';
  const particle = genderOfParticle(name);
  if (particle) return particle;
  const first = firstNameOf(name);
  return first ? genderOfFirstName(first) : undefined;
}

export function isHonorificAndSurname(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length === 2 && HONORIFIC_ONLY.test(words[0] as string);
}

/** Initials of a name without honorifics ("Melanie Wicklen" → "MW"), for Q&A speaker labels. */
export function initialsOf(name: string): string {
  return canonicalName(name)
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}
