// Proposes who said what on a page the corpus does not know: finds each quotation
// (double or single marks) and reads its attribution from the surrounding sentence, so
// the analyst confirms or corrects speakers, roles and organisations instead of typing
// them. Patterns:
//   X, chief executive of Y, said: "…"      Y chief executive X said: "…"
//   "…", said X   /   "…", X said  /  "…," according to Y   /   MW: "…" (Q&A initials)
//   She said: "…" / He added: "…"  (the last person named, of her or his gender where known)
//   "…," McAnea said / Dr Meldrum said       (a surname or title for someone named earlier)
//   The ADASS president urged / the Health Secretary told (a title for someone named earlier)
//   X said the proposals were "keen to …"   (a fragment inside reported speech)
//   The department said "…" / It says "…"   (an organisation speaking without a person)
//   rated “inadequate” by Ofsted            (a quoted inspection grade: the inspectorate's verdict)
// A quotation with no attribution of its own continues the previous speaker when
// nobody else is named in between (the next paragraph, across page furniture), and a
// headline or summary repeating an attributed quotation takes its speaker.
// Every proposal carries a confidence, highest for an explicit "Name said:". A hard-wrapped
// page (a plain-text release) is read with its sentences joined across lines (wrapped-lines.ts).
import {
  AUXILIARY_WORDS,
  COORDINATED_NEXT,
  NAMING_CUE,
  ORGANISATION_OFFICE,
  PERSON_PRONOUN,
  POLITICAL_OFFICE,
  POST_NOMINALS,
  REPORTING_WORDS,
  ROLE_NOUNS,
  SPEECH_VERB,
  SUBJECT_FOLLOWS,
  TRAILING_AUXILIARIES,
} from './attribution-cues';
import { type Author, proposeAuthorQuotes } from './author-voice';
import { opensBodyNameOnPage } from './body-name-openings';
import { type InspectorateMention, findInspectorates, isInspectionGrade } from './inspection-grades';
import { type RepeatIndex, repeatIndex, wordPairs } from './repeat-index';
import { type KnownEntity, type Mention, findMentions } from './known-mentions';
import { type Gender, genderOfFirstName, isDemonym, isKnownSurname, isPluralNoun } from './name-nlp';
import { UNKNOWN_ORGANISATION, findOrganisationCandidates, isGovernmentName, unknownOrganisationName } from './organisation-names';
import { lowercaseWords, namedByPageCommonNoun } from './common-noun-names';
import { canonicalName, findNameCandidates, firstNameOf, genderOfName, initialsOf, isHonorificAndSurname, surnameOf } from './person-names';
import { type Site, publisherOrganisation } from './publisher-organisation';
import { type QuotationSpan, findQuotationSpans } from './quotation-spans';
import { Coverage, firstStartingAt, insideAny, rangesWithin } from './ranges';
import { MAX_GENERIC_BODY_GAP, type SpeakerDescription, describeSpeaker, genericBodyBefore, namedWith } from './speaker-description';
import { isHardWrapped, isWrappedBreak, unwrapLines } from './wrapped-lines';
import { COUNCILLOR_HONORIFIC, officeWornWithName } from './worn-title';
import { DAY_PATTERN, MONTH_PATTERN } from '../text/date-patterns';

export interface ProposedQuote {
  /** Exactly text.slice(start, end): the quoted words without their enclosing marks. */
  text: string;
  start: number;
  end: number;
  speakerName?: string;
  personId?: string;
  role?: string;
  organisationName?: string;
  organisationId?: string;
  /** 0–1: how sure the parser is of the attribution (not of the stance). */
  confidence: number;
}

export interface KnownEntities {
  people: KnownEntity[];
  organisations: KnownEntity[];
}

/**
 * Confidence by how the speaker was found, most explicit first. The values order the
 * proposals for review; they are not calibrated probabilities. Verification reads them
 * (lib/verify) to know which claims it may re-read.
 */
export const ATTRIBUTION_CONFIDENCE = {
  /** A name then a speech verb in the quote's own sentence. */
  namedBefore: 0.9,
  /** A name in a trailing "…", said X. */
  namedAfter: 0.85,
  /** He/She, a surname or "The Labour MP" standing for the last person named. */
  pronoun: 0.75,
  /** An organisation speaking ("the department said"). */
  organisation: 0.7,
  /**
   * A body ("a motion", "delegates") credited to the organisation the page last named:
   * a guess from position, so below what verification needs to call words misattributed.
   */
  body: 0.5,
  /** A name unknown to the corpus: a capitalised run could be something else. */
  unknownNamePenalty: 0.1,
  /** The same words attributed elsewhere on the page (a headline repeating the body). */
  repeated: 0.6,
  /** A quotation naming nobody continues the previous speaker. */
  continuation: 0.5,
  /** Someone named in the sentence with no speech verb ("… are to be set out by X today"). */
  sameSentence: 0.45,
  /** Nobody found. */
  none: 0.15,
} as const;

/** How far back a trailing attribution's verb may stand from the closing mark ("…", the minister later said). */
const MAX_TRAILING_GAP = 60;
/**
 * How far back the verb may stand when only a comma and one unpunctuated phrase come between it and the closing mark
 * ("“ENOUGH is enough”, the Chairman of the Police Federation of England and Wales has told the Government"): a long
 * description is the subject, not a clause of its own with another subject.
 */
const MAX_DESCRIBED_TRAILING_GAP = 120;
/** The closing mark, a comma, then one phrase with no punctuation: a trailing subject however long its description. */
const DESCRIBED_TRAILING_SUBJECT = /^[”"’']?\s*,\s*[^,.;:!?“”"‘’()]+$/u;
/** A quotation this many characters after the previous one no longer continues it. */
const MAX_CONTINUATION_GAP = 1500;
/** How far from a title the person holding it may be named (before or, in a lede, after it). */
const MAX_CATAPHORA_GAP = 400;
/** A fragment of this many words or fewer with nobody to attribute it to is a scare quote or a title, not a quote. */
const MAX_FRAGMENT_WORDS = 4;

/** Words between a subject and its verb that keep it the subject ("X has also said", "X today warned"). */
const AUXILIARIES = new RegExp(String.raw`^(?:(?:${AUXILIARY_WORDS}|first|once|earlier|this week|last week|in a statement|on \w+day)\s*)*$`, 'i');
/** Generic nouns standing for the body the page named before ("the union", "the charity"). */
const GENERIC_BODY_NOUNS = String.raw`(?:union|charity|organisation|association|college|council|think tank|body)`;
/** "It says", "the report states": an organisation speaking through a pronoun or its document. */
const ORGANISATION_PRONOUN = new RegExp(
  String.raw`\b(?:[Ii]t|[Tt]he (?:report|paper|statement|briefing|document|${GENERIC_BODY_NOUNS}))(?:\s+(?:has|have|had|also|today|yesterday|previously|recently|again))*\s*,?\s*$`,
);
/** A phrase set off by a comma before a sentence's subject, if any ("In its submission, the union says"). */
const SET_OFF_PHRASE = String.raw`(?:[^,;:“”"‘’]{0,60},\s*)?`;
/** A generic noun for a body at a subject's start, after a phrase set off by a comma ("In its submission, the union says"). */
const GENERIC_NOUN_AT = new RegExp(String.raw`^${SET_OFF_PHRASE}the\s+(${GENERIC_BODY_NOUNS})(?![\p{L}'’])`, 'iu');
/** "…, according to the union.": a generic noun for a body after the verb, as its subject. */
const GENERIC_BODY_AFTER = new RegExp(String.raw`^\s*,?\s*the\s+${GENERIC_BODY_NOUNS}(?![\p{L}'’])`, 'u');
/**
 * "The Labour MP", "the ADASS president", "the chief executive of NHS Providers", "An acute
 * trust chief executive", "One relieved care worker", "its chief executive", "the PM’s official
 * spokesperson": a description holding a role noun (an apostrophe in it only as a possessive's).
 */
const ROLE_DESCRIPTION = /\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Ii]ts|[Tt]heir)\s+((?:[^,.;:!?“”"‘’]|(?<=\p{L})['’]s\b){1,80}?)\s*,?\s*$/u;
/** "its chief executive and general secretary warned": a title the organisation just named gives its holder, as definite as "the". */
const POSSESSIVE_DETERMINER = /^(?:its|their)$/;
/**
 * "Health Secretary says nurses’ pay demands ‘neither reasonable nor affordable’": a headline
 * drops the article, so a line opening with a short title is a definite description.
 */
const HEADLINE_TITLE = /(?<=^|\n)((?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*)\s*$/u;
/** Descriptions that stand for a source the page does not name ("the source added"). */
const ANONYMOUS_HEADS = new Set(['source', 'spokesman', 'spokeswoman', 'spokesperson', 'insider', 'official']);
/** A title's last word, in lower case: the noun that says what its holder is ('spokeswoman' in 'Shelter spokeswoman'). */
const headOf = (role: string | undefined): string => (role ?? '').split(' ').at(-1)?.toLowerCase() ?? '';
/** "A think tank has said", "a charity warned": an organisation the sentence does not name ("the union" is the one named before). */
const ANONYMOUS_ORGANISATION_HEADS = new Set(['tank', 'charity', 'union', 'watchdog', 'regulator', 'organisation', 'lobby']);
/** "a motion was passed calling on …", "delegates voted": a body of the organisation the page last named, speaking for it. */
const BODY_HEADS = new Set(['motion', 'motions', 'representatives', 'delegates', 'meeting', 'conference', 'congress']);
/**
 * "the two organisations warn", "the unions said": plural generic nouns for bodies which, with "the", stand for the bodies the page named before;
 * so do their leaders speaking together ("The union leaders wrote", "The sector leaders warned": the heads of the bodies just named).
 */
const NAMED_BODIES = /(?<![\p{L}'’-])[Tt]he\s+(?:\p{Ll}+\s+)?(?:organisations|unions|charities|leaders)\s*$/u;
/**
 * "health professionals warned", "Campaigners said", "Opposition MSPs said", "The groups said": the
 * subject before the verb is a plural common noun (compromise's tags), a group the sentence does not name.
 */
const GROUP_SUBJECT = /(?<![\p{L}'’-])(\p{L}+)(?:\s+(?:have|had|also))*\s*$/u;
const anonymousGroup = (region: string): RegExpExecArray | undefined => {
  const m = GROUP_SUBJECT.exec(region);
  return m && isPluralNoun(m[1] as string) ? m : undefined;
};
/**
 * "All eight state and territory health ministers wrote to Hunt on September 30 calling for …
 * “crisis funding”, warning that …": a participle's subject is the clause's, the group before its
 * first speech verb.
 */
function groupBeforeFirstVerb(region: string): RegExpExecArray | undefined {
  const first = [...region.matchAll(SPEECH_VERB)][0];
  return first ? anonymousGroup(region.slice(0, first.index)) : undefined;
}
/** A name right after these is who was spoken to, not who spoke ("told Times Radio"). */
const AUDIENCE_BEFORE = /\b(?:told|tells|telling)\s+$/;

interface Speaker extends SpeakerDescription {
  speakerName?: string;
  personId?: string;
}

interface PersonRef {
  start: number;
  end: number;
  speaker: Speaker;
}

interface Attribution {
  speaker: Speaker;
  confidence: number;
}

interface Context {
  text: string;
  spans: QuotationSpan[];
  people: Mention[];
  /** Known people's title aliases ("the Health Secretary") on a page that never names them: titles, not people. */
  titles: Mention[];
  /** Known organisations, then the unknown ones the page names. */
  organisations: Mention[];
  knownPeople: Map<string, KnownEntity>;
  knownOrganisations: Map<string, KnownEntity>;
  /** Every person named outside quotations, in text order, for pronouns, surnames and titles. */
  personRefs: PersonRef[];
  /** What the text said about each speaker's role and organisation, by speaker key. */
  described: Map<string, SpeakerDescription>;
  /** Titles naming nobody that introduce the next person named, by that person's key (collectLedeTitles). */
  ledeTitles: Map<string, SpeakerDescription>;
  /** An office only one person holds, written without a name, by the key of the person the page names beside it (collectOfficeHolders). */
  officeHolders: Map<string, string>;
  /** Speakers whose remembered title is a description given before the page named them, which a title beside their name replaces. */
  describedBeforeNamed: Set<string>;
  /** What the whole page says of each speaker, by speaker key (pageDescription). */
  pageDescribed: Map<string, SpeakerDescription>;
  genders: Map<string, Gender>;
  /** Where the page names a grading inspectorate, found at the first quoted grade (inspectorateGrade). */
  inspectorates?: InspectorateMention[];
  /** Every quotation span's squashed words and their repeat index, made at the first short quotation checked (quotesAQuotation). */
  spanWords?: { words: string[]; index: RepeatIndex };
}

function insideQuotation(spans: readonly QuotationSpan[], start: number, end: number): boolean {
  return insideAny(spans, start, end);
}

/** Where the sentence holding `index` starts: after a line break or a sentence end outside quotations. */
function sentenceStart(ctx: Context, index: number): number {
  const { text } = ctx;
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i] as string;
    if (ch === '\n' && !isWrappedBreak(text, i)) return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? ' ') && !insideQuotation(ctx.spans, i, i + 1)) {
      if (abbreviationEnds(text, i)) continue;
      return i + 1;
    }
  }
  return 0;
}

/** Where the sentence holding `index` ends (exclusive). */
function sentenceEnd(ctx: Context, index: number): number {
  const { text } = ctx;
  for (let i = index; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n' && !isWrappedBreak(text, i)) return i;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? ' ') && !insideQuotation(ctx.spans, i, i + 1) && !abbreviationEnds(text, i)) {
      return i + 1;
    }
  }
  return text.length;
}

/**
 * Whether the full stop at `dot` ends an abbreviation rather than a sentence: "Dr.", "Mr.", or an
 * initial before a capitalised word ("L.A. City Council President Herb Wesson", "John F. Kennedy").
 */
function abbreviationEnds(text: string, dot: number): boolean {
  if (/\b(?:Dr|Mr|Mrs|Ms|Prof|St|Sr|Jr|No)$/.test(text.slice(Math.max(0, dot - 4), dot))) return true;
  return /(?:^|[\s.(])\p{Lu}$/u.test(text.slice(Math.max(0, dot - 2), dot)) && /^ \p{Lu}/u.test(text.slice(dot + 1, dot + 3));
}

function speakerKey(s: Speaker): string | undefined {
  return s.personId ?? s.speakerName?.toLowerCase();
}

function withoutEmpty(d: SpeakerDescription): SpeakerDescription {
  return Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined && v !== '')) as SpeakerDescription;
}

/** A name that holds a word of the person's own name ("Mr Hancock"), unlike a title alias ("the Health Secretary"). */
function namesThePerson(surface: string, person: KnownEntity): boolean {
  const nameWords = new Set(person.name.split(/\s+/).map((w) => w.toLowerCase()));
  return surface.split(/\s+/).some((w) => nameWords.has(w.toLowerCase()));
}

/** Splits known-person mentions into names and titles; a title counts only on a page that names its holder. */
function splitTitleMentions(ctx: Context): void {
  const named = new Set(ctx.people.filter((m) => namesThePerson(m.surface, ctx.knownPeople.get(m.id) as KnownEntity)).map((m) => m.id));
  ctx.titles = ctx.people.filter((m) => !named.has(m.id));
  ctx.people = ctx.people.filter((m) => named.has(m.id));
}

function knownSpeaker(ctx: Context, m: Mention): Speaker {
  const known = ctx.knownPeople.get(m.id);
  return { speakerName: known?.name ?? m.surface, personId: m.id };
}

/** The earlier ref a surname, "Ms Smith" or Q&A initials stand for. */
function earlierRef(ctx: Context, before: number, matches: (name: string) => boolean): PersonRef | undefined {
  for (let i = firstStartingAt(ctx.personRefs, before) - 1; i >= 0; i--) {
    const ref = ctx.personRefs[i] as PersonRef;
    if (ref.speaker.speakerName && matches(ref.speaker.speakerName)) return ref;
  }
  return undefined;
}

/**
 * A pronoun soon after a name, before anyone else is named, shows the person's gender ("Dr Davis … she said"); one
 * inside a quotation is the speaker's talk of someone else ("asked Pat Cullen: “Why do you think he won't …?”").
 */
function genderFromPage(ctx: Context, ref: PersonRef, next: PersonRef | undefined): Gender | undefined {
  const until = Math.min(sentenceEnd(ctx, ref.end), next?.start ?? ctx.text.length);
  const pronoun = /\b(?:he|his|him|she|her|hers)\b/i.exec(outsideQuotations(ctx, ref.end, until));
  if (!pronoun) return undefined;
  return /^(?:he|his|him)$/i.test(pronoun[0]) ? 'male' : 'female';
}

function addRef(refs: PersonRef[], taken: Coverage, ref: PersonRef, ctx: Context): void {
  if (insideQuotation(ctx.spans, ref.start, ref.end) || AUDIENCE_BEFORE.test(ctx.text.slice(Math.max(0, ref.start - 10), ref.start))) return;
  if (taken.overlaps(ref)) return;
  taken.mark(ref);
  refs.push(ref);
}

/** A word with each doubled letter written once ("Morrison" and "Morisson" → "morison"), to match a misspelt surname. */
const withoutDoubledLetters = (word: string): string => word.toLowerCase().replace(/(\p{L})\1+/gu, '$1');

/** Whether a speech verb starts at `index` ("Javid vows", "Peters says"). */
const speechVerbAt = (text: string, index: number): boolean => [...text.slice(index, index + 20).matchAll(SPEECH_VERB)][0]?.index === 0;

/** "by Sofia Lind" alone on its line: the page's writer, who reports what others say. */
const BYLINE_BEFORE = /(?:^|\n)[ \t]*[Bb]y[ \t]+$/;

/** "Dan Peters 05 December 2013" on a line of its own: a writer's name, then the day the page was published. */
const DATE_LINE_AFTER = new RegExp(String.raw`^[ \t]*[,|·–-]?[ \t]*(?:${DAY_PATTERN}\s+${MONTH_PATTERN}|${MONTH_PATTERN}\s+${DAY_PATTERN},?)\s+\d{4}[^\n]{0,20}(?:\n|$)`);

function isByline(text: string, name: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, name.start - 20), name.start);
  const alone = BYLINE_BEFORE.test(before) && /^[ \t]*(?:\n|$)/.test(text.slice(name.end));
  const dated = /(?:^|\n)[ \t]*$/.test(before) && DATE_LINE_AFTER.test(text.slice(name.end, name.end + 60));
  return alone || dated;
}

/**
 * "Cllr Leigh Redman (Bridgwater South) Leader of the Labour Group": capitalised words in brackets right after a name are
 * an aside about the person (their ward, seat or party), not another person.
 */
const isBracketedAside = (text: string, name: { start: number; end: number }): boolean =>
  /\p{L}[ \t]*\([ \t]*$/u.test(text.slice(Math.max(0, name.start - 4), name.start)) && /^[ \t]*\)/.test(text.slice(name.end, name.end + 2));

/** A capitalised word with no capitalised word beside it ("Paul said", not "Paul Williams" or "St Paul"). */
const LONE_CAPITALISED_WORD = /(?<![\p{L}\p{N}'’-])(?<!\p{Lu}[\p{L}'’.-]*[ \t])\p{Lu}[\p{Ll}'’-]+(?![\p{L}\p{N}'’-])(?![ \t]+\p{Lu})/gu;

/** Everyone named outside quotations, known or not (not a byline's writer), by full name, surname or initials, in text order. */
function collectPersonRefs(ctx: Context): void {
  const refs: PersonRef[] = [];
  const refCoverage = new Coverage(ctx.text.length);
  for (const m of ctx.people) addRef(refs, refCoverage, { start: m.start, end: m.end, speaker: knownSpeaker(ctx, m) }, ctx);
  const taken = [...ctx.people, ...ctx.titles, ...ctx.organisations];
  const pageLowercase = lowercaseWords(ctx.text);
  for (const c of findNameCandidates(ctx.text, 0, ctx.text.length, taken)) {
    if (isByline(ctx.text, c) || isBracketedAside(ctx.text, c) || namedByPageCommonNoun(c.name, pageLowercase) || opensBodyNameOnPage(c.name, ctx.text)) continue;
    addRef(refs, refCoverage, { start: c.start, end: c.end, speaker: { speakerName: c.name } }, ctx);
  }
  refs.sort((a, b) => a.start - b.start);
  ctx.personRefs = refs;
  // "Ms Smith" after "Jane Smith" is the same person; so is a bare "Smith".
  for (const ref of refs) {
    const name = ref.speaker.speakerName as string;
    if (ref.speaker.personId) continue;
    if (isHonorificAndSurname(name)) {
      const earlier = earlierRef(ctx, ref.start, (n) => surnameOf(n) === surnameOf(name) && !isHonorificAndSurname(n));
      ref.speaker = earlier ? earlier.speaker : { speakerName: name };
    } else {
      // "Councillor Butt Philip" after "Councillor Theo Butt Philip": an honorific before a double surname names the person named in full;
      // "Lee Anne said" after "Lee Anne West’s father": the given names of someone named in full stand for them.
      const bare = canonicalName(name);
      const inFull = bare !== name.trim() ? earlierRef(ctx, ref.start, (n) => n.endsWith(` ${bare}`)) : earlierRef(ctx, ref.start, (n) => n.startsWith(`${bare} `));
      ref.speaker = inFull ? inFull.speaker : { speakerName: bare };
    }
  }
  // A bare surname stands for the last person of that surname named before it (one pass in text order).
  const named = [...refs];
  const latest = new Map<string, Speaker>();
  const byInitials = new Map<string, Speaker>();
  let next = 0;
  const catchUp = (position: number) => {
    for (; next < named.length && (named[next] as PersonRef).start < position; next++) {
      const speaker = (named[next] as PersonRef).speaker;
      const name = speaker.speakerName as string;
      if (!isHonorificAndSurname(name)) latest.set(surnameOf(name), speaker);
      byInitials.set(initialsOf(name), speaker);
    }
  };
  for (const m of ctx.text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}]+)?(?![\p{L}\p{N}-])/gu)) {
    catchUp(m.index);
    const word = m[0].replace(/['’]s$/, '');
    const speaker = latest.get(word);
    if (speaker) addRef(refs, refCoverage, { start: m.index, end: m.index + word.length, speaker }, ctx);
  }
  // "Paul said: “…”" after "Cumbria Police Federation Chair Paul Williams": a given name standing alone is the one person named in full
  // before with that first name (nobody when two people were: the name is then ambiguous).
  const byGivenName = new Map<string, Speaker | null>();
  let nextNamed = 0;
  for (const m of ctx.text.matchAll(LONE_CAPITALISED_WORD)) {
    for (; nextNamed < named.length && (named[nextNamed] as PersonRef).start < m.index; nextNamed++) {
      const speaker = (named[nextNamed] as PersonRef).speaker;
      const given = firstNameOf(speaker.speakerName as string);
      if (!given || isHonorificAndSurname(speaker.speakerName as string) || genderOfFirstName(given) === undefined) continue;
      const seen = byGivenName.get(given);
      byGivenName.set(given, seen === undefined || (seen !== null && speakerKey(seen) === speakerKey(speaker)) ? speaker : null);
    }
    const speaker = byGivenName.get(m[0]);
    if (speaker) addRef(refs, refCoverage, { start: m.index, end: m.index + m[0].length, speaker }, ctx);
  }
  // A headline names by surname someone the article names in full below ("Javid vows …").
  const allSurnames = new Map<string, Speaker>();
  for (const ref of named) if (!isHonorificAndSurname(ref.speaker.speakerName as string)) allSurnames.set(surnameOf(ref.speaker.speakerName as string), ref.speaker);
  for (const m of ctx.text.matchAll(/(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}'’-]+)[ \t]+(?=\p{Ll})/gu)) {
    const speaker = allSurnames.get(m[1] as string);
    if (speaker && speechVerbAt(ctx.text, m.index + m[0].length)) addRef(refs, refCoverage, { start: m.index, end: m.index + (m[1] as string).length, speaker }, ctx);
  }
  // "Peters says, “We offered $500mil …”": a lone surname the page never names in full, opening its sentence right
  // before a speech verb, is a person, when compromise knows the word as a surname (not "Nurses say" or "Whitehall said").
  for (const m of ctx.text.matchAll(/(?<=(?:^|\n|[.!?]\s|[”"’],?\s)\s*)(\p{Lu}[\p{Ll}'’-]+)[ \t]+(?=\p{Ll})/gu)) {
    const word = m[1] as string;
    const end = m.index + word.length;
    if (!speechVerbAt(ctx.text, m.index + m[0].length) || SENTENCE_OPENERS.test(word) || rangesWithin([...ctx.organisations, ...ctx.titles], m.index, end).length > 0) continue;
    // "Prime Minister Scott Morrison said … “…,” Morisson said": a surname misspelt by a doubled letter is the person named.
    const misspelt = [...allSurnames].find(([surname]) => withoutDoubledLetters(surname) === withoutDoubledLetters(word))?.[1];
    if (misspelt || isKnownSurname(word)) addRef(refs, refCoverage, { start: m.index, end, speaker: misspelt ?? { speakerName: word } }, ctx);
  }
  // Q&A pages label answers with the speaker's initials ("MW: “…”").
  next = 0;
  latest.clear();
  byInitials.clear();
  for (const m of ctx.text.matchAll(/(?<=^|\n)[ \t]*(\p{Lu}{2,3}):/gu)) {
    const start = m.index + m[0].indexOf(m[1] as string);
    catchUp(start);
    const speaker = byInitials.get(m[1] as string);
    if (speaker) addRef(refs, refCoverage, { start, end: start + (m[1] as string).length, speaker }, ctx);
  }
  refs.sort((a, b) => a.start - b.start);
  ctx.personRefs = refs;
  refs.forEach((ref, i) => {
    const key = speakerKey(ref.speaker);
    if (!key || ctx.genders.has(key)) return;
    const gender = genderOfName(ctx.text.slice(ref.start, ref.end)) ?? genderOfName(ref.speaker.speakerName ?? '') ?? genderFromPage(ctx, ref, refs[i + 1]);
    if (gender) ctx.genders.set(key, gender);
  });
}

/** People joined as a list: commas between them, "and" before the last (who may carry a title of their own). */
const LIST_OF_PEOPLE = /^[^.;:!?“”"‘’]*,[^.;:!?“”"‘’]*\sand\s[^,.;:!?“”"‘’]*$/;
/** How many people make a list that speaks as a group ("A, B and C wrote"): two are often a quotation's speaker and another. */
const MIN_LISTED_PEOPLE = 3;

/** The first person of a list of at least MIN_LISTED_PEOPLE ending with the subject `c`, in its clause. */
function firstOfList(ctx: Context, c: { start: number }, clauseStart: number): PersonRef | undefined {
  const before = rangesWithin(ctx.personRefs, clauseStart, c.start);
  const first = before.find((r) => LIST_OF_PEOPLE.test(ctx.text.slice(r.end, c.start)) && !isObject(ctx, r));
  if (!first) return undefined;
  const listed = before.filter((r) => r.start >= first.start).length + 1;
  return listed >= MIN_LISTED_PEOPLE ? first : undefined;
}

/**
 * Where the names a title stands before start: "co-chairs Dr A and Dr B said", "Labour MPs John
 * McDonnell and Richard Burgon": the title before the first name describes both.
 */
function coordinatedStart(ctx: Context, ref: { start: number }, clauseStart: number): number {
  const partner = ctx.personRefs.find((r) => r.end <= ref.start && r.start >= clauseStart && /^\s+(?:and|&)\s+$/.test(ctx.text.slice(r.end, ref.start)));
  return partner?.start ?? ref.start;
}

/**
 * Where the words that may describe a person start: after the person named before them in a list
 * ("Minister for Health Nicola Roxon and Minister for Regional Australia Simon Crean": Crean's title
 * starts after "Roxon and"), except a partner the title before both describes (coordinatedStart).
 */
function ownClauseStart(ctx: Context, nameStart: number, clauseStart: number): number {
  const earlier = rangesWithin(ctx.personRefs, clauseStart, nameStart).at(-1);
  return earlier && COORDINATED_NEXT.test(ctx.text.slice(earlier.end, nameStart)) ? earlier.end : clauseStart;
}

/**
 * What the whole page says of a person's role and organisation, field by field from the
 * first mention that states it: a later "Doe said" carries the first full introduction
 * ("Jane Doe, chief executive of X"), and an organisation stated at one mention completes
 * a role stated at another ("college chair Jane Doe" … "Jane Doe, of the RCGP").
 */
function pageDescription(ctx: Context, key: string): SpeakerDescription {
  const cached = ctx.pageDescribed.get(key);
  if (cached) return cached;
  let merged: SpeakerDescription = {};
  for (const ref of ctx.personRefs) {
    if (speakerKey(ref.speaker) !== key) continue;
    const d = describedAt(ctx, ref);
    if (!merged.role && d.role) merged = { ...merged, role: d.role };
    const better = d.organisationName && (!merged.organisationName || (!isNamedOrganisation(ctx, merged) && isNamedOrganisation(ctx, d)));
    if (better) merged = { ...merged, ...withoutEmpty({ organisationName: d.organisationName, organisationId: d.organisationId }) };
    if (merged.role && merged.organisationName && isNamedOrganisation(ctx, merged)) break;
  }
  if (!merged.role || !merged.organisationName) {
    const lede = ctx.ledeTitles.get(key);
    if (lede && !merged.role && !merged.organisationName) merged = lede;
    // "The leader of the Royal College of Nursing (RCN) has called … ¶ union boss Pat Cullen praised": a title given with the name
    // but no organisation keeps the body the lede named.
    else if (lede?.organisationName && !merged.organisationName) merged = { ...merged, ...withoutEmpty({ organisationName: lede.organisationName, organisationId: lede.organisationId }) };
  }
  const office = ctx.officeHolders.get(key);
  if (office && !merged.role) merged = { ...merged, role: office };
  // "Councillor Jeremy Hilton said", "Alan Whitehead MP has said": with no other title, the office worn with the name.
  for (const ref of merged.role ? [] : ctx.personRefs) {
    const worn = speakerKey(ref.speaker) === key ? officeWornWithName(ctx.text, ref.start, ref.end) : undefined;
    if (!worn) continue;
    merged = { ...merged, role: worn };
    break;
  }
  ctx.pageDescribed.set(key, merged);
  return merged;
}

/** What the clause around one mention says of the person's role and organisation. */
function describedAt(ctx: Context, ref: PersonRef): SpeakerDescription {
  // The clause about them ends at their speech verb ("Stephen Chandler, ADASS president said:").
  const end = sentenceEnd(ctx, ref.end);
  const verb = [...ctx.text.slice(ref.end, end).matchAll(SPEECH_VERB)][0];
  const clauseEnd = verb ? ref.end + verb.index : end;
  const sentence = sentenceStart(ctx, ref.start);
  const nameStart = coordinatedStart(ctx, ref, sentence);
  return withoutEmpty(describeSpeaker(ctx.text, ownClauseStart(ctx, nameStart, sentence), nameStart, ref.end, clauseEnd, ctx.organisations));
}

/**
 * "The Prime Minister's proposals to cut immigration … ¶ Sir Keir Starmer said", "Sir Keir Starmer's decision … after the
 * Prime Minister announced": news copy varies a name with an office only one person holds, written with "the" and no name,
 * as a possessive or a subject. Its holder is the person named nearest it whom the page gives no title there.
 */
const SOLE_OFFICE = /\b[Tt]he\s+(Prime\s+Minister|First\s+Minister|Taoiseach|Chancellor)(?![\p{L}-])(?=['’]s\s|\s+(?:(?:has|had|also|then|later)\s+)*(?:said|says|announced|announces|told|tells|claimed|claims|insisted|insists|promised|promises|pledged|pledges|warned|warns)\b)/gu;

function collectOfficeHolders(ctx: Context): void {
  for (const m of ctx.text.matchAll(SOLE_OFFICE)) {
    if (insideQuotation(ctx.spans, m.index, m.index + m[0].length)) continue;
    const near = ctx.personRefs.slice(firstStartingAt(ctx.personRefs, m.index - MAX_CATAPHORA_GAP), firstStartingAt(ctx.personRefs, m.index + MAX_CATAPHORA_GAP + 1));
    const untitled = near.filter((r) => !describedAt(ctx, r).role);
    const nearest = untitled.sort((a, b) => Math.abs(a.start - m.index) - Math.abs(b.start - m.index))[0];
    const key = nearest && speakerKey(nearest.speaker);
    if (key && !ctx.officeHolders.has(key)) ctx.officeHolders.set(key, (m[1] as string).replace(/\s+/g, ' '));
  }
}

/**
 * Whether a description's organisation is one the page names as an organisation (known, an acronym or an
 * institutional name), not only a capitalised phrase read after "at" or "of": "Matt Wrack Acting General
 * Secretary at Durham Miners Gala 2025 BANNER.jpg" above "NASUWT Acting General Secretary Matt Wrack said"
 * is with NASUWT.
 */
function isNamedOrganisation(ctx: Context, d: SpeakerDescription): boolean {
  return !!d.organisationId || ctx.organisations.some((m) => organisationSpeaker(ctx, m).organisationName === d.organisationName);
}

/** How far after a title naming nobody the person holding it may first be named: a lede and the paragraph after it. */
const MAX_LEDE_REACH = 600;
/**
 * A sentence opening with a definite title ("The new Chair of the Royal College of GPs has warned …") or an
 * organisation's ("Unison’s head of health has warned …"), after the "date 2022-12-18" line stored pages open with,
 * or after the words the lede quotes ("“ENOUGH is enough”, the Chairman of the Police Federation … has told the Government").
 */
const LEDE_TITLE = /^(\s*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?|\s*[“"‘][^“”"‘’]+[”"’],\s+(?=the\s))(?:[Tt]he\s|\p{Lu}[\p{L}&-]*['’]s\s)/u;

/**
 * A definite title, with or without its article, making up the rest of the sentence after a verb whose subject follows it:
 * "…, according to the health minister.", "…, according to chair of the Police Federation of England and Wales.".
 */
const CLOSING_TITLE = /^\s*((?:the\s+)?[^,;:“”"‘’]+?)[\s.]*$/i;
/** "according to" ending the words before a subject that follows it. */
const ACCORDING_TO_BEFORE = /\baccording\s+to\s*$/i;

/** A description opening with one of `articles` right before a sentence's speech verb, after the sentence's last comma: its subject. */
const describedSubject = (articles: string): RegExp => new RegExp(String.raw`(?<=^|[\s,])(?:${articles})\s[^,;:“”"‘’]+$`, 'u');
const TITLE_SUBJECT = describedSubject('[Tt]he|[Aa]n?');
/** The same with an indefinite article: someone described and unnamed ("a nurse explained"). */
const UNNAMED_SUBJECT = describedSubject('[Aa]n?|[Oo]ne');

/**
 * A title naming nobody introduces the next person the page names: "The new Chair of the
 * Royal College of GPs has warned … Professor Martin Marshall quotes …". Only a title
 * stating both a role and an organisation, in a sentence naming nobody, counts, or a role
 * alone before the page has named anyone ("The new education secretary has acknowledged …
 * ¶ Damian Hinds told …"); its holder is the next person named as a subject (not "called on
 * … Matt Hancock").
 */
function collectLedeTitles(ctx: Context): void {
  for (let from = 0; from < ctx.text.length; ) {
    const to = sentenceEnd(ctx, from);
    const next = Math.max(to, from + 1);
    const sentence = ctx.text.slice(from, to);
    const lede = LEDE_TITLE.exec(sentence);
    const verb = [...sentence.matchAll(SPEECH_VERB)][0];
    // "The Chancellor of the Exchequer missed an opportunity …, according to the national Federation chair": the title after
    // "according to" is whom the lede quotes, not the sentence's subject.
    const source = verb && SUBJECT_FOLLOWS.test(verb[0]) ? CLOSING_TITLE.exec(sentence.slice(verb.index + verb[0].length)) : null;
    // "Record-breaking NHS waiting lists will go even higher, a Tory health minister has admitted", "It comes as the Chief Executive
    // of Care England also warned that …": a title further into the sentence, as the subject of its speech verb, introduces as the opening one does.
    // Not "the BHT worker told Williams: …": whoever is told is named next, not the title's holder.
    const subject = !lede && !source && verb && !AUDIENCE_BEFORE.test(`${verb[0]} `) ? TITLE_SUBJECT.exec(sentence.slice(0, verb.index)) : null;
    if ((lede || source || subject) && !insideQuotation(ctx.spans, from, to) && rangesWithin(ctx.personRefs, from, to).length === 0) {
      const titleStart = source && verb ? from + verb.index + verb[0].length + (source[0].length - source[0].trimStart().length) : from + (subject?.index ?? lede?.[1]?.length ?? 0);
      const titleEnd = source ? titleStart + (source[1] as string).length : from + (verb?.index ?? sentence.length);
      const d = withoutEmpty(describeDescription(ctx, { start: titleStart, end: titleEnd }));
      const holder = ctx.personRefs.slice(firstStartingAt(ctx.personRefs, to)).find((r) => r.start - to <= MAX_LEDE_REACH && !isObject(ctx, r));
      const key = holder && speakerKey(holder.speaker);
      const namedNobodyBefore = firstStartingAt(ctx.personRefs, from) === 0;
      // "…, an EIS spokesman said": a spokesperson or a source speaks unnamed, and is not the next person named.
      const unnamed = subject && ANONYMOUS_HEADS.has(headOf(d.role));
      if (key && d.role && !unnamed && (d.organisationName || namedNobodyBefore) && !ctx.ledeTitles.has(key)) ctx.ledeTitles.set(key, d);
    }
    from = next;
  }
}

/**
 * A sentence opening with a definite title (after connectives: "However, the education secretary …") right
 * after a sentence whose subject the page named without one ("Jeremy Hunt has admitted … ¶ The health
 * secretary told ITV News …") gives that person the title: news copy names someone, then varies
 * the name with their office. The title names them from then on (pronouns after it), and their
 * quotations carry it (withLaterTitle). A title whose holder the sentence names in apposition ("The
 * general secretary of the NAHT heads’ union, Paul Whiteman, has issued …") is that person's.
 */
function collectVariedTitles(ctx: Context): void {
  for (let from = 0; from < ctx.text.length; ) {
    const to = sentenceEnd(ctx, from);
    const lead = LEADING_CONNECTIVES.exec(ctx.text.slice(from, to))?.[0].length ?? 0;
    const title = OPENING_TITLE.exec(ctx.text.slice(from + lead, to));
    if (title && from > 0) {
      const previousStart = sentenceStart(ctx, ctx.text.slice(0, from).trimEnd().length - 1);
      const subject = rangesWithin(ctx.personRefs, previousStart, from).find((r) => !isObject(ctx, r));
      const key = subject && speakerKey(subject.speaker);
      const start = from + lead;
      const end = start + title[0].length;
      if (subject && key && !ctx.described.has(key) && !pageDescription(ctx, key).role && !namedInApposition(ctx, end, to)) {
        ctx.described.set(key, withoutEmpty(describeDescription(ctx, { start, end })));
        titleNamesHolder(ctx, { start, end }, subject);
      }
    }
    from = Math.max(to, from + 1);
  }
}

/** A title's rest, then its holder's name set off by commas: "The general secretary[ of the NAHT heads’ union, Paul Whiteman,]". */
const TITLE_REST_THEN_NAME = /^[^,.;:“”"]*,\s*$/;

function namedInApposition(ctx: Context, titleEnd: number, sentenceEnd: number): boolean {
  return rangesWithin(ctx.personRefs, titleEnd, sentenceEnd).some(
    (r) => TITLE_REST_THEN_NAME.test(ctx.text.slice(titleEnd, r.start)) && /^\s*,/.test(ctx.text.slice(r.end, sentenceEnd)),
  );
}

/** What the page says of a person's role and organisation: what it said where it gave them a title, completed from the whole page. */
function describedFor(ctx: Context, speaker: Speaker): SpeakerDescription {
  const key = speakerKey(speaker);
  if (!key) return {};
  const remembered = ctx.described.get(key) ?? {};
  const page = pageDescription(ctx, key);
  // An organisation goes with the role it was stated with: a remembered role keeps its own organisation, or none.
  if (remembered.role && remembered.organisationName) return remembered;
  return { ...page, ...remembered };
}

function lastPersonBefore(ctx: Context, index: number, gender?: Gender): PersonRef | undefined {
  for (let i = firstStartingAt(ctx.personRefs, index) - 1; i >= 0; i--) {
    const ref = ctx.personRefs[i] as PersonRef;
    if (ref.end > index || isPlaceOrHolder(ctx, ref)) continue;
    const known = ctx.genders.get(speakerKey(ref.speaker) ?? '');
    if (!gender || !known || known === gender) return ref;
  }
  return undefined;
}

/**
 * "He said:" opening a sentence, or "he added" after a quotation opening it, stands for the
 * subject of the sentence before, the first person it names ("Mr Morris appeared … after Health
 * Secretary Andrew Lansley withheld … He said:" is Mr Morris; "Justin Madders said the comment
 * revealed Hunt was … ¶ “…,” he added." is Madders), when that person's gender fits.
 */
function subjectOfPreviousSentence(ctx: Context, pronounStart: number, gender: Gender): PersonRef | undefined {
  const start = sentenceStart(ctx, pronounStart);
  if (start === 0 || /[\p{L}\p{N}]/u.test(outsideQuotations(ctx, start, pronounStart))) return undefined;
  const previousStart = sentenceStart(ctx, ctx.text.slice(0, start).trimEnd().length - 1);
  const first = rangesWithin(ctx.personRefs, previousStart, start).find((r) => !isObject(ctx, r));
  const known = first && ctx.genders.get(speakerKey(first.speaker) ?? '');
  return first && (!known || known === gender) ? first : undefined;
}

/** Titles that tell their holder's gender, for the pronoun that stands for them. */
const GENDERED_HEADS: ReadonlyMap<string, Gender> = new Map([['spokesman', 'male'], ['chairman', 'male'], ['spokeswoman', 'female'], ['chairwoman', 'female']]);

/**
 * "A spokeswoman for Shelter said the charity had concerns … ¶ She said: “…”", "Speaking on Question Time …, a nurse explained
 * it was crucial … ¶ She said: “…”": "He"/"She" opening a sentence after one that names nobody and whose speech verb's subject
 * is someone described, unnamed, stands for that person: their title is the speaker's, with no name.
 */
function unnamedSubjectOfPreviousSentence(ctx: Context, pronounStart: number, gender: Gender): Attribution | undefined {
  const start = sentenceStart(ctx, pronounStart);
  if (start === 0 || /[\p{L}\p{N}]/u.test(outsideQuotations(ctx, start, pronounStart))) return undefined;
  const previousStart = sentenceStart(ctx, ctx.text.slice(0, start).trimEnd().length - 1);
  if (rangesWithin(ctx.personRefs, previousStart, start).length > 0) return undefined;
  const sentence = ctx.text.slice(previousStart, start);
  const verb = [...sentence.matchAll(SPEECH_VERB)][0];
  const subject = verb ? UNNAMED_SUBJECT.exec(sentence.slice(0, verb.index)) : null;
  if (!verb || !subject) return undefined;
  const stated = withoutEmpty(describeDescription(ctx, { start: previousStart + subject.index, end: previousStart + verb.index }));
  const told = GENDERED_HEADS.get(headOf(stated.role));
  if (!stated.role || (told && told !== gender)) return undefined;
  return { speaker: stated, confidence: ATTRIBUTION_CONFIDENCE.pronoun - ATTRIBUTION_CONFIDENCE.unknownNamePenalty };
}

/** text[from, to) with the quotations in it blanked out. */
function outsideQuotations(ctx: Context, from: number, to: number): string {
  let out = ctx.text.slice(from, to);
  for (const s of ctx.spans) {
    if (s.end <= from || s.start >= to) continue;
    const a = Math.max(s.start, from) - from;
    const b = Math.min(s.end, to) - from;
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

/** A title of up to three words ending in a role noun ("prime minister", "health secretary"). */
const TITLE_WORDS = String.raw`(?:[\p{L}-]+\s+){0,2}?(?:${[...ROLE_NOUNS].join('|')})`;

/** "the prime minister", "The health secretary": a definite title of up to three words. */
const DEFINITE_TITLE = new RegExp(String.raw`\b[Tt]he\s+(${TITLE_WORDS})\b`, 'gu');

/** A definite title opening a sentence ("The health secretary told …", "The First Minister confirmed …": in any case). */
const OPENING_TITLE = new RegExp(String.raw`^[Tt]he\s+${TITLE_WORDS}\b`, 'iu');

/** Connectives a sentence may open with ("However, the education secretary failed to …"), which carry on from the one before. */
const CONNECTIVE_RUN = String.raw`(?:(?:and|but|now|so|yet|then|still|however|also)[\s,]+)+`;
const LEADING_CONNECTIVES = new RegExp(String.raw`^\s*(?:${CONNECTIVE_RUN})?`, 'i');

/** "The prime minister hit back … when he said": on a page that names nobody, "he" is the title named last. */
function titleOnlyBefore(ctx: Context, index: number): Attribution | undefined {
  const before = ctx.text.slice(Math.max(0, index - MAX_CATAPHORA_GAP), index);
  const role = [...before.matchAll(DEFINITE_TITLE)].at(-1)?.[1];
  return role ? { speaker: { role }, confidence: ATTRIBUTION_CONFIDENCE.pronoun - ATTRIBUTION_CONFIDENCE.unknownNamePenalty } : undefined;
}

type Candidate =
  | { kind: 'person'; start: number; end: number; ref: PersonRef }
  | { kind: 'pronoun'; start: number; end: number; gender: Gender }
  | { kind: 'description'; start: number; end: number; head: string; indefinite: boolean }
  | { kind: 'organisation'; start: number; end: number; mention: Mention }
  | { kind: 'organisation-pronoun'; start: number; end: number };

/** Whether the words between a candidate and its verb keep it the verb's subject. */
function isSubjectOf(ctx: Context, c: Candidate, verbStart: number, mayHaveApposition: boolean): boolean {
  const gap = ctx.text
    .slice(c.end, verbStart)
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !POST_NOMINALS.test(w.replace(/,$/, '')))
    .join(' ');
  if (gap === '' || AUXILIARIES.test(gap)) return true;
  // "RCN Chair of Council, Carol Popplestone, said": a name set off by commas after its role.
  if (gap === ',' && /,\s*$/.test(ctx.text.slice(Math.max(0, c.start - 3), c.start))) return true;
  if (!mayHaveApposition) return false;
  // A person's apposition states their role: "X, chief executive of Y, said", "X chief executive of Y said";
  // "X and Health Secretary Y said" names a second person, not X's role.
  const apposition = gap.replace(/^,\s*/, '').split(',')[0] ?? '';
  if (/^(?:and|or|but|nor)\b/i.test(apposition)) return false;
  // "X of the Acme Society said", "X, from Mencap, said": an affiliation.
  if (AFFILIATION.test(apposition)) return !isObject(ctx, c);
  return apposition.split(/\s+/).some((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/[^a-z-]/g, '')));
}

/** An apposition naming only whom a person is with: "of the Acme Society", "from Mencap", "at the LGA", "of the Health Foundation charity". */
const AFFILIATION = /^(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:of|and|for|the|&|\p{Lu}[\p{L}'’&-]*))*(?:\s+\p{Ll}+){0,2}\s*$/u;

/** Before a person, these make them the object of a clause ("called on Health Secretary Matt Hancock", "a speech to the National …"), not its subject. */
const OBJECT_WORDS = String.raw`\b(?:on|to|with|from|by|for|against|of|at|told|tells|asked|urged|quotes|quoted)(?:\s+(?:the|a|an))?`;
const OBJECT_BEFORE = new RegExp(String.raw`${OBJECT_WORDS}\s*$`, 'i');
/**
 * The same before a lower-case title ending in a role noun ("In a letter to health and social care secretary Victoria
 * Atkins, the two organisations warn", "has written to care minister Helen Whately warning"): the person addressed.
 */
const OBJECT_BEFORE_TITLE = new RegExp(String.raw`${OBJECT_WORDS}(?:\s+[a-z'’-]+){0,5}?\s+(?:${[...ROLE_NOUNS].join('|')})\s*$`);

/** The words before a candidate in its paragraph, past the capitalised words of its title ("called on Health Secretary " → "called on"). */
function beforeTitle(ctx: Context, c: { start: number }): string {
  // Only the same paragraph counts: "… on Saturday⏎⏎Health Secretary Jeremy Hunt has accused" is a subject.
  const paragraphStart = ctx.text.lastIndexOf('\n', c.start - 1) + 1;
  return ctx.text.slice(Math.max(0, paragraphStart, c.start - 120), c.start).replace(/(?:\s*(?:(?!(?:On|At|In|Of|To|With|From|By|For|Against)\b)\p{Lu}[\p{L}'’&-]*|and|&))*\s*$/u, '');
}

/** Whether a candidate is someone spoken to or about: a preposition or verb before them, past their title. */
function isObject(ctx: Context, c: { start: number }): boolean {
  const before = beforeTitle(ctx, c);
  return OBJECT_BEFORE.test(before) || OBJECT_BEFORE_TITLE.test(before);
}

/** "on Coopers Lane", "superintendent of W Phillips Chemist": a place's or a body's preposition before a capitalised run. */
const PLACE_OR_HOLDER_BEFORE = /\b(?:on|at|in|of)\s*$/i;

/**
 * Whether a candidate names where something is or what someone belongs to, never whom a later "he" or "she" stands for
 * ("Mr Davidson owns Fairwater House nursing home on Coopers Lane, Evesham. … He added:"). Agents ("a speech from Home
 * Secretary Amber Rudd", "proposed by William Stockwell") and people addressed ("she told Jane Smith") may be.
 */
function isPlaceOrHolder(ctx: Context, c: { start: number }): boolean {
  return PLACE_OR_HOLDER_BEFORE.test(beforeTitle(ctx, c));
}

/** A possessive pronoun and a document of the person's own, as a speech verb's subject ("Her motion said", "His letter says"). */
const OWN_DOCUMENT = String.raw`([Hh]is|[Hh]er)\s+(?:letter|motion|statement|submission|email|message)`;
const OWN_WRITING = new RegExp(String.raw`\b${OWN_DOCUMENT}\b`, 'g');
const OWN_WRITING_OPENING = new RegExp(String.raw`(?:^|\n)\s*${OWN_DOCUMENT}\s*$`);

/** Who is the subject of a speech verb at `verbStart`, looking back to `from` (or on to `to` when the subject follows). */
function subjectIn(ctx: Context, from: number, to: number, verbStart: number, follows: boolean): Candidate | undefined {
  const outside = (r: { start: number; end: number }): boolean => !insideQuotation(ctx.spans, r.start, r.end);
  // "quotes Boris Johnson's pledge": a possessive names someone, but not the speaker.
  const refsHere = rangesWithin(ctx.personRefs, from, to).filter((r) => !/^['’]s\b/.test(ctx.text.slice(r.end, r.end + 3)));
  const region = ctx.text.slice(from, to);
  const people: Candidate[] = [
    ...refsHere.filter(outside).map((ref): Candidate => ({ kind: 'person', start: ref.start, end: ref.end, ref })),
    ...[...region.matchAll(PERSON_PRONOUN)].map(
      (m): Candidate => ({ kind: 'pronoun', start: from + m.index, end: from + m.index + m[0].length, gender: /^he$/i.test(m[0]) ? 'male' : 'female' }),
    ),
    // "Her motion said:", "His letter says:": what someone wrote speaks for them; its owner is the pronoun's person.
    ...[...region.matchAll(OWN_WRITING)].map(
      (m): Candidate => ({ kind: 'pronoun', start: from + m.index, end: from + m.index + m[0].length, gender: /^his$/i.test(m[1] as string) ? 'male' : 'female' }),
    ),
    ...rangesWithin(ctx.titles, from, to)
      .filter(outside)
      .map((m): Candidate => ({ kind: 'description', start: m.start, end: m.end, head: m.surface.split(/\s+/).at(-1) ?? '', indefinite: false })),
  ];
  if (!follows) {
    const withArticle = ROLE_DESCRIPTION.exec(region);
    // "Her motion said:" at a line's start is someone's writing (OWN_WRITING), not a headline's title.
    const headline = withArticle || OWN_WRITING_OPENING.test(region) ? null : HEADLINE_TITLE.exec(region);
    const description = withArticle ?? headline;
    const words = (description?.[1] ?? '').toLowerCase().split(/\s+/);
    const article = headline ? 'the' : (description?.[0].split(/\s+/)[0] ?? '').toLowerCase();
    const head = words.find((w) => ROLE_NOUNS.has(w) || ANONYMOUS_HEADS.has(w) || BODY_HEADS.has(w) || (article !== 'the' && ANONYMOUS_ORGANISATION_HEADS.has(w)));
    const start = from + (description?.index ?? 0);
    // "The Nuffield Trust, an independent health think tank, said": the description is the named organisation's apposition.
    const appositionOfOrganisation = ANONYMOUS_ORGANISATION_HEADS.has(head ?? '') && rangesWithin(ctx.organisations, from, start).some((m) => /^\s*,\s*$/.test(ctx.text.slice(m.end, start)));
    // "Dr Davis, who … proposing the motion, said": a body inside a person's clause is not the subject.
    const bodyInPersonClause = BODY_HEADS.has(head ?? '') && rangesWithin(refsHere, from, start).length > 0;
    // "Jane Doe, a national official of the GMB, said": the description is the person's apposition, not another speaker.
    const appositionOfPerson = refsHere.some((r) => /^\s*,[^,;:.!?]*$/.test(ctx.text.slice(r.end, start)));
    if (description && head && !appositionOfOrganisation && !bodyInPersonClause && !appositionOfPerson && rangesWithin(refsHere, start, to).length === 0) {
      const indefinite = (article !== 'the' && !POSSESSIVE_DETERMINER.test(article)) || ANONYMOUS_HEADS.has(head);
      people.push({ kind: 'description', start, end: to, head, indefinite });
    }
  }
  const organisations = rangesWithin(ctx.organisations, from, to).filter(outside).map((m): Candidate => ({ kind: 'organisation', start: m.start, end: m.end, mention: m }));
  if (follows) {
    // "…, according to the health minister.": a title closing the sentence after the verb is its subject, as a name would be.
    const closing = people.length === 0 && ACCORDING_TO_BEFORE.test(ctx.text.slice(Math.max(0, from - 20), from)) ? CLOSING_TITLE.exec(region) : null;
    const closingHead = closing?.[1]?.toLowerCase().split(/\s+/).find((w) => ROLE_NOUNS.has(w));
    if (closing && closingHead) people.push({ kind: 'description', start: from + closing[0].indexOf(closing[1] as string), end: to, head: closingHead, indefinite: false });
    const first = (list: Candidate[]) => list.reduce<Candidate | undefined>((best, c) => (best === undefined || c.start < best.start ? c : best), undefined);
    const generic = GENERIC_BODY_AFTER.exec(region);
    return first(people) ?? first(organisations) ?? (generic ? { kind: 'organisation-pronoun', start: from + generic.index, end: from + generic[0].length } : undefined);
  }
  // The subject stands right before its verb; a person may be followed by an apposition ("X, chief executive of Y, said"),
  // an organisation may not (that Y is inside the apposition).
  const subjects = [
    ...people.filter((c) => isSubjectOf(ctx, c, verbStart, true)),
    ...organisations.filter((c) => isSubjectOf(ctx, c, verbStart, false)),
  ].sort((a, b) => b.end - a.end);
  const nearestPerson = people.filter((c) => !isObject(ctx, c)).sort((a, b) => b.end - a.end)[0];
  // "X, chairwoman of the Academy … welcomed": the organisation inside a person's apposition is not the subject.
  const first = subjects[0];
  const holder = first?.kind === 'organisation' ? subjects.find((c) => c.kind !== 'organisation' && c.end <= first.start) : undefined;
  const subject = holder ?? first ?? nearestPerson;
  if (subject) return subject;
  const group = anonymousGroup(region) ?? groupBeforeFirstVerb(region);
  if (group) return { kind: 'description', start: from + group.index, end: to, head: group[0].trim(), indefinite: true };
  const itSays = ORGANISATION_PRONOUN.exec(region);
  if (itSays) return { kind: 'organisation-pronoun', start: from + itSays.index, end: to };
  return organisations.sort((a, b) => b.end - a.end)[0];
}

function organisationSpeaker(ctx: Context, m: Mention): Speaker {
  const unknown = unknownOrganisationName(m);
  if (unknown !== undefined) return { organisationName: unknown };
  return { organisationName: ctx.knownOrganisations.get(m.id)?.name ?? m.surface.replace(/^[Tt]he\s+/, ''), organisationId: m.id };
}

/** The last organisation named before `index`, outside quotations. */
function lastOrganisationBefore(ctx: Context, index: number): Mention | undefined {
  for (let i = firstStartingAt(ctx.organisations, index) - 1; i >= 0; i--) {
    const m = ctx.organisations[i] as Mention;
    if (m.end <= index && !insideQuotation(ctx.spans, m.start, m.end)) return m;
  }
  return undefined;
}

/**
 * The organisation a body, a generic noun or "its" stands for: the one the passage is about, named most nearby before
 * `index` (by name and acronym), ties to the last ("BMA leaders said … Figures released by NHS England … ¶ The union
 * said": the BMA; "the Irish Nurses and Midwives Organisation (INMO) has said. ¶ This includes … at University Hospital
 * Limerick … ¶ The union will begin balloting": the INMO).
 */
function bodyNamedBefore(ctx: Context, index: number): Mention | undefined {
  // A name ending within the gap starts within twice it (no name runs that long): only those mentions are read.
  const near = ctx.organisations.slice(firstStartingAt(ctx.organisations, index - 2 * MAX_GENERIC_BODY_GAP), firstStartingAt(ctx.organisations, index));
  const outside = (m: Mention) => m.end <= index && !insideQuotation(ctx.spans, m.start, m.end);
  // "The council said": the last body named with that noun before, at any distance (West Berkshire Council at the top
  // of the page), over a body named more often since (a newspaper, an acronym for the pupils the council serves).
  const noun = GENERIC_NOUN_AT.exec(ctx.text.slice(index, index + 80))?.[1];
  const holder = noun ? ctx.organisations.slice(0, firstStartingAt(ctx.organisations, index)).findLast((m) => outside(m) && namedWith(noun)(m)) : undefined;
  return holder ?? genericBodyBefore(near.filter(outside), index, undefined, true);
}

/**
 * The person a title stands for: the last one named whose role the page gave as that whole
 * title ("The Prime Minister said" is whom the page called Prime Minister, not the last
 * "Minister for Aged Care"), else the last one whose role holds its head noun, else the last
 * one named shortly before.
 */
function holderOfTitle(ctx: Context, head: string, before: number, title = head): PersonRef | undefined {
  let recent: PersonRef | undefined;
  let sameHead: PersonRef | undefined;
  const holds = (ref: PersonRef, words: string) => describedFor(ctx, ref.speaker).role?.toLowerCase().includes(words.toLowerCase());
  for (let i = firstStartingAt(ctx.personRefs, before) - 1; i >= 0; i--) {
    const ref = ctx.personRefs[i] as PersonRef;
    if (ref.end > before) continue;
    if (!recent && before - ref.end <= MAX_CATAPHORA_GAP) recent = ref;
    if (holds(ref, title)) return ref;
    if (!sameHead && holds(ref, head)) sameHead = ref;
  }
  return sameHead ?? recent;
}

/**
 * A definite title resolved to its holder names them from then on: "The Prime Minister said … ¶ He
 * promised …" is the Prime Minister, not whoever the page named last before the title.
 */
function titleNamesHolder(ctx: Context, c: { start: number; end: number }, holder: PersonRef): void {
  const at = firstStartingAt(ctx.personRefs, c.start);
  const overlaps = ctx.personRefs.slice(Math.max(0, at - 1), at + 1).some((r) => r.start < c.end && c.start < r.end);
  if (!overlaps) ctx.personRefs.splice(at, 0, { start: c.start, end: c.end, speaker: holder.speaker });
}

/**
 * "A government health minister has accused … Health minister Ben Gummer": an indefinite
 * description the page goes on to name is the next person named whose title holds the same
 * role noun, within a lede's reach. An anonymous source ("a spokesman") stays unnamed.
 */
function introducedLater(ctx: Context, c: { end: number; head: string }): PersonRef | undefined {
  if (ANONYMOUS_HEADS.has(c.head) || !ROLE_NOUNS.has(c.head)) return undefined;
  const head = new RegExp(`\\b${c.head}\\b`, 'i');
  return ctx.personRefs
    .slice(firstStartingAt(ctx.personRefs, c.end))
    .find((r) => r.start - c.end <= MAX_LEDE_REACH && head.test(pageDescription(ctx, speakerKey(r.speaker) ?? '').role ?? ''));
}

/**
 * A news lede names a title first and the person after ("The BMA council chair has said … Hamish
 * Meldrum was speaking"; a headline's "Health Secretary says …"): only before the page has named
 * anyone. Once people are named, a title stands for one of them, not for someone named after the
 * quotation ("The Shadow Secretary added: “…” ¶ Boris Johnson has repeatedly argued …").
 */
function namedNext(ctx: Context, after: number): PersonRef | undefined {
  const at = firstStartingAt(ctx.personRefs, after);
  const next = ctx.personRefs[at];
  return next && at === 0 && next.start - after <= MAX_CATAPHORA_GAP ? next : undefined;
}

/** News copy's words for whoever heads a body, whatever the office's own name ("the head of … Care England": its chief executive). */
const TOP_OFFICE_WORDS = new Set(['head', 'leader', 'boss', 'chief']);

/**
 * "… a “postcode lottery” in care quality, the head of representative body Care England has said. … Martin Green, Care England’s
 * chief executive, told Community Care", "Minister says there’s “no excuse” … ¶ … Paul Burstow, the care services minister": a
 * definite title no one named near it holds stands for the person the page gives that office, or who heads that body (a head,
 * leader, boss or chief of it; not "The BMA's GP committee executive", a body of its own), before the title (the nearest) or
 * after it (the first). A spokesperson or a source stays unnamed.
 */
function holderNamedApart(ctx: Context, c: { start: number; end: number; head: string }, stated: SpeakerDescription): PersonRef | undefined {
  // The title's last word says what its holder is ("GP committee executive" is no GP).
  const office = (headOf(stated.role) || c.head).replace(/[^\p{L}-]/gu, '');
  if (office === '' || ANONYMOUS_HEADS.has(c.head) || ANONYMOUS_HEADS.has(office)) return undefined;
  const head = new RegExp(String.raw`\b${office}\b`, 'iu');
  const holds = (r: PersonRef): boolean => {
    const d = pageDescription(ctx, speakerKey(r.speaker) ?? '');
    const sameBody =
      TOP_OFFICE_WORDS.has(office) && !!stated.organisationName && (stated.organisationId ? d.organisationId === stated.organisationId : d.organisationName === stated.organisationName);
    return sameBody || head.test(d.role ?? '');
  };
  const at = firstStartingAt(ctx.personRefs, c.start);
  const outside = (r: PersonRef): boolean => !insideQuotation(ctx.spans, r.start, r.end) && (r.end <= c.start || r.start >= c.end);
  return ctx.personRefs.slice(0, at).filter(outside).findLast(holds) ?? ctx.personRefs.slice(at).filter(outside).find(holds);
}

/** The role and organisation a description states ("the chief executive of NHS Providers"). */
function describeDescription(ctx: Context, c: { start: number; end: number }): SpeakerDescription {
  const words = ctx.text.slice(c.start, c.end).replace(TRAILING_AUXILIARIES, '');
  // The article is not part of the role; a headline's title has none ("Health Secretary says").
  const article = /^(the|an?|one|its|their)\s+/i.exec(words);
  const offset = article?.[0].length ?? 0;
  const stated = describeSpeaker(ctx.text, c.start + offset, c.start + offset, c.start + offset, c.start + words.length, ctx.organisations);
  // "its chief executive": the organisation is the one the page named last, nearby.
  const owner = POSSESSIVE_DETERMINER.test((article?.[1] ?? '').toLowerCase()) && !stated.organisationName ? bodyNamedBefore(ctx, c.start) : undefined;
  return owner ? { ...stated, ...organisationSpeaker(ctx, owner) } : stated;
}

/**
 * What a mention states that replaces what the page said before: "the care home boss said" after
 * "Kevin Humphrys, CEO of the Oakland Care Group": a description stated without an organisation
 * does not replace a title the page gave with one, nor a fuller title it shortens ("the minister said"
 * after "Health minister Ben Gummer told MPs"): the person's fullest introduction holds.
 */
function overTitle(stated: SpeakerDescription, earlier: SpeakerDescription): SpeakerDescription {
  if (stated.role && !stated.organisationName && earlier.role && (earlier.organisationName || shortens(stated.role, earlier.role))) return {};
  return stated;
}

/** Whether a title is a shortening of a fuller one the person was introduced with ("the minister" after "Health minister Ben Gummer"). */
function shortens(title: string, fuller: string): boolean {
  const words = (phrase: string) => phrase.toLowerCase().split(/\s+/);
  const held = new Set(words(fuller));
  return title.length < fuller.length && words(title).every((w) => held.has(w));
}

/** Heads of a description for someone whose office is to speak for a body. */
const SPOKESPERSON_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * "… delegates at this year's annual general meeting … voted … ¶ A spokesman said: “…”": a bare spokesperson
 * ("a spokesman", nothing between article and title) speaks for the body the page named last, nearby, as a motion
 * or delegates do. Not "a council spokesman": a kind of body before the title may be another body than the last named.
 */
function spokespersonForBody(ctx: Context, c: { start: number; head: string }, stated: SpeakerDescription): SpeakerDescription {
  if (!SPOKESPERSON_HEADS.has(c.head) || stated.role !== c.head || stated.organisationName) return stated;
  const body = bodyNamedBefore(ctx, c.start);
  return body ? { ...stated, ...organisationSpeaker(ctx, body) } : stated;
}

/** The speaker and confidence a subject candidate gives, with role and organisation from the clause. */
function resolve(ctx: Context, c: Candidate, clauseStart: number, clauseEnd: number, base: number): Attribution | undefined {
  if (c.kind === 'organisation') return { speaker: organisationSpeaker(ctx, c.mention), confidence: ATTRIBUTION_CONFIDENCE.organisation };
  if (c.kind === 'organisation-pronoun') {
    const previous = bodyNamedBefore(ctx, c.start) ?? lastOrganisationBefore(ctx, c.start);
    return previous ? { speaker: organisationSpeaker(ctx, previous), confidence: ATTRIBUTION_CONFIDENCE.organisation } : undefined;
  }
  if (c.kind === 'description' && (BODY_HEADS.has(c.head) || NAMED_BODIES.test(ctx.text.slice(Math.max(0, c.start - 20), c.start + c.head.length)))) {
    const body = bodyNamedBefore(ctx, c.start);
    return body && { speaker: organisationSpeaker(ctx, body), confidence: ATTRIBUTION_CONFIDENCE.body };
  }
  if (c.kind === 'description') {
    const stated = withoutEmpty(describeDescription(ctx, c));
    const holder = c.indefinite ? introducedLater(ctx, c) : (holderOfTitle(ctx, c.head, c.start, stated.role) ?? namedNext(ctx, c.end) ?? holderNamedApart(ctx, c, stated));
    // The page gave the person this title: later mentions of them carry it.
    const holderKey = holder && speakerKey(holder.speaker);
    // "An acute trust chief executive told HSJ", "the source added": someone the page does not name.
    if (!holder || !holderKey) return { speaker: spokespersonForBody(ctx, c, stated), confidence: ATTRIBUTION_CONFIDENCE.organisation };
    const earlier = describedFor(ctx, holder.speaker);
    const title = overTitle(stated, earlier);
    if ((title.role || title.organisationName) && !ctx.described.has(holderKey)) {
      ctx.described.set(holderKey, title);
      if (holder.start > c.start) ctx.describedBeforeNamed.add(holderKey);
    }
    if (!c.indefinite) titleNamesHolder(ctx, c, holder);
    return { speaker: { ...earlier, ...title, ...holder.speaker }, confidence: ATTRIBUTION_CONFIDENCE.pronoun };
  }
  if (c.kind === 'pronoun') {
    const unnamed = unnamedSubjectOfPreviousSentence(ctx, c.start, c.gender);
    if (unnamed) return unnamed;
    const previous = subjectOfPreviousSentence(ctx, c.start, c.gender) ?? lastPersonBefore(ctx, c.start, c.gender);
    if (!previous) return titleOnlyBefore(ctx, c.start);
    return { speaker: { ...describedFor(ctx, previous.speaker), ...previous.speaker }, confidence: ATTRIBUTION_CONFIDENCE.pronoun };
  }
  // "Prof Martin Green of CE, Vic Rayner of NCF, Dr Jane Towson of HA and … Suhail Mirza wrote": people writing together are
  // none of them alone; the first one's organisation stands for the group.
  const listHead = firstOfList(ctx, c, clauseStart);
  if (listHead) {
    // What the list says of its first person runs to the comma after them ("Prof Martin Green of CE,").
    const comma = ctx.text.indexOf(',', listHead.end);
    const listed = describeSpeaker(ctx.text, listHead.start, listHead.start, listHead.end, comma, ctx.organisations);
    const { organisationName, organisationId } = listed.organisationName ? listed : describedFor(ctx, listHead.speaker);
    return { speaker: withoutEmpty({ organisationName, organisationId }), confidence: ATTRIBUTION_CONFIDENCE.organisation };
  }
  const nameStart = coordinatedStart(ctx, c, clauseStart);
  const stated = withoutEmpty(describeSpeaker(ctx.text, ownClauseStart(ctx, nameStart, clauseStart), nameStart, c.end, clauseEnd, ctx.organisations));
  const key = speakerKey(c.ref.speaker);
  const earlier = describedFor(ctx, c.ref.speaker);
  // "The head of the RCN has called … ¶ general secretary and chief executive Pat Cullen urged": the title given with the name replaces the description.
  const replacesDescription = !!key && !!stated.role && ctx.describedBeforeNamed.delete(key);
  const description = replacesDescription ? stated : overTitle(stated, earlier);
  if (key && (description.role || description.organisationName)) ctx.described.set(key, { ...earlier, ...description });
  const fullName = ctx.text.slice(c.start, c.end).split(/\s+/).length >= 2;
  const confidence = c.ref.speaker.personId ? base : fullName ? base - ATTRIBUTION_CONFIDENCE.unknownNamePenalty : ATTRIBUTION_CONFIDENCE.pronoun;
  return { speaker: { ...earlier, ...description, ...c.ref.speaker }, confidence };
}

/** Words before a participle that make it active: its subject is a pronoun, a role or an auxiliary ("has called on", "the minister warned in"). */
const ACTIVE_BEFORE = /\b(?:he|she|it|they|we|i|has|have|had|also|then|later|today|yesterday|spokesperson|spokesman|spokeswoman|source|union|charity|college|council|department|government|ministers?)\s*,?\s*$/i;

/**
 * "the 6,000 GPs promised in the manifesto", "the funding announced in the Budget": a
 * participle after a thing, followed by "in the" or "by", describes that thing; nobody speaks.
 */
function isPassive(ctx: Context, start: number, end: number): boolean {
  const verb = ctx.text.slice(start, end);
  // "Ms Robison was also urged to review the “skills”": who was urged did not speak, and no agent follows.
  if (/(?:ed|told)$/.test(verb) && PASSIVE_AUXILIARY.test(ctx.text.slice(Math.max(0, start - 30), start)) && !/^\s+by\s/.test(ctx.text.slice(end, end + 4))) return true;
  if (!/ed$/.test(verb) || !/^\s+(?:in\s+the|by)\s/.test(ctx.text.slice(end, end + 9))) return false;
  const before = ctx.text.slice(Math.max(0, start - 40), start);
  const previousWord = /(\S+)\s*$/.exec(before)?.[1]?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
  if (ROLE_NOUNS.has(previousWord) || ACTIVE_BEFORE.test(before)) return false;
  return !ctx.personRefs.some((r) => r.end <= start && start - r.end <= 2) && !ctx.organisations.some((m) => m.end <= start && start - m.end <= 2);
}

/** A form of "be" (and an adverb) right before a participle: "was urged", "were also told", "has been asked". */
const PASSIVE_AUXILIARY = /\b(?:was|were|been|being|is|are)\s+(?:(?:also|then|again|repeatedly|\p{Ll}+ly)\s+)?$/iu;

/** A speech verb followed by "that": what follows is the reported content, whose own verbs are not the speaker's. */
const REPORTING_THAT = /^\s+that\b/;

/**
 * The last speech verb in text[from, to), or a colon ending the clause ("Saffron Cordery:"); but
 * "its chief executive warned that many trust chief nurses had told the union …": verbs after a
 * speech verb's "that" are reported, so the first verb reporting with "that" is the speaker's.
 */
function lastVerb(ctx: Context, from: number, to: number): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  for (const m of ctx.text.slice(from, to).matchAll(SPEECH_VERB)) {
    const start = from + m.index;
    if (insideQuotation(ctx.spans, start, start + m[0].length) || isPassive(ctx, start, start + m[0].length)) continue;
    found = { start, end: start + m[0].length };
    if (REPORTING_THAT.test(ctx.text.slice(found.end, found.end + 6))) return found;
  }
  if (found) return found;
  const colon = /:\s*$/.exec(ctx.text.slice(from, to));
  return colon ? { start: from + colon.index, end: from + colon.index + 1 } : undefined;
}

/**
 * Where the lead-in to a quotation starts: its own sentence, or, when the quotation
 * opens a paragraph, the previous paragraph if that ends in a colon ("…, said:").
 */
function leadIn(ctx: Context, open: number): { from: number; to: number } {
  const from = sentenceStart(ctx, open);
  if (ctx.text.slice(from, open).trim() !== '') return { from, to: open };
  // trimEnd reads back from the end; a /\s+$/ replace scans the whole prefix, once per quotation.
  const previous = ctx.text.slice(0, from).trimEnd();
  if (previous.endsWith(':')) return { from: sentenceStart(ctx, previous.length - 1), to: previous.length };
  // "X said:" then a paragraph the page printed without its opening mark, then the marked rest.
  const paragraph = previous.lastIndexOf('\n');
  const before = ctx.text.slice(0, Math.max(0, paragraph)).trimEnd();
  const quotes = ctx.spans.some((s) => s.open >= paragraph && s.open < previous.length);
  if (paragraph < 0 || !before.endsWith(':') || quotes || rangesWithin(ctx.personRefs, paragraph, previous.length).length > 0) {
    return { from, to: open };
  }
  return { from: sentenceStart(ctx, before.length - 1), to: before.length };
}

/**
 * "rejected claims by the Red Cross that it is facing a ‘humanitarian crisis’", "comments made by health and social care
 * secretary Matt Hancock that …": a speech noun or passive verb, then who spoke (their lower-case title may come first).
 */
const AGENT_AFTER = /^\s+(?:made\s+)?(?:by|from)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,5}\p{Lu}/u;
/** How far after the verb the agent's name may start. */
const MAX_AGENT_REACH = 80;

/** "According to Patricia Marquis, RCN director for England, GPNs have been able to secure better pay by ‘asking and pushing’": a sentence opening with the frame. */
const OPENING_ACCORDING_TO = /^\s*According\s+to(?=\s)/;

/** The frame "According to" opening the lead-in text[from, to), as lastVerb gives a verb (its subject follows it). */
function openingAccordingTo(ctx: Context, from: number, to: number): { start: number; end: number } | undefined {
  const frame = OPENING_ACCORDING_TO.exec(ctx.text.slice(from, to));
  return frame ? { start: from + frame[0].length - 'According to'.length, end: from + frame[0].length } : undefined;
}

function attributeBefore(ctx: Context, span: QuotationSpan): Attribution | undefined {
  const { from, to } = leadIn(ctx, span.open);
  const verb = lastVerb(ctx, from, to) ?? openingAccordingTo(ctx, from, to);
  if (!verb) return undefined;
  const follows = SUBJECT_FOLLOWS.test(ctx.text.slice(verb.start, verb.end).toLowerCase()) || AGENT_AFTER.test(ctx.text.slice(verb.end, verb.end + MAX_AGENT_REACH));
  const subject = follows ? subjectIn(ctx, verb.end, to, verb.end, true) : subjectIn(ctx, from, verb.start, verb.start, false);
  return subject ? resolve(ctx, subject, from, follows ? to : verb.start, ATTRIBUTION_CONFIDENCE.namedBefore) : undefined;
}

/** A speech verb in any case right after a closing mark, where a new sentence may start with it. */
const OPENING_SPEECH_VERB = new RegExp(String.raw`(?<=^\s*)(?:${SPEECH_VERB.source})`, 'i');

/**
 * A sentence closed by its attribution after a comma or a closing mark: "…, the head of the UK’s major nursing union has
 * said.", "… in history,” a health service executive has said.", "…, the Education Institute of Scotland (EIS) warned
 * today.". Its subject speaks every quotation of the sentence, however far back.
 */
const SENTENCE_FINAL_ATTRIBUTION = new RegExp(String.raw`[,”"’][^,;:“”"‘’]*?(?:${SPEECH_VERB.source})(?:\s+[^\s,;:“”"‘’]+)?[\s.]*$`, 'u');

/** The speech verb of a sentence-final attribution in `clause` (its index in `clause`), if the sentence ends with one. */
function sentenceFinalVerb(clause: string): { 0: string; index: number } | undefined {
  const final = SENTENCE_FINAL_ATTRIBUTION.exec(clause);
  const verb = final && [...final[0].matchAll(SPEECH_VERB)][0];
  return final && verb ? { 0: verb[0], index: final.index + verb.index } : undefined;
}

function attributeAfter(ctx: Context, span: QuotationSpan): Attribution | undefined {
  const to = sentenceEnd(ctx, span.close);
  const clause = ctx.text.slice(span.close, to);
  // "“….” Says Mark Winstanley, Chief Executive of …": a verb opening the sentence after the mark may be capitalised.
  const nearVerb = OPENING_SPEECH_VERB.exec(clause) ?? [...clause.matchAll(SPEECH_VERB)][0];
  const near = !!nearVerb && nearVerb.index <= MAX_DESCRIBED_TRAILING_GAP && (nearVerb.index <= MAX_TRAILING_GAP || DESCRIBED_TRAILING_SUBJECT.test(clause.slice(0, nearVerb.index)));
  const verbMatch = near ? nearVerb : sentenceFinalVerb(clause);
  if (!verbMatch) return undefined;
  const verbStart = span.close + verbMatch.index;
  const verbEnd = verbStart + verbMatch[0].length;
  // "…", X said: the subject precedes the verb; "…", said X and "…", according to X: it follows.
  const before = SUBJECT_FOLLOWS.test(verbMatch[0]) ? undefined : subjectIn(ctx, span.close, verbStart, verbStart, false);
  const subject = before ?? subjectIn(ctx, verbEnd, to, verbEnd, true);
  return subject ? resolve(ctx, subject, span.close, subject.start >= verbEnd ? to : verbStart, ATTRIBUTION_CONFIDENCE.namedAfter) : undefined;
}

/** "…,” they wrote.": a plural pronoun and a speech verb right after the closing mark. */
const THEY_SAID = new RegExp(String.raw`^[\s,]*they\s+(?:also\s+)?(?:${SPEECH_VERB.source})`, 'i');

/**
 * "…,” they wrote." after a person's quotation: "they" is a group (the ministers who wrote, an
 * organisation), never the one person quoted before, so the quotation does not continue that person;
 * it is left to nobody. After an organisation's quotation "they" may be that organisation, and the
 * quotation continues it.
 */
function groupSpeaks(ctx: Context, span: QuotationSpan, previous: { speaker: Speaker } | undefined): Attribution | undefined {
  if (!previous?.speaker.speakerName || !THEY_SAID.test(ctx.text.slice(span.close, span.close + 40))) return undefined;
  return { speaker: {}, confidence: ATTRIBUTION_CONFIDENCE.none };
}

/**
 * "Nicky Morgan accused of ‘deceiving the public’" (a headline dropping "was"), "Ms Robison was also urged to review
 * the “skills”": a person who was accused, urged or asked is spoken to or about; the words are someone else's.
 */
const PASSIVE_AFTER_NAME = /^\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+)?(?:(?:also|then|again|repeatedly)\s+)?(?:accused|urged|asked|criticised|criticized|challenged|labelled|labeled|branded)\s+(?:of|to|by|for|as|over|how|why|whether)\b/;

/** Someone named in the quote's sentence without a speech verb: a weak guess. */
function attributeSameSentence(ctx: Context, span: QuotationSpan): Attribution | undefined {
  const from = sentenceStart(ctx, span.open);
  const to = sentenceEnd(ctx, span.close);
  const subjects = (list: PersonRef[]) => list.filter((r) => !isObject(ctx, r) && !PASSIVE_AFTER_NAME.test(ctx.text.slice(r.end, r.end + 40)));
  const before = subjects(rangesWithin(ctx.personRefs, from, span.open));
  // The sentence's first person, its subject ("Mr Morris appeared … accusing the Government of “…” after Andrew Lansley withheld …").
  const ref = before[0] ?? subjects(rangesWithin(ctx.personRefs, span.close, to))[0] ?? pronounSubject(ctx, from, to, span);
  // "Jeremy Hunt today rejected suggestions of a “humanitarian crisis”": words quoted as what others claim or suggest are not the sentence's subject's.
  if (ref && OTHERS_WORDS_BEFORE.test(ctx.text.slice(Math.max(from, span.open - 60), span.open))) return { speaker: {}, confidence: ATTRIBUTION_CONFIDENCE.none };
  return ref ? { speaker: { ...describedFor(ctx, ref.speaker), ...ref.speaker }, confidence: ATTRIBUTION_CONFIDENCE.sameSentence } : undefined;
}

/**
 * A noun for what unnamed others say, then the quotation ("rejected suggestions of a “…”", "over claims the NHS is
 * in ‘…’", "seeking views on the ‘…’"): the sentence quotes them, not its subject.
 */
const OTHERS_WORDS_BEFORE = /\b(?:claims|suggestions|accusations|allegations|views)\s+(?:(?:of|on|about|that)\s+)?(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/** "NHSEI’s announcement that the longest waits … have been ‘virtually eliminated’": a possessive, a speech noun and "that", then the quotation. */
const POSSESSED_SPEECH = /['’]s\s+(?:announcement|statement|claim|claims|warning|pledge|promise|assertion|insistence)\s+that\s[^“”"‘’]*$/;

/** The organisation whose announcement, claim or warning a quotation reports ("Responding to NHSEI’s announcement that …"). */
function possessorOfSpeech(ctx: Context, span: QuotationSpan): Attribution | undefined {
  const from = sentenceStart(ctx, span.open);
  const noun = POSSESSED_SPEECH.exec(ctx.text.slice(from, span.open));
  const organisation = noun && ctx.organisations.find((m) => m.end === from + noun.index);
  return organisation ? { speaker: organisationSpeaker(ctx, organisation), confidence: ATTRIBUTION_CONFIDENCE.organisation } : undefined;
}

/**
 * "eight were rated as “requires improvement” for safety": a quoted grade is the verdict of the inspectorate the page
 * names (the last before it, else the first after), however the sentence reports it.
 */
function inspectorateGrade(ctx: Context, span: QuotationSpan): Attribution | undefined {
  if (!isInspectionGrade(ctx.text.slice(span.start, span.end))) return undefined;
  ctx.inspectorates ??= findInspectorates(ctx.text).filter((m) => !insideQuotation(ctx.spans, m.start, m.end));
  const named = ctx.inspectorates;
  const inspectorate = named.filter((m) => m.end <= span.open).at(-1) ?? named[0];
  if (!inspectorate) return undefined;
  // The organisation mention at the same words, when the page's organisations hold it (a known body keeps its record).
  const mention = ctx.organisations.find((m) => m.start <= inspectorate.start && m.end >= inspectorate.end);
  return { speaker: mention ? organisationSpeaker(ctx, mention) : { organisationName: inspectorate.surface }, confidence: ATTRIBUTION_CONFIDENCE.organisation };
}

/** What may follow an organisation closing a sentence as its speaker: its acronym in brackets, "has", then a speech verb. */
const CLOSING_SPEAKER_TAIL = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:(?:has|have|had|also)\s+)*(?:${SPEECH_VERB.source})\s*[.!]?\s*$`, 'i');

/**
 * "… to tackle the impact of a Covid-inspired “reluctance” to use care homes, the Association of Directors of Adult
 * Social Services (ADASS) has warned.": an organisation closing the sentence with its speech verb said what the
 * sentence quotes, however far before it the quotation stands.
 */
function organisationClosing(ctx: Context, span: QuotationSpan): Attribution | undefined {
  const end = sentenceEnd(ctx, span.close);
  const closing = rangesWithin(ctx.organisations, span.close, end).at(-1);
  if (!closing || rangesWithin(ctx.personRefs, span.close, end).length > 0) return undefined;
  if (!/,\s*(?:the\s+)?$/i.test(ctx.text.slice(span.close, closing.start)) || !CLOSING_SPEAKER_TAIL.test(ctx.text.slice(closing.end, end))) return undefined;
  return { speaker: organisationSpeaker(ctx, closing), confidence: ATTRIBUTION_CONFIDENCE.organisation };
}

/**
 * "The motion stated that government “…”", "Its new report, ‘Expendable labour’, also includes …", "The letter states": a body's
 * motion, letter or report speaks for the body the page named before, as "the union" does.
 */
const BODY_VOICE = String.raw`(?:the|its|their|one)\s+(?:[\p{Ll}-]+\s+)?(?:motion|letter|report|submission|resolution)`;
/**
 * What may stand before an organisation opening its sentence: the space a full stop leaves inside a paragraph
 * (sentenceStart starts a sentence right after the stop), a phrase set off by a comma ("In an emergency motion,") and "the".
 */
const BEFORE_SUBJECT = new RegExp(String.raw`^\s*${SET_OFF_PHRASE}(?:the\s+)?$`, 'i');
/** A generic noun for a body opening its sentence, after what BEFORE_SUBJECT allows ("The charity blames", "In its submission, the union says"). */
const GENERIC_BODY_OPENING = new RegExp(String.raw`^\s*${SET_OFF_PHRASE}(?:the\s+${GENERIC_BODY_NOUNS}|${BODY_VOICE})(?![\p{L}'’])`, 'iu');

/**
 * "The NAHT school leaders’ union will explore “legal and industrial routes”", "In an emergency
 * motion, the INMO executive council proposed that … “…”": a sentence naming no person, whose
 * subject is an organisation, quotes that organisation, whatever its verb (as weak a guess as
 * a person named without a speech verb).
 */
function organisationSubject(ctx: Context, span: QuotationSpan): Attribution | undefined {
  const from = sentenceStart(ctx, span.open);
  // Someone written to or told ("the union has written to care minister Helen Whately warning of …") is no subject.
  if (rangesWithin(ctx.personRefs, from, span.open).some((r) => !isObject(ctx, r))) return undefined;
  const subject = rangesWithin(ctx.organisations, from, span.open).find((m) => BEFORE_SUBJECT.test(ctx.text.slice(from, m.start)));
  if (subject) return { speaker: organisationSpeaker(ctx, subject), confidence: ATTRIBUTION_CONFIDENCE.sameSentence };
  // "The charity blames ‘skyrocketing’ private rents": a generic noun for a body opening the sentence is the body named before.
  if (!GENERIC_BODY_OPENING.test(ctx.text.slice(from, span.open))) return undefined;
  const body = bodyNamedBefore(ctx, from);
  return body && { speaker: organisationSpeaker(ctx, body), confidence: ATTRIBUTION_CONFIDENCE.sameSentence };
}

/**
 * "He called the government’s lack of support “incredibly frustrating”", "Often lamenting the
 * “broken” PRS, she clashed with …": a sentence naming nobody whose subject is a pronoun
 * stands for the last person of that gender named before it.
 */
function pronounSubject(ctx: Context, from: number, to: number, span: QuotationSpan): PersonRef | undefined {
  const pronoun = [...ctx.text.slice(from, to).matchAll(PERSON_PRONOUN)].find((m) => !insideQuotation(ctx.spans, from + m.index, from + m.index + 1));
  if (!pronoun || /^(?:him|her)$/i.test(pronoun[0])) return undefined;
  const at = from + pronoun.index;
  return lastPersonBefore(ctx, Math.min(at, span.open), /^he$/i.test(pronoun[0]) ? 'male' : 'female');
}

/** "“Key Priority for 2023” says Prime Minister": a headline's speech verb and short title closing its line. */
const HEADLINE_TITLE_AFTER = new RegExp(String.raw`^[”"’']?,?[ \t]+(?:${SPEECH_VERB.source})[ \t]+((?:\p{L}[\p{L}-]*[ \t]+){0,2}\p{L}[\p{L}-]*)[ \t]*$`, 'u');

/**
 * "MP ‘scared’ of health reforms", "Leeds hospital boss ‘sorry for waiting times’": a headline (a line closing no sentence)
 * opening with a short title, no article, then the quotation with no verb between (headline English drops "is"), quotes the
 * title's holder, the person the page names next when it has named nobody before; so does a headline closing with a speech
 * verb and a title ("NHS Waiting Lists “Key Priority for 2023” says Prime Minister"). The headline's shorthand is no title
 * the page gives them: their quotation carries the page's.
 */
function headlineTitleBefore(ctx: Context, span: QuotationSpan): Attribution | undefined {
  const lineStart = ctx.text.lastIndexOf('\n', span.open - 1) + 1;
  const lineEnd = ctx.text.indexOf('\n', span.close);
  const rest = ctx.text.slice(span.close, lineEnd < 0 ? ctx.text.length : lineEnd);
  const before = HEADLINE_TITLE.exec(ctx.text.slice(lineStart, span.open));
  const isTitle = (words: string[]): boolean => !/^(?:the|an?)$/i.test(words[0] as string) && ROLE_NOUNS.has(words.at(-1)?.toLowerCase() ?? '');
  const title = [before?.index === 0 ? before[1] : undefined, HEADLINE_TITLE_AFTER.exec(rest)?.[1]].find((t) => t !== undefined && isTitle(t.split(/\s+/)));
  if (!title || CLOSES_SENTENCE.test(rest)) return undefined;
  const holder = namedNext(ctx, span.close);
  return holder && { speaker: { ...describedFor(ctx, holder.speaker), ...holder.speaker }, confidence: ATTRIBUTION_CONFIDENCE.pronoun };
}

/**
 * "That is the message from Age UK's Michelle Mitchell", "That was the message from Jim Gray, …", "The view was expressed by
 * Professor Martin Green": a sentence summing up what came before as someone's message, warning or view names whose words they
 * were. The person follows the summary's "from" or "by".
 */
const SUMMARY_OF_WORDS =
  /(?:^|(?<=[.!?”"’]\s+)|(?<=\n))(?:(?:That|This)\s+(?:is|was|has\s+been)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:message|warning|view|verdict|plea|call)\s+from|The\s+(?:view|views|message|warning)\s+(?:was|were)\s+(?:expressed|given|delivered)\s+by)\s/u;

/**
 * Quoted words naming no speaker of their own, then a summary of them as someone's message (SUMMARY_OF_WORDS) within a lede's
 * reach, with nobody else named in between: the summary's person said them ("Social care is in crisis, a “chronic failing of
 * public policy” that requires radical reform. That is the message from Age UK's Michelle Mitchell"), a headline above it too.
 */
function summarisedAfter(ctx: Context, span: QuotationSpan): Attribution | undefined {
  const ahead = ctx.text.slice(span.close, span.close + MAX_LEDE_REACH);
  const summary = SUMMARY_OF_WORDS.exec(ahead);
  if (!summary) return undefined;
  const at = span.close + summary.index + summary[0].length;
  const holder = ctx.personRefs[firstStartingAt(ctx.personRefs, at)];
  const sentenceEnd = ctx.text.slice(at, at + MAX_LEDE_REACH).search(/[.!?](?:\s|$)/);
  if (!holder || (sentenceEnd >= 0 && holder.start > at + sentenceEnd)) return undefined;
  const key = speakerKey(holder.speaker);
  const between = rangesWithin(ctx.personRefs, span.close, span.close + summary.index);
  if (!key || between.some((r) => speakerKey(r.speaker) !== key)) return undefined;
  return { speaker: { ...describedFor(ctx, holder.speaker), ...holder.speaker }, confidence: ATTRIBUTION_CONFIDENCE.pronoun };
}

/** A subheading is short: a few words over the paragraphs it heads. */
const MAX_SUBHEADING_WORDS = 10;

/**
 * "'Alienating a generation'", "'Loud and clear'": a short quotation alone on its line, closing no sentence, is a subheading
 * over what follows, not the previous speaker going on. It is nobody's here; words repeated below may still give it their
 * speaker (inheritRepeated).
 */
function subheading(ctx: Context, span: QuotationSpan): Attribution | undefined {
  const lineEnd = ctx.text.indexOf('\n', span.close);
  const alone = opensLine(ctx.text, span.open) && span.closed && /^[ \t]*$/.test(ctx.text.slice(span.close, lineEnd < 0 ? ctx.text.length : lineEnd));
  const words = ctx.text.slice(span.start, span.end).trim();
  if (!alone || /[.!?,;:…]$/.test(words) || words.split(/\s+/).length > MAX_SUBHEADING_WORDS) return undefined;
  return { speaker: {}, confidence: ATTRIBUTION_CONFIDENCE.none };
}

/**
 * The previous quotation's speaker continues when nobody else is named in between and the
 * quotation opens its sentence. A quotation inside a sentence of narrative ("Campaigners said it
 * was “scandalous”", "It follows claims by the Red Cross that a ‘humanitarian crisis’ …") belongs
 * to that sentence, whose subject is someone or something else, or nobody the page names.
 */
function continuation(ctx: Context, span: QuotationSpan, previous: { speaker: Speaker; close: number } | undefined): Attribution | undefined {
  return opensSentence(ctx, span) ? (capitalisedSubject(ctx, span) ?? followsOn(ctx, span, previous)) : undefined;
}

/** A capitalised subject opening the sentence right before its first speech verb, after "the" and before auxiliaries ("Unite say", "The Department for Education maintains"). */
const CAPITALISED_SUBJECT = new RegExp(
  String.raw`^\s*(?:the\s+)?(\p{Lu}[\p{L}'’&-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’&-]*))*)(?:\s+(?:${AUXILIARY_WORDS}))*\s*$`,
  'u',
);

/**
 * "Unite say ‘a decent consolidated pay increase …’", "Downing Street said … “deeply concerning”", "The Department for
 * Education maintains …: “There is more money …”": a sentence whose speech verb has a capitalised subject that is no
 * person, title or pronoun is that body's words, not the previous speaker's going on.
 */
function capitalisedSubject(ctx: Context, span: QuotationSpan): Attribution | undefined {
  const start = sentenceStart(ctx, span.open);
  const verb = [...ctx.text.slice(start, span.open).matchAll(SPEECH_VERB)][0];
  const subject = verb && CAPITALISED_SUBJECT.exec(ctx.text.slice(start, start + verb.index));
  if (!verb || !subject) return undefined;
  const end = start + verb.index;
  if (rangesWithin(ctx.personRefs, start, end).length > 0 || rangesWithin(ctx.titles, start, end).length > 0) return undefined;
  const words = subject[1] as string;
  if (SENTENCE_OPENERS.test(words)) return undefined;
  const named = rangesWithin(ctx.organisations, start, end)[0];
  if (named) return { speaker: organisationSpeaker(ctx, named), confidence: ATTRIBUTION_CONFIDENCE.sameSentence };
  // A single word may be a surname ("Peters says") or a place, unless the page has already given someone it as their
  // body ("Unite general secretary Sharon Graham said … ¶ Unite say ‘…’"); a person's name ("Theresa May", whose
  // surname is a month) is no body.
  if (!/\s/.test(words)) return bodyOfSomeoneDescribed(ctx, words) ? { speaker: { organisationName: words }, confidence: ATTRIBUTION_CONFIDENCE.sameSentence } : undefined;
  if (findNameCandidates(words, 0, words.length).length > 0 || genderOfFirstName(words.split(/\s+/)[0] as string)) return undefined;
  return { speaker: { organisationName: words }, confidence: ATTRIBUTION_CONFIDENCE.sameSentence };
}

/** Whether the page has so far given someone this word as their organisation (what their title said of them). */
function bodyOfSomeoneDescribed(ctx: Context, word: string): boolean {
  return [...ctx.described.values()].some((d) => d.organisationName === word);
}

/** Capitalised words opening a sentence that are no body: pronouns and connectives. */
const SENTENCE_OPENERS = /^(?:He|She|They|It|We|I|You|This|That|These|Those|There|But|And|So|Yet|However|Meanwhile|Also|Then|Now|In|On|At|After|Before|When|While|As|If)\b/;

/** The previous speaker, when the quotation is near it and nobody else is named in between. */
function followsOn(ctx: Context, span: QuotationSpan, previous: { speaker: Speaker; close: number } | undefined): Attribution | undefined {
  if (!previous || span.open - previous.close > MAX_CONTINUATION_GAP) return undefined;
  const key = speakerKey(previous.speaker);
  // "A post shared by Rethink Mental Illness (@rethinkmentalillness)" after its chief executive's words: their organisation is nobody else.
  const own = previous.speaker.organisationName?.toLowerCase();
  const someoneElse = rangesWithin(ctx.personRefs, previous.close, span.open).some((r) => speakerKey(r.speaker) !== key && r.speaker.speakerName?.toLowerCase() !== own);
  return someoneElse ? undefined : { speaker: previous.speaker, confidence: ATTRIBUTION_CONFIDENCE.continuation };
}

/** "The Shadow Secretary added:", "The former minister went on": a definite title, then a verb only someone who has spoken uses, opening the lead-in. */
const TITLE_GOING_ON = /^\s*[Tt]he\s+[^,.;:!?“”"‘’]{1,80}?\s+(?:also\s+)?(?:added|adds|continued|continues|went\s+on)\b/u;

/**
 * A title the reader can give to nobody, saying its holder goes on ("The Shadow Secretary added: “…”"
 * after Jonathan Ashworth's words, LabourList), is the previous speaker's, when nobody else is named
 * in between: a follow-on, as sure as a continuation, with the title as the speaker's role.
 */
function titleGoesOn(ctx: Context, span: QuotationSpan, found: Attribution | undefined, previous: { speaker: Speaker; close: number } | undefined): Attribution | undefined {
  if (!found?.speaker.role || found.speaker.speakerName || found.speaker.organisationName || !previous?.speaker.speakerName) return undefined;
  const { from, to } = leadIn(ctx, span.open);
  if (!TITLE_GOING_ON.test(ctx.text.slice(from, to))) return undefined;
  const followed = followsOn(ctx, span, previous);
  return followed && { speaker: { ...followed.speaker, role: found.speaker.role }, confidence: followed.confidence };
}

/**
 * A quotation inside narrative that would have continued the previous speaker had it opened its
 * sentence: it is kept as a quotation (it is one: the page quotes it amid talk of the same
 * people), with nobody proposed, rather than guessed.
 */
function abstained(ctx: Context, span: QuotationSpan, previous: { speaker: Speaker; close: number } | undefined): Attribution | undefined {
  return followsOn(ctx, span, previous) ? { speaker: {}, confidence: ATTRIBUTION_CONFIDENCE.none } : undefined;
}

/** Whether only punctuation (or connectives) stands between the quotation's opening mark and the start of its sentence, or a speech verb does. */
function opensSentence(ctx: Context, span: QuotationSpan): boolean {
  const start = sentenceStart(ctx, span.open);
  return startsItsSentence(ctx, span) || CONNECTIVES_ONLY.test(ctx.text.slice(start, span.open)) || !!lastVerb(ctx, start, span.open);
}

/** Whether only punctuation stands between the quotation's opening mark and the start of its sentence. */
const startsItsSentence = (ctx: Context, span: QuotationSpan): boolean => !/[\p{L}\p{N}]/u.test(ctx.text.slice(sentenceStart(ctx, span.open), span.open));

/** "And now, “in my 20th year in work, …”": connectives before the mark carry the talk on; they start no narrative of their own. */
const CONNECTIVES_ONLY = new RegExp(String.raw`^\s*${CONNECTIVE_RUN}$`, 'i');

/**
 * Whether only spaces or tabs stand between the start of `at`'s line and `at`. Read back from `at`: a
 * /(?:^|\n)[ \t]*$/ test of the page up to `at` is tried from every position of it, once per quotation.
 */
function opensLine(text: string, at: number): boolean {
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at === 0 || text[at - 1] === '\n';
}

/**
 * A quotation opening a paragraph, or a sentence of one, after reported speech ("Dr Ian Banks said the BMA …",
 * "The Nuffield Trust said that while …", "Philip Dunne … told the Guardian that Ofwat was not using its full
 * powers to target CEO pay. “They do have the power …”") is that speaker's.
 */
function attributeReported(ctx: Context, span: QuotationSpan, previousClose: number): Attribution | undefined {
  if (!opensLine(ctx.text, span.open) && !startsItsSentence(ctx, span)) return undefined;
  const paragraphStart = ctx.text.lastIndexOf('\n', ctx.text.slice(0, span.open).trimEnd().length - 1) + 1;
  const from = Math.max(previousClose, paragraphStart);
  const verb = lastVerb(ctx, from, span.open);
  if (!verb || ctx.text[verb.start] === ':') return undefined;
  const clauseStart = sentenceStart(ctx, verb.start);
  const subject = subjectIn(ctx, Math.max(from, clauseStart), verb.start, verb.start, false);
  if (!subject) return undefined;
  const found = resolve(ctx, subject, clauseStart, verb.start, ATTRIBUTION_CONFIDENCE.continuation);
  return found && { ...found, confidence: ATTRIBUTION_CONFIDENCE.continuation };
}

function toProposal(ctx: Context, span: QuotationSpan, found: Attribution | undefined): ProposedQuote {
  const proposal: ProposedQuote = {
    text: ctx.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    confidence: found?.confidence ?? ATTRIBUTION_CONFIDENCE.none,
  };
  if (found) {
    const s = found.speaker;
    if (s.speakerName) proposal.speakerName = s.speakerName;
    if (s.personId) proposal.personId = s.personId;
    if (s.role) proposal.role = s.role;
    // A known organisation is proposed under its own name, however the page named it ("the BMA").
    const organisationName = (s.organisationId && ctx.knownOrganisations.get(s.organisationId)?.name) ?? s.organisationName;
    if (organisationName) proposal.organisationName = organisationName;
    if (s.organisationId) proposal.organisationId = s.organisationId;
  }
  if (!span.closed) proposal.confidence = Math.max(ATTRIBUTION_CONFIDENCE.none, proposal.confidence - 0.1);
  return proposal;
}

const attributed = (p: ProposedQuote): boolean => !!(p.speakerName || p.organisationName);
const squashed = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A pull quote of at least this many words may be reworded a little from the body ("of adult social care reforms" for "of these reforms"). */
const MIN_PULL_QUOTE_WORDS = 8;
/** The share of a pull quote's word pairs that the body's quotation must hold. */
const PULL_QUOTE_OVERLAP = 0.8;

/** A quotation that others may repeat, with its word pairs once they are first needed. */
interface RepeatSource {
  o: ProposedQuote;
  words: string;
  pairs?: Set<string>;
}

/** A quotation's squashed words, and their word pairs once a long one is checked as a pull quote. */
interface Repeated {
  words: string;
  list: string[];
  pairs?: string[];
}

/** Whether `p` repeats `source`: verbatim, or a long pull quote sharing most of its word pairs. */
function repeats(p: Repeated, source: RepeatSource): boolean {
  if (source.words.includes(p.words)) return true;
  if (p.list.length < MIN_PULL_QUOTE_WORDS) return false;
  // Made once per source: a long page's quotations are checked against the sources its repeat index leaves.
  const held = (source.pairs ??= new Set(wordPairs(source.words.split(' '))));
  const pairs = (p.pairs ??= wordPairs(p.list));
  return pairs.filter((pair) => held.has(pair)).length >= pairs.length * PULL_QUOTE_OVERLAP;
}

/** Whether the words stand in quotation marks inside the source ("promised to ‘fix social care’"): someone else's words it quotes. */
function quotedInside(text: string, p: ProposedQuote, source: ProposedQuote): boolean {
  const at = text.indexOf(p.text, source.start);
  return at > source.start && at < source.end && /["“”‘’']/.test(text[at - 1] ?? '');
}

/** The rest of a line closing a sentence ("…”, the union said."), as a headline's does not ("Tories urge ‘further savings’"). */
const CLOSES_SENTENCE = /[.!?][”"’')\]]*[ \t]*$/;

/**
 * "Charities have warned of a “housing crisis” after …", "BMA leaders said ‘more or less all’ doctors …": a sentence of the
 * article gives the quotation to a group it names by no name (read with a speech verb, so surer than a continuation, yet
 * with no speaker, title or organisation). One of the group repeating the words below gives it their organisation, not
 * their name. A headline's group ("…, charities warn") is a summary of who speaks below.
 */
function saidByGroup(text: string, p: ProposedQuote): boolean {
  if (attributed(p) || p.role || p.confidence <= ATTRIBUTION_CONFIDENCE.continuation) return false;
  const lineEnd = text.indexOf('\n', p.end);
  return CLOSES_SENTENCE.test(text.slice(p.end, lineEnd < 0 ? text.length : lineEnd));
}

/** Gives `p` the speaker, role and organisation of `source`, whose words it repeats. */
function takeSpeaker(p: ProposedQuote, source: ProposedQuote): void {
  const { speakerName, personId, role, organisationName, organisationId } = source;
  // Another person's words: nothing of the guessed speaker's description stays ("Jenny Marra" is no "Health Secretary").
  if (p.speakerName !== speakerName) {
    delete p.personId;
    delete p.role;
    delete p.organisationName;
    delete p.organisationId;
  }
  Object.assign(p, withoutEmpty({ role, organisationName, organisationId }), speakerName ? { speakerName } : {}, personId ? { personId } : {}, { confidence: ATTRIBUTION_CONFIDENCE.repeated });
}

/**
 * "Labour say consultation on libraries will "have to adapt" to budget decisions" above "Labour council leader Warren Morgan
 * said the consultation “will have to adapt” …": a headline gives a body words that one named person of that body says
 * below, and they are that person's (the headline's shorthand for who speaks). Only a headline's: a fragment the body text
 * gives a body stays the body's, though one of its people repeats the words.
 */
function bodysPersonBelow(text: string, p: ProposedQuote, holding: readonly ProposedQuote[]): ProposedQuote | undefined {
  if (p.speakerName || !p.organisationName || !onHeadlineLine(text, p.start, p.end)) return undefined;
  const below = holding.filter((o) => o.start > p.end);
  const person = below[0];
  const onePerson = below.every((o) => o.speakerName === person?.speakerName);
  return person?.speakerName && onePerson && person.organisationName === p.organisationName ? person : undefined;
}

/**
 * A headline, summary or pull quote repeating words attributed elsewhere on the page takes
 * that attribution, unless its own was explicit (better than a continuation); a named
 * person's quotation is preferred to an organisation's.
 */
function inheritRepeated(text: string, proposals: ProposedQuote[]): void {
  const sources: RepeatSource[] = proposals.filter(attributed).map((o) => ({ o, words: squashed(o.text) }));
  sources.sort((a, b) => Number(!!b.o.speakerName) - Number(!!a.o.speakerName));
  const index = repeatIndex(sources.map((s) => s.words));
  const at = (positions: number[]) => positions.map((i) => sources[i] as RepeatSource);
  for (const p of proposals) {
    const explicit = attributed(p) && p.confidence > ATTRIBUTION_CONFIDENCE.continuation;
    const fragment = p.text.split(/\s+/).length <= MAX_FRAGMENT_WORDS;
    if (explicit && !fragment) continue;
    const words = squashed(p.text);
    const list = words.split(' ');
    if (fragment) {
      const holding = at(index.holdingWhole(list)).filter((s) => s.o !== p && ` ${s.words} `.includes(` ${words} `) && !quotedInside(text, p, s.o)).map((s) => s.o);
      if (explicit) {
        const person = bodysPersonBelow(text, p, holding);
        if (person) takeSpeaker(p, person);
        continue;
      }
      // A headline fragment from a longer quotation speaks for the quotation's organisation; the page does not say who among it,
      // unless one person alone said those words ("‘deeply disappointed’" above "Vic Rayner … commented: “We’re deeply disappointed …”").
      // A continuation is a guess from position: a headline fragment one person alone said below is theirs ("“Shambolic” approach" above "describes … as "utterly shambolic"").
      const people = new Set(holding.map((o) => o.speakerName));
      const source = holding.find((o) => o.organisationName);
      if (holding.length > 0 && people.size === 1 && holding[0]?.speakerName && !saidByGroup(text, p)) takeSpeaker(p, holding[0]);
      else if (source && !attributed(p)) Object.assign(p, withoutEmpty({ organisationName: source.organisationName, organisationId: source.organisationId }), { confidence: ATTRIBUTION_CONFIDENCE.repeated });
      continue;
    }
    const repeated: Repeated = { words, list };
    const source = at(index.holding(list, MIN_PULL_QUOTE_WORDS, PULL_QUOTE_OVERLAP)).find(
      (s) => s.o !== p && s.o.confidence > p.confidence && repeats(repeated, s) && !quotedInside(text, p, s.o),
    )?.o;
    if (!source) continue;
    const { speakerName, personId, role, organisationName, organisationId } = source;
    Object.assign(p, withoutEmpty({ role, organisationName, organisationId }), speakerName ? { speakerName } : {}, personId ? { personId } : {});
    p.confidence = ATTRIBUTION_CONFIDENCE.repeated;
  }
}

/** A document's title in quotation marks follows the word for the document ("the Integration White Paper ‘Joining up care …’", "report on 'The future of general practice'"). */
const TITLE_CUE = /\b(?:[Pp]aper|[Bb]ill|[Rr]eport|[Ss]trategy|[Rr]eview|[Dd]ocument|[Bb]ook|[Cc]ampaign|[Pp]rogramme|[Ff]ramework|[Gg]uidance|[Cc]onsultation|[Ii]nquiry)(?:\s+(?:on|into))?\s*$/;
/**
 * "the union published the results of its ‘last shift' survey": a few quoted words right before the
 * kind of thing they name are that thing's name, not a quotation. Not a campaign's: its name is its slogan,
 * words its campaigners say ("the launch of the ‘Fight4Pharmacies’ campaign, which is calling for …"), read as any fragment is.
 */
const NAMED_THING_AFTER = /^\s*(?:survey|report|programme|scheme|strategy|initiative|review|index|project|petition)\b/;

/** A plural's "s" right after the closing mark ("the two “M”s: money and manpower"): a word the page mentions and counts, not words anyone said. */
const PLURAL_AFTER = /^s(?!\p{L})/u;

/** Scare quotes and names in quotation marks ("so-called ‘integration agenda’", "dubbed ‘The Salford offer’") are not quotes. */
function isQuote(ctx: Context, p: ProposedQuote, span: QuotationSpan, found: boolean): boolean {
  const short = p.text.split(/\s+/).length <= MAX_FRAGMENT_WORDS;
  const before = ctx.text.slice(sentenceStart(ctx, span.open), span.open);
  if (TITLE_CUE.test(before) && /^\p{Lu}/u.test(p.text)) return false;
  if (!short) return true;
  const next = ctx.text.slice(span.close, span.close + 20);
  if (NAMING_CUE.test(before) || NAMED_THING_AFTER.test(next) || PLURAL_AFTER.test(next)) return false;
  const after = ctx.text.slice(span.close, sentenceEnd(ctx, span.close));
  return found || attributed(p) || quotesAQuotation(ctx, p) || inOpeningLine(ctx, span) || inHeadline(ctx, span) || reportsSpeech(before) || reportsSpeech(after);
}

/** A headline is short: a line of this many words or fewer, ending no sentence, reads as one (where a long line ending so is a caption or a list's item). */
const MAX_HEADLINE_WORDS = 12;

/**
 * A fragment in a headline below the first line is a quotation as one in the first line is (inOpeningLine): the story's headline
 * under a site's banner ("Fed: Fall In Officer Numbers 'Alarming'"), or a related story's ("Ministers must 'set a date' to end corridor care").
 */
function inHeadline(ctx: Context, span: QuotationSpan): boolean {
  return onHeadlineLine(ctx.text, span.open, span.close);
}

/** Whether the line holding `start`…`end` reads as a headline: short, and closing no sentence. */
function onHeadlineLine(text: string, start: number, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(text.lastIndexOf('\n', start) + 1, lineEnd < 0 ? text.length : lineEnd).trim();
  return !CLOSES_SENTENCE.test(line) && line.split(/\s+/).length <= MAX_HEADLINE_WORDS;
}

/**
 * A verb of speech in the fragment's sentence, before it or after it, makes the fragment someone's words, though the
 * reader cannot tell whose ("a health service leader warned, as he called the government’s lack of support for a
 * workforce plan “incredibly frustrating”", "… are “unsafe, ill-judged and dangerous”, the firefighters' union has
 * said"); a scare quote stands in a sentence nobody speaks.
 */
const reportsSpeech = (words: string): boolean => [...words.matchAll(SPEECH_VERB)].length > 0 || REPORTING_WORDS.test(words);

/**
 * A fragment quoted in the page's first line, its headline (or, where the copy has none, its lede),
 * is a quotation: a news headline puts in quotation marks only the words of the story's speaker
 * ("MP ‘scared’ of health reforms", "Punitive cuts to care ‘make no sense’"), where the body also
 * marks scare quotes and names.
 */
function inOpeningLine(ctx: Context, span: QuotationSpan): boolean {
  // A text of one line has no headline: it is all body.
  const lineEnd = ctx.text.indexOf('\n', ctx.text.search(/\S/));
  return lineEnd >= 0 && span.close <= lineEnd;
}

/** A short fragment whose words stand inside a longer quotation on the page ("‘Stagnated,’ Says Think Tank" above "… progress has stagnated …"): the page quoting its own quotation. */
function quotesAQuotation(ctx: Context, p: ProposedQuote): boolean {
  const own = squashed(p.text);
  if (own === '') return false;
  const words = ` ${own} `;
  // Squashed once per page, and only the spans that hold the words' first pair are read: a long page has thousands.
  const spanWords = (ctx.spanWords ??= spanRepeatIndex(ctx));
  return spanWords.index.holdingWhole(own.split(' ')).some((i) => {
    const s = ctx.spans[i] as QuotationSpan;
    return s.end - s.start > p.text.length && s.start !== p.start && ` ${spanWords.words[i]} `.includes(words);
  });
}

function spanRepeatIndex(ctx: Context): { words: string[]; index: RepeatIndex } {
  const words = ctx.spans.map((s) => squashed(ctx.text.slice(s.start, s.end)));
  return { words, index: repeatIndex(words) };
}

/** Words before a site's name that make it whom people speak to: a broadcaster or paper interviewing them. */
const SPOKEN_TO = /\b(?:told|tells|telling|(?:speaking|spoke|talking|talked)\s+to|interview\s+with)\s+(?:the\s+)?$/i;

/**
 * A speaker the page gives no organisation speaks for the site's own organisation when
 * the page names it (a press release quoting its staff): "Saffron Cordery, deputy chief
 * executive, said" on nhsproviders.org.
 */
function withPublisherOrganisation(ctx: Context, site: Site, proposals: ProposedQuote[]): void {
  const named = ctx.organisations
    .filter((m) => !insideQuotation(ctx.spans, m.start, m.end))
    .map((mention) => ({ mention, names: [mention.surface, organisationSpeaker(ctx, mention).organisationName ?? mention.surface] }));
  const publisher = publisherOrganisation(site, named);
  if (!publisher) return;
  // "Speaking to LBC, Professor Martin Green …": a site the page's people speak to interviews them; it is not their employer.
  const publisherName = publisher.names.at(-1);
  if (named.some((o) => o.names.at(-1) === publisherName && SPOKEN_TO.test(ctx.text.slice(Math.max(0, o.mention.start - 20), o.mention.start)))) return;
  const { organisationName, organisationId } = organisationSpeaker(ctx, publisher.mention);
  for (const p of proposals) {
    // A minister or MP quoted on a site speaks for no organisation the site belongs to (a broadcaster's report, say).
    if (!p.speakerName || p.organisationName || (p.role && POLITICAL_OFFICE.test(p.role))) continue;
    Object.assign(p, withoutEmpty({ organisationName, organisationId }));
  }
}

/** Words right before a name that make its holder the one asking the questions: "presenter Kay Burley", "an interview with Naga Munchetty". */
const INTERVIEWER_BEFORE = /\b(?:[Pp]resenter|[Hh]ost|[Ii]nterviewer|[Aa]nchor|[Ii]nterview\s+with)\s+$/;
/** Words right before a body that make it where an interview went out: "appearing on Sky News", "an interview with Naga Munchetty on BBC Breakfast". */
const ON_AIR_BEFORE = /\b(?:[Aa]ppear(?:s|ed|ing)?|[Ss]peaking|[Ii]nterview\s+with\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+on\s+(?:the\s+)?$/u;

/**
 * "In an interview with Naga Munchetty on BBC Breakfast this morning, Atkins was asked …": whoever asks the questions
 * in a broadcast interview is with the programme or channel the page says it went out on.
 */
function withBroadcasterOfInterviewer(ctx: Context, proposals: ProposedQuote[]): void {
  const broadcaster = ctx.organisations.find(
    (m) => !insideQuotation(ctx.spans, m.start, m.end) && ON_AIR_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 60), m.start)),
  );
  if (!broadcaster) return;
  const interviewers = new Set(
    ctx.personRefs.filter((r) => INTERVIEWER_BEFORE.test(ctx.text.slice(Math.max(0, r.start - 20), r.start))).map((r) => r.speaker.speakerName),
  );
  const { organisationName, organisationId } = organisationSpeaker(ctx, broadcaster);
  for (const p of proposals) {
    if (p.speakerName && !p.organisationName && interviewers.has(p.speakerName)) Object.assign(p, withoutEmpty({ organisationName, organisationId }));
  }
}

/** Words for a body that, inside a title, say which kind of organisation its holder sits on ("Councilman", "committee chair", "trust spokesman"). */
const BODY_IN_TITLE = /^(?:council|committee|board|trust|commission|union|college|society|association|party)/;

/** The honorific a page gives a member of a council: "Cllr John Osman", "Councillor Theo Butt Philip", "Coun Lamb". */
const COUNCILLOR = String.raw`${COUNCILLOR_HONORIFIC}\s+`;
const COUNCILLOR_BEFORE = new RegExp(String.raw`(?<![\p{L}])${COUNCILLOR}$`, 'u');
const COUNCILLOR_OPENING = new RegExp(`^${COUNCILLOR}`);

/** Whether the page calls the person at `r` a councillor, before the name or as the name's own honorific. */
const isCalledCouncillor = (ctx: Context, r: PersonRef): boolean =>
  COUNCILLOR_BEFORE.test(ctx.text.slice(Math.max(0, r.start - 12), r.start)) || COUNCILLOR_OPENING.test(ctx.text.slice(r.start, r.end));
/** Offices only a council's members hold: "cabinet member for adult social care". */
const COUNCIL_OFFICE = /\bcabinet\s+member\b/i;

/** A minister's or secretary's office in a government ("health minister", "Deputy First Minister"); not a union's general secretary, nor the opposition's shadow. */
const GOVERNMENT_OFFICE = /^(?!.*\bshadow\b)(?:.*\bminister\b|.*(?<!general\s)\bsecretary\b)/i;

/**
 * "Councilman Stephen Levin said" on a page about the City Council: a title naming the kind of
 * body its holder sits on, given without an organisation, is held at the organisation the page
 * names with that word (outside quotations), the last one before the quotation, else the first; a page naming
 * no such organisation may name the body in lower case ("the public accounts committee", bodyDescribedBefore).
 */
function withOrganisationOfTitle(ctx: Context, proposals: ProposedQuote[]): void {
  const councillors = new Set(ctx.personRefs.filter((r) => isCalledCouncillor(ctx, r)).map((r) => r.speaker.speakerName));
  // The page's governments named for their country, read once, and only when some minister needs them.
  let governments: ReadonlySet<Mention> | undefined;
  const governmentsNamed = () => (governments ??= new Set(ctx.organisations.filter((m) => isGovernmentName(organisationSpeaker(ctx, m).organisationName ?? ''))));
  for (const p of proposals) {
    if (!p.role || p.organisationName) continue;
    const bodies = p.role.toLowerCase().split(/[\s-]+/).flatMap((w) => BODY_IN_TITLE.exec(w)?.[0] ?? []);
    // "County Tory leader Cllr John Osman", "Liz Eyre, the cabinet member for social services": a councillor's office is held at the council.
    if (councillors.has(p.speakerName) || COUNCIL_OFFICE.test(p.role)) bodies.push('council');
    // "Mr Chisholm, the health minister" on a page naming the Scottish Executive: a minister is with the government the page names.
    const inGovernment = GOVERNMENT_OFFICE.test(p.role);
    if (bodies.length === 0 && !inGovernment) continue;
    const named = ctx.organisations.filter(
      (m) =>
        !insideQuotation(ctx.spans, m.start, m.end) &&
        (bodies.includes((m.surface.split(/\s+/).at(-1) ?? '').toLowerCase()) || (inGovernment && governmentsNamed().has(m))),
    );
    const body = named.filter((m) => m.end <= p.start).at(-1) ?? named[0];
    if (!body) {
      const described = bodyDescribedBefore(ctx, bodies, p.start);
      if (described) p.organisationName = described;
      continue;
    }
    const { organisationName, organisationId } = organisationSpeaker(ctx, body);
    Object.assign(p, withoutEmpty({ organisationName, organisationId }));
  }
}

/**
 * "the public accounts committee says …  ¶ Committee chairman Sir Geoffrey Clifton-Brown said": a body the page names only in
 * lower case, by two or more words and the noun the title names, after "the" or a possessive; the last before `before`.
 */
function bodyDescribedBefore(ctx: Context, nouns: readonly string[], before: number): string | undefined {
  if (nouns.length === 0) return undefined;
  const described = new RegExp(String.raw`(?<=\bthe\s|['’]s\s)((?:[a-z][a-z-]*\s+){2,6}(?:${nouns.join('|')}))(?![\p{L}'’-])`, 'gu');
  return [...ctx.text.slice(0, before).matchAll(described)].filter((m) => !insideQuotation(ctx.spans, m.index, m.index + 1)).at(-1)?.[1];
}

/**
 * "Jane Smith, chief executive, said" on a page about one organisation: an office that
 * exists only inside an organisation (chief executive, chair, director, spokesperson, …)
 * given without one is held at the first organisation the page names outside quotations
 * (its headline or lede). Political offices (minister, MP, health secretary) are not:
 * a minister quoted in a charity's story does not speak for the charity.
 */
function withLedeOrganisation(ctx: Context, proposals: ProposedQuote[]): void {
  const first = ctx.organisations.find((m) => !insideQuotation(ctx.spans, m.start, m.end));
  if (!first) return;
  const { organisationName, organisationId } = organisationSpeaker(ctx, first);
  for (const p of proposals) {
    if (!p.speakerName || !p.role || p.organisationName) continue;
    if (!ORGANISATION_OFFICE.test(p.role) || POLITICAL_OFFICE.test(p.role)) continue;
    Object.assign(p, withoutEmpty({ organisationName, organisationId }));
  }
}

/**
 * A title the page gives a person anywhere is theirs at every quotation: "Jeremy Hunt has admitted
 * … “unsustainable”" above "The health secretary told ITV News" takes "health secretary" too. Read
 * once every quotation is attributed, so a title stated after a quotation reaches back to it.
 */
function withLaterTitle(ctx: Context, p: ProposedQuote, speaker: Speaker | undefined): void {
  if (!speaker?.speakerName || p.role) return;
  const { role, organisationName, organisationId } = describedFor(ctx, speaker);
  if (!role || (p.organisationName && organisationName && p.organisationName !== organisationName)) return;
  const organisation = (organisationId && ctx.knownOrganisations.get(organisationId)?.name) ?? organisationName;
  Object.assign(p, { role }, p.organisationName || !organisation ? {} : withoutEmpty({ organisationName: organisation, organisationId }));
}

export interface ExtractOptions {
  /**
   * The byline's author. When given and the text has no quotation at all, the text is
   * the author's own words (an opinion piece) and is proposed as such (lib/capture/author-voice.ts).
   */
  author?: Author;
  /** The page's address and site name: the organisation the site belongs to is its staff's (lib/capture/publisher-organisation.ts). */
  site?: Site;
}

/**
 * "The Mental Health Foundation" is not "The Health Foundation": a known organisation's name of two or
 * more words, right after another capitalised word of the same name, is part of a longer name.
 */
function insideLongerName(text: string, m: Mention): boolean {
  const before = /(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
  return !!before && !/^(?:The|A|An)$/.test(before) && /\s/.test(m.surface.replace(/^[Tt]he\s+/, ''));
}

/**
 * "Scottish Labour have stated", "Scottish Labour’s health spokesperson Jackie Baillie": a party's name after a people's
 * adjective names the party's branch in that nation, an organisation of its own, not the party the corpus knows.
 */
function asNationalBranch(text: string, m: Mention, known: ReadonlyMap<string, KnownEntity>): Mention {
  const nation = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, m.start - 20), m.start));
  if (!nation || !/\sParty$/.test(known.get(m.id)?.name ?? '') || !isDemonym(nation[1] as string)) return m;
  const start = m.start - nation[0].length;
  const surface = text.slice(start, m.end);
  return { id: `${UNKNOWN_ORGANISATION}${surface}`, surface, start, end: m.end };
}

export function extractQuotes(page: string, known: KnownEntities, options: ExtractOptions = {}): ProposedQuote[] {
  // A hard-wrapped page is read with its sentences on one line each; the offsets are the page's.
  const hardWrapped = isHardWrapped(page);
  const text = unwrapLines(page, hardWrapped);
  const spans = findQuotationSpans(text, hardWrapped);
  if (spans.length === 0 && options.author) return proposeAuthorQuotes(page, options.author);
  const ctx: Context = {
    text,
    spans,
    people: findMentions(text, known.people),
    titles: [],
    organisations: findMentions(text, known.organisations).filter((m) => !insideLongerName(text, m)),
    knownPeople: new Map(known.people.map((p) => [p.id, p])),
    knownOrganisations: new Map(known.organisations.map((o) => [o.id, o])),
    personRefs: [],
    described: new Map(),
    ledeTitles: new Map(),
    officeHolders: new Map(),
    describedBeforeNamed: new Set(),
    pageDescribed: new Map(),
    genders: new Map(),
  };
  ctx.organisations = ctx.organisations.map((m) => asNationalBranch(text, m, ctx.knownOrganisations));
  // People and organisations share words ("Labour" in "the Labour MP"); a person's name wins.
  const peopleCoverage = new Coverage(text.length, ctx.people);
  ctx.organisations = ctx.organisations.filter((o) => !peopleCoverage.overlaps(o));
  splitTitleMentions(ctx);
  const unknownOrganisations = findOrganisationCandidates(text, [...ctx.people, ...ctx.titles, ...ctx.organisations]).filter(
    (o) => !insideQuotation(spans, o.start, o.end),
  );
  ctx.organisations = [...ctx.organisations, ...unknownOrganisations].sort((a, b) => a.start - b.start);
  collectPersonRefs(ctx);
  collectLedeTitles(ctx);
  collectOfficeHolders(ctx);
  collectVariedTitles(ctx);

  const proposals: { proposal: ProposedQuote; span: QuotationSpan; found: boolean; speaker: Speaker | undefined }[] = [];
  let previous: { speaker: Speaker; close: number } | undefined;
  for (const span of spans) {
    const read =
      inspectorateGrade(ctx, span) ??
      possessorOfSpeech(ctx, span) ??
      attributeBefore(ctx, span) ??
      attributeAfter(ctx, span) ??
      organisationClosing(ctx, span) ??
      groupSpeaks(ctx, span, previous) ??
      attributeReported(ctx, span, previous?.close ?? 0) ??
      headlineTitleBefore(ctx, span) ??
      summarisedAfter(ctx, span) ??
      subheading(ctx, span) ??
      continuation(ctx, span, previous) ??
      attributeSameSentence(ctx, span) ??
      organisationSubject(ctx, span) ??
      abstained(ctx, span, previous);
    const found = titleGoesOn(ctx, span, read, previous) ?? read;
    // An anonymous source ("a think tank has said") is nobody a later quotation can continue.
    if (found && (found.speaker.speakerName || found.speaker.organisationName)) previous = { speaker: found.speaker, close: span.close };
    proposals.push({ proposal: toProposal(ctx, span, found), span, found: !!found, speaker: found?.speaker });
  }
  for (const p of proposals) withLaterTitle(ctx, p.proposal, p.speaker);
  inheritRepeated(text, proposals.map((p) => p.proposal));
  withBroadcasterOfInterviewer(ctx, proposals.map((p) => p.proposal));
  withOrganisationOfTitle(ctx, proposals.map((p) => p.proposal));
  if (options.site) withPublisherOrganisation(ctx, options.site, proposals.map((p) => p.proposal));
  withLedeOrganisation(ctx, proposals.map((p) => p.proposal));
  const quotes = proposals.filter(({ proposal, span, found }) => isQuote(ctx, proposal, span, found)).map((p) => p.proposal);
  // The page's own words, its line breaks included.
  return text === page ? quotes : quotes.map((q) => ({ ...q, text: page.slice(q.start, q.end) }));
}
