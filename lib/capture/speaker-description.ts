// Reads a speaker's role and organisation from the words around their name:
//   after it:  "Matthew Taylor, chief executive of the NHS Confederation, said"
//              "Stephen Chandler, ADASS president said", "Christina McAnea, Unison general secretary, said"
//   before it: "NHS Providers chief executive Chris Hopson said",
//              "the deputy chief executive of NHS Providers, Saffron Cordery, said",
//              "RCN General Secretary and Chief Executive, Professor Nicola Ranger, said".
// A phrase is a role only if it contains a role noun (lib/capture/attribution-cues.ts),
// which keeps "Responding to the publication of the white paper" out of it.
// Organisations are the known ones and the unknown ones the page names
// (lib/capture/organisation-names.ts); places are not organisations ("London GP").
import {
  BARE_GENERIC_BODY, COORDINATED_NEXT, GENERIC_BODY_NOUN, HONORIFICS, NAME_CONNECTORS, ORGANISATION_OFFICE, ORGANISATION_WORDS, POLITICAL_OFFICE, POST_NOMINALS, ROLE_MODIFIERS, ROLE_NOUNS, SEAT_LETTERS, SPEECH_VERB, TRAILING_AUXILIARIES,
} from './attribution-cues';
import { capitalisedInsideSentences, writesInLowerCase } from './common-noun-names';
import type { Mention } from './known-mentions';
import { endsInPluralNoun, isDemonym, isOrdinaryWord, isPluralNoun, opensWithVerbAndObject, placeWords, titleAfterClause } from './name-nlp';
import { abbreviatesTermBefore, unknownOrganisationName } from './organisation-names';
import { OCCUPATION_NOUNS } from './occupation-nouns';
import { isPartyPlural, partyAside, partyOpening } from './party-names';

export interface SpeakerDescription {
  role?: string;
  organisationName?: string;
  organisationId?: string;
}

/**
 * A minister's or secretary's portfolio is part of the title, not an organisation:
 * "Secretary of State for Health and Social Care", "Minister for Care", "Minister of Health", "Shadow Secretary of State"
 * (a spokesperson "for" a named body speaks for that organisation, so only secretaries and ministers).
 */
const PORTFOLIO_TITLE = /^[\s,]*(?:[\p{L}-]+\s+){0,2}?(?:[Ss]ecretary|[Mm]inister)(?:\s+of\s+State(?:\s+for\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and|&|of|the|\p{Lu}[\p{L}'’-]*))*)?|(?<=[Mm]inister)\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and|&|\p{Lu}[\p{L}'’-]*))*|\s+for\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and|&|of|the|\p{Lu}[\p{L}'’-]*))*)(?=[\s,;:.]*$)/u;

/**
 * "permanent secretary for the Department of Health and Social Care": a department or
 * ministry after the link is the organisation the official serves, not a portfolio.
 */
const DEPARTMENT_AFTER_LINK = /\s(?:of|for)\s+(?:the\s+)?(?:Department|Ministry)\b/;

/**
 * What joins a title to the body it is held at: "of", "at", "for", and "in" before a department or ministry ("Baroness Penn,
 * parliamentary under secretary of state in the Department for Levelling Up"; not "a GP in Camden", where someone works).
 */
const TITLE_LINK = /\s(?:of|at|for|with)\s|\sin\s(?=(?:the\s+)?(?:Department|Ministry)\b)/g;

/** A role, then "for" or "of" and up to four lower-case words to the end of the phrase ("Head of finance"; not "for the union"). */
const REMIT = /^([^,;:]*?)\s+(?:for|of)\s+(?!(?:the|a|an|his|her|its|their)\b)\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}[\s,;:.]*$/u;

/**
 * "leader of the Green group on the council", "Leader of the Labour Group": a party's group on a council is a body of its own
 * and its name is part of the title of whoever leads it (a leader: a chief executive "of the Oakland Care Group" runs a company);
 * a name after "group" is a body's ("the campaign group River Action").
 */
const PARTY_GROUP = /^the\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}[Gg]roup)\b(?![\s,]*\p{Lu})/u;

/** A capitalised possessive ("Mencap’s", "the Acme Society's"). */
const POSSESSIVE = /\p{Lu}[\p{L}-]*['’]s\b/u;

/**
 * "the union’s general secretary": a generic noun's possessive names no organisation and is not part of the role; a plural's
 * ("children’s services cabinet member") is whom the post serves, and is.
 */
const GENERIC_POSSESSIVE = /^(\p{Ll}[\p{Ll}-]*)['’]s\s+/u;

/** "chief executive and a former nurse": a second description of the person after "and a", not part of one title. */
const SECOND_DESCRIPTION = /\s+and\s+(?:a|an|also|has|is|was|who)\s.*$/;

/** Lower-case words describing a body before its name, after "of" ("independent health think tank", "not-for-profit care provider"). */
const KIND_BEFORE_NAME = /^(?:(?:the|an?)\s+)?(?:(?!(?:at|of|for|in|on|with|from|by|and)\s)\p{Ll}[\p{Ll}-]*\s+){1,5}(?=\p{Lu})/u;

const GENERIC_BODY = new RegExp(String.raw`^the\s+${GENERIC_BODY_NOUN}[\s,;:.]*$`, 'i');
/**
 * "the charity’s director of policy": the same generic noun as a possessive opening a title, after a name or before
 * one (“…,” the union’s national secretary Rehana Azam said: the closing mark of the quotation may open the phrase).
 */
const GENERIC_BODY_POSSESSIVE = new RegExp(String.raw`^[\s”"’']*the\s+${GENERIC_BODY_NOUN}['’]s\s+`, 'i');
/** How far back that body may be named (also for a body, a motion or "the union" speaking for its organisation in attribution.ts). */
export const MAX_GENERIC_BODY_GAP = 600;

/** Whether an organisation's name holds a generic noun for a body ("council" in "Sheffield City Council"). */
export function namedWith(noun: string): (m: Mention) => boolean {
  const holdsNoun = new RegExp(String.raw`(?<![\p{L}])${noun.replace(/\s+/g, String.raw`\s+`)}(?![\p{L}])`, 'iu');
  return (m) => holdsNoun.test(unknownOrganisationName(m) ?? m.surface);
}

/**
 * The organisation a generic noun for a body stands for: the last one named before `from`, within MAX_GENERIC_BODY_GAP,
 * preferring one whose name holds the noun ("the council’s cabinet member" is Somerset Council's, though Unison was named since).
 * Attribution reads a body, a motion or "the union" speaking for its organisation with it too.
 */
export function genericBodyBefore(organisations: readonly Mention[], from: number, noun?: string, mostNamed = false): Mention | undefined {
  const near = organisations.filter((m) => m.end <= from && from - m.end <= MAX_GENERIC_BODY_GAP);
  const holding = noun ? near.findLast(namedWith(noun)) : undefined;
  // A sentence opening "Union president …" takes up the body the passage is about: the one named most (by name and acronym), ties to the last.
  const times = (m: Mention) => near.filter((o) => o.id === m.id).length;
  const most = mostNamed ? near.reduce<Mention | undefined>((best, m) => (best === undefined || times(m) >= times(best) ? m : best), undefined) : undefined;
  return holding ?? most ?? near.at(-1);
}

/**
 * A director or head "of" or "for" a capitalised name that no organisation mention covers heads a department
 * ("Director of Research and Influencing", "Head of Policy", "Assistant Director for Integrated Passenger Transport"): the name is part of the
 * title, not an organisation (an organisation's name holds an institutional word or is known).
 */
const DEPARTMENT_HEAD = /\b(?:director|head)$/i;

/**
 * "Director of Mind Cymru", "managing director of Stagecoach West": a name ending in a compass point or a nation of the
 * UK names a body's regional or national arm, not a department (a department is named for its work: "Research", "Policy").
 */
const REGIONAL_ARM = /\s(?:North|South|East|West|Central|England|Scotland|Wales|Cymru|Ireland)$/;

/** A title ending in a seat in a legislature or a council, which its holder sits "for" (a constituency, a ward; a cabinet member's "for" is a portfolio, part of the title too). */
const SEAT_HOLDER = new RegExp(String.raw`(?:\b(?:${SEAT_LETTERS.join('|')})|[Cc]ouncillor|[Mm]ember)$`);

/** A role of more words than this (not counting "of", "and" or "&") is a clause, not a title. */
const MAX_ROLE_WORDS = 7;

/** Words that start a clause or a noun phrase and belong to neither role nor organisation ("Sir Merrick Cockell is chairman of …"). */
const LEADING_FILLER = /^(?:(?:but|and|so|yet|while|whilst|whereas|meanwhile|however|today|yesterday|earlier|later|now|the|a|an|another|its|their|our|his|her|said|says|with|new|newly[ -]elected|newly[ -]appointed|is|was|has been)\s+)+/i;
/**
 * "delivers inaugural speech as chair", "has been voted in as the new chairman": the capacity after "as" is the
 * title and the lower-case clause before it is not ("such as" and "as well as" name no capacity).
 */
const CAPACITY_AS = /^(?:\p{Ll}[\p{Ll}-]*\s+){0,4}(?<!\bsuch\s+)as\s+(?!well\b)/u;
/** Words that make a phrase a clause rather than a title ("In his first letter to the Secretary"). */
const CLAUSE_WORDS = /\b(?:in|to|his|her|their|its|with|from|by|was|is|has|had|who|which|that|when|after|before)\b/i;

const bareWord = (w: string): string => w.toLowerCase().replace(/[^a-z&-]/g, '');

/** Words that join a title's parts ("Director of Policy, Campaigns and Public Affairs") and make it no more of a clause. */
const LIST_WORDS = new Set(['of', 'and', '&']);

/**
 * A phrase holding a quotation mark or a speech verb runs across a quotation or a clause ("hole” and former
 * chancellor", "care nurse challenges minister and says"): a title holds neither. "response" names a kind of work.
 */
const ACROSS_SPEECH = new RegExp(String.raw`[“”"‘]|(?!response\b)(?:${SPEECH_VERB.source})`);

/** Whether a phrase names an office: it holds one of the hand-listed role nouns ("chief executive", "GMB national officer"). */
function isOffice(phrase: string): boolean {
  return phrase.toLowerCase().split(/\s+/).some((w) => ROLE_NOUNS.has(bareWord(w)) || w.split('-').some((p) => ROLE_NOUNS.has(bareWord(p))));
}

/** What links a title's head noun to where or whom it serves ("candidate for Ceredigion", "author of the report"). */
const HEAD_LINKS = new Set(['of', 'for', 'at', 'with']);

/**
 * Whether a phrase's head noun is an occupation (lib/capture/occupation-nouns.ts, from WordNet): "Real Cardiff author",
 * "Parliamentary candidate for Ceredigion". The head is the word before the first link, else the last word.
 */
function hasOccupationHead(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter((w) => w !== '');
  const link = words.findIndex((w, i) => i > 0 && HEAD_LINKS.has(w));
  const head = (link > 0 ? words[link - 1] : words.at(-1)) ?? '';
  return OCCUPATION_NOUNS.has(bareWord(head));
}

function isRole(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/[\s]+/).filter((w) => w !== '');
  if (CLAUSE_WORDS.test(phrase) || ACROSS_SPEECH.test(phrase)) return false;
  const counted = words.filter((w) => !LIST_WORDS.has(w));
  return counted.length > 0 && counted.length <= MAX_ROLE_WORDS && (isOffice(phrase) || hasOccupationHead(phrase));
}

/** "Labour MPs John McDonnell and Richard Burgon": a plural title before names is each one's title in the singular. */
function singularTitle(phrase: string): string {
  return phrase.replace(/([\p{L}-]+)s$/u, (word, stem: string) => (ROLE_NOUNS.has(bareWord(stem)) && !ROLE_NOUNS.has(bareWord(word)) ? stem : word));
}

function tidy(phrase: string): string {
  return phrase
    .replace(/\s+/g, ' ')
    // An aside in brackets is not part of a title, but an acronym of the words before it is ("intensive care unit (ICU) nurse").
    .replace(/\(([^)]*)\)/g, (aside, inside: string, at: number, whole: string) => (abbreviatesTermBefore(whole.slice(0, at), inside) ? aside : ' '))
    // A closing bracket opening the phrase ends an aside before it ("National Campaign Against Fees and Cuts (NCAFC) member").
    .replace(/^[\s,;:)]+|[\s,;:.]+$/g, '')
    .replace(CAPACITY_AS, '')
    .replace(LEADING_FILLER, '')
    .replace(GENERIC_POSSESSIVE, (possessive, noun: string) => (isPluralNoun(noun) ? possessive : ''))
    .replace(SECOND_DESCRIPTION, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function describeMention(m: Mention): SpeakerDescription {
  const unknown = unknownOrganisationName(m);
  return unknown !== undefined ? { organisationName: unknown } : { organisationName: m.surface.replace(/^[Tt]he\s+/, ''), organisationId: m.id };
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

/** A name made only of places ("London") is where someone works, not whom they speak for. */
function isPlace(name: string): boolean {
  const places = placeWords(name);
  return name.split(/\s+/).every((w) => places.has(w.replace(/[^\p{L}'’-]/gu, '')));
}

function organisationIn(from: number, to: number, organisations: readonly Mention[]): Mention | undefined {
  return organisations.find((m) => m.start >= from && m.end <= to);
}

/** A description whose organisation is only a capitalised phrase after "of", not a recognised organisation. */
interface Described extends SpeakerDescription {
  guessed?: true;
}

/** A place's possessive opening a phrase, perhaps after a compass word: "north London’s ", "Scotland’s ". */
const PLACE_POSSESSIVE = /^(?:the\s+)?(?:(?:north|south|east|west|central|inner|outer)(?:-?(?:east|west))?\s+)?(\p{Lu}[\p{L}-]*)['’]s\s+/u;

/**
 * A place (or its possessive), then up to three lower-case words ending in a body's noun and no capitalised word after it
 * ("Hampshire’s police federation", "Leeds hospitals"): a body the page names by where it is and what it is, not by a name.
 */
const LOCAL_BODY = /^(\p{Lu}[\p{L}-]*)(?:['’]s)?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:council|committee|federation|union|trust|association|authority|board|hospitals?)(?![\p{L}'’-])(?!\s+\p{Lu})/u;

/**
 * "Chief Inspector of Hospitals": after a title's "of", a plural noun, perhaps after the place it is in (a local body's
 * noun aside, "head of Leeds hospitals"), is what the office covers, not a body: it belongs to the title, and a place is
 * nobody's organisation. A capitalised word after the noun continues a body's name ("Hospitals NHS Trust"), and an
 * institutional word ("Services", "Providers") may end one: both are left to the organisation readings, and so is a
 * capitalised plural the page never writes in lower case (a charity's name, "chief executive of Samaritans"). The words
 * covered, or undefined.
 */
const COVERED_OBJECT = /^(?:(\p{Lu}[\p{L}'’-]*)\s+)?([\p{L}-]+)(?![\p{L}'’-])(?!\s+\p{Lu})/u;

function coveredByTitle(text: string, object: string, role: string): string | undefined {
  const covered = COVERED_OBJECT.exec(object);
  const plural = covered?.[2] as string;
  if (!covered || (covered[1] !== undefined && !isPlace(covered[1])) || ORGANISATION_WORDS.has(plural)) return undefined;
  const named = /^\p{Lu}/u.test(plural) && !writesInLowerCase(text, plural);
  return !named && endsInPluralNoun(`${role} of ${covered[0]}`) ? covered[0] : undefined;
}

/**
 * "Unite national officer for health Sarah Carpenter", "FBU regional secretary for London Paul Embery": a remit or a portfolio
 * after "for" or "of" names no body, but a body's name opening the title before it does, as it does before a title without one
 * ("NHS Providers chief executive"); the title is the rest, remit and all.
 */
function bodyOpeningTitle(text: string, from: number, to: number, organisations: readonly Mention[]): SpeakerDescription {
  const link = /\s(?:for|of)\s/.exec(text.slice(from, to));
  const head = link ? organisationThenRole(text, from, from + link.index, organisations) : undefined;
  if (!link || !head?.organisationName || !head.role) return { role: tidy(text.slice(from, to)) };
  return { ...head, role: tidy(`${head.role}${text.slice(from + link.index, to)}`) };
}

/**
 * "chief executive of the NHS Confederation" → role and organisation; undefined when no
 * role leads it. The role may hold its own "of" ("Head of Public Affairs and Campaigns at
 * Alzheimer’s Society"): the link used is the first one followed by a recognised
 * organisation, else the first followed by a capitalised name ("Chairman of De La Rue").
 * When an organisation leads the role ("Nuffield Trust Deputy Director of Research"), the
 * "of" is inside the role and organisationThenRole reads it.
 */
function roleOfOrganisation(text: string, from: number, to: number, organisations: readonly Mention[]): Described | undefined {
  const phrase = text.slice(from, to);
  const portfolio = PORTFOLIO_TITLE.exec(phrase);
  // The portfolio may be long ("… for Digital, Culture, Media and Sport"): the title's word limit does not apply to it.
  if (portfolio && !CLAUSE_WORDS.test(portfolio[0]) && !DEPARTMENT_AFTER_LINK.test(portfolio[0])) return bodyOpeningTitle(text, from, from + portfolio[0].length, organisations);
  // "cabinet member for adult social care", "Head of finance": a remit or department in lower case after "for" or "of" names no
  // organisation and belongs to the role; an organisation opening the role is organisationThenRole's ("Ofgem director of enforcement").
  const remit = REMIT.exec(phrase);
  const remitRole = remit?.[1] as string;
  if (remit && isRole(tidy(remitRole)) && !CLAUSE_WORDS.test(remitRole) && !POSSESSIVE.test(remitRole) && !organisationIn(from, from + remitRole.length, organisations)) {
    return bodyOpeningTitle(text, from, to, organisations);
  }
  let guessed: Described | undefined;
  let roleOnly: Described | undefined;
  for (const link of phrase.matchAll(TITLE_LINK)) {
    const role = tidy(phrase.slice(0, link.index));
    // "Mencap’s head of policy": a possessive names the organisation and organisationThenRole reads it.
    if (!isRole(role) || POSSESSIVE.test(role)) continue;
    // An organisation inside the role is organisationThenRole's to read, unless an earlier link already gave the role
    // ("chair of the general practice council (GPC) for England").
    if (organisationIn(from, from + link.index, organisations)) return guessed ?? roleOnly;
    const orgFrom = from + link.index + link[0].length;
    const group = link[0].trim() === 'of' && /\bleader$/i.test(role) ? PARTY_GROUP.exec(text.slice(orgFrom, to)) : null;
    if (group) return { role: tidy(text.slice(from, orgFrom + group[0].length)), organisationName: group[1] as string };
    // "of independent health think tank The King’s Fund", "of not-for-profit care provider Anchor Hanover": what kind of body it is, then its name.
    const kind = KIND_BEFORE_NAME.exec(text.slice(orgFrom, to))?.[0].length ?? 0;
    const named = organisationIn(orgFrom, to, organisations);
    if (named && (text.slice(orgFrom, named.start).trim().replace(/^the$/i, '') === '' || named.start === orgFrom + kind)) return { role, ...describeMention(named) };
    // "Mike Adamson, chief executive of the charity, said": a generic noun for a body is the organisation the page named last.
    const genericNoun = GENERIC_BODY.exec(text.slice(orgFrom, to))?.[1];
    const generic = genericNoun ? genericBodyBefore(organisations, from, genericNoun) : undefined;
    if (generic) return { role, ...describeMention(generic) };
    // "chairman of Hampshire’s police federation", "head of Leeds hospitals": a place, then lower-case words ending in a body's noun, is the body.
    const local = link[0].trim() === 'of' ? LOCAL_BODY.exec(text.slice(orgFrom, to)) : null;
    if (local && isPlace(local[1] as string)) return { role, organisationName: tidy(local[0]) };
    // "Chief Inspector of Hospitals": what the office covers is part of the title.
    const covered = link[0].trim() === 'of' ? coveredByTitle(text, text.slice(orgFrom, to), role) : undefined;
    if (covered) {
      roleOnly ??= { role: tidy(text.slice(from, orgFrom + covered.length)) };
      continue;
    }
    // "chief executive of north London’s Royal Free group of trusts": where the body is based, as a possessive, comes before its name.
    const based = PLACE_POSSESSIVE.exec(text.slice(orgFrom, to));
    const name = leadingProperName(text.slice(orgFrom + (based && isPlace(based[1] as string) ? based[0].length : kind), to));
    // "Assistant Director of Industrial Relations": what a director or head leads, named without an institutional word, is their department.
    /** The title through the name after its link: the name is part of it (a department, a seat). */
    const throughName = (named: string): Described => ({ role: tidy(text.slice(from, orgFrom + text.slice(orgFrom, to).indexOf(named) + named.length)) });
    if (name && ['of', 'for'].includes(link[0].trim()) && kind === 0 && DEPARTMENT_HEAD.test(role) && !REGIONAL_ARM.test(name)) {
      roleOnly ??= throughName(name);
      continue;
    }
    // "the Conservative MP for Ludlow", "Councillor for Penn Wood and Old Amersham": whom a seat's holder sits for is their seat, part of the title.
    // The title ends at its seat: what follows is another office ("and chair of the Commons environmental audit committee").
    if (name && link[0].trim() === 'for' && SEAT_HOLDER.test(role)) {
      roleOnly ??= throughName(name);
      break;
    }
    if (name && !isPlace(name)) guessed ??= { role, organisationName: name, guessed: true };
    roleOnly ??= { role };
  }
  return guessed ?? roleOnly;
}

/**
 * "Director of Research and Influencing, Alzheimer’s Society said": an organisation
 * standing alone after the apposition is the speaker's, and the apposition is all role.
 */
function organisationAfterApposition(
  text: string,
  found: Described,
  apposition: [number, number],
  clauseEnd: number,
  organisations: readonly Mention[],
): Described {
  if (found.organisationName && !found.guessed) return found;
  const [a, b] = apposition;
  const named = organisationIn(b, clauseEnd, organisations);
  if (!named || !/^\s*,?\s*(?:the\s+)?$/i.test(text.slice(b, named.start)) || !/^[\s,]*$/.test(text.slice(named.end, clauseEnd))) return found;
  const role = tidy(text.slice(a, b));
  return isRole(role) ? { role, ...describeMention(named) } : found;
}

/**
 * Where an office is held is not part of its title: "Scotland’s Health Secretary" is the Health
 * Secretary, "Easington MP" an MP, "Bolton GP" a GP. A leading place (possessive or not) is dropped,
 * unless it names the assembly that follows ("London Assembly Member": the London Assembly's member; a council's place is
 * where its office is held, as an MP's is).
 */
function withoutLeadingPlace(role: string): string {
  const [first, ...rest] = role.split(' ');
  const place = (first ?? '').replace(/['’]s$/, '');
  const namesChamber = place === first && rest[0] === 'Assembly';
  return rest.length > 0 && placeWords(place).has(place) && !namesChamber ? rest.join(' ') : role;
}

/**
 * Two descriptions joined by "and" before any remit or department (an "and" after a title's "for" or "of" joins those:
 * "director of programmes and primary care development"). Both titles are one post with a double title ("General Secretary and
 * Chief Executive") unless the second is held at a body of its own: then they are two offices, and the first is the one the person
 * is named by ("Northumbria Healthcare FT chief executive and NHS England’s elective recovery director Sir Jim Mackey"). A first
 * that is no title is what the person is, the lone office noun after it the office ("a paramedic and official for trade union
 * Unite"); a title of more words after "and" may share its head with the words before ("health and social care secretary").
 */
const TWO_DESCRIPTIONS = /^((?:(?!\s(?:for|of)\s).)*?)\s+(?:and|&)\s+(.*)$/;

function oneOffice(role: string): string {
  const [, first, second] = TWO_DESCRIPTIONS.exec(role) ?? [];
  if (!first || !second || !isRole(second)) return role;
  // An occupation first ("a paramedic and official for trade union Unite") is what the person is; an office first is a double title.
  if (isOffice(first)) return POSSESSIVE.test(second) ? first : role;
  return /\s/.test(second) ? role : second;
}

const plain = ({ guessed: _guessed, ...description }: Described): SpeakerDescription =>
  description.role ? { ...description, role: withoutLeadingPlace(oneOffice(description.role)) } : description;

/**
 * A legislature's assembly, or a local council, is a chamber, and an office its elected members hold in it is named with
 * it: "City Council President", "Council leader", "Assembly member" (the office, not just any president or member). A
 * council is a local one when a local-government word or only places name it ("Winchester City Council", "NYC Council"),
 * not a regulator or a professional body ("General Medical Council"), and only its members' offices keep the word: a
 * council's chief executive or chair is an officer's title like any body's. A possessive ("the Council's leader") makes
 * the chamber the owner only.
 */
const ASSEMBLY_END = /(?<![\p{L}])Assembly$/u;
const COUNCIL_END = /(?<![\p{L}])Council$/u;
const LOCAL_GOVERNMENT_WORDS = new Set(['City', 'County', 'Borough', 'District', 'Town', 'Parish', 'Metropolitan']);
const CHAMBER_OFFICE = /^(?:deputy\s+)?(?:leader|president|speaker|member)$/i;

function isLocalCouncil(body: string): boolean {
  const before = body.replace(/^(?:the|The)\s+/, '').split(/\s+/).slice(0, -1);
  return before.some((w) => LOCAL_GOVERNMENT_WORDS.has(w)) || before.every((w) => placeWords(before.join(' ')).has(w));
}

/**
 * "Scottish Labour leader Anas Sarwar", "Bob Bright, Labour leader of Newport Council": a party's leader leads the party
 * itself, and the office is named with it as a council leader's is (a party's spokesperson only speaks for the party).
 */
const PARTY_LEADER = /^(?:deputy\s+)?leader\b/i;

function withChamber(body: string, role: string): string {
  if (ASSEMBLY_END.test(body)) return `Assembly ${role}`;
  const party = partyOpening(body);
  if (party && party.titleStart === body.length && PARTY_LEADER.test(role)) return `${party.party} ${role}`;
  return COUNCIL_END.test(body) && CHAMBER_OFFICE.test(role) && isLocalCouncil(body) ? `Council ${role}` : role;
}

/** A title in lower case, then "for" and whom the post serves ("national coordinator for GMB members working in …"). */
const SERVES = /^(\p{Ll}[\p{Ll}\s-]*?)\s+for\s/u;

/** Words grading an office ("Chief Fire Officer", "Deputy Chief Constable"): no body's name opens with one. */
const RANK = /^(?:Chief|Deputy|Assistant|Acting|Interim|Vice|Senior|Associate)$/;

/** "NHS Providers chief executive", "ADASS president", "RCN General Secretary and Chief Executive". */
function organisationThenRole(text: string, from: number, to: number, organisations: readonly Mention[]): SpeakerDescription | undefined {
  const named = organisationIn(from, to, organisations);
  // "Health and Social Care Secretary": before a bare secretary or minister, the words are a portfolio, not an organisation.
  if (named && unknownOrganisationName(named) !== undefined && /^\s*(?:[Ss]ecretary|[Mm]inister)[\s,]*$/.test(text.slice(named.end, to))) {
    return { role: tidy(text.slice(named.start, to)) };
  }
  if (named) {
    const role = tidy(text.slice(named.end, to).replace(/^['’]s\b/, ''));
    // "Labour’s Shadow Minister for Social Care and Mental Health": a portfolio is not held to the title's word limit.
    if (isRole(role) || (PORTFOLIO_TITLE.test(role) && !CLAUSE_WORDS.test(role))) {
      const title = /^['’]s\b/.test(text.slice(named.end)) ? role : withChamber(named.surface, role);
      return { role: title, ...describeMention(named) };
    }
    // "GMB national coordinator for GMB members working in the ambulance service": whom the post serves, a clause, follows the title.
    const served = SERVES.exec(role);
    return served && isRole(served[1] as string) ? { role: served[1] as string, ...describeMention(named) } : undefined;
  }
  const words = tidy(text.slice(from, to)).split(/\s+/).filter((w) => w !== '');
  let split = words.length;
  // The role is the trailing run of lower-case, role and role-qualifying words (and the acronym tidy kept for them);
  // capitalised words before it name the organisation.
  while (split > 0) {
    const w = words[split - 1] as string;
    if (/^[\p{Ll}(]/u.test(w) || ROLE_NOUNS.has(bareWord(w)) || ROLE_MODIFIERS.has(bareWord(w))) split--;
    else break;
  }
  while (split < words.length && ['and', '&'].includes(words[split] as string)) split++;
  // "Communities and local government minister": capitalised words "and" joins to the title are its first part, not an organisation.
  if (['and', '&'].includes(words[split - 1] as string)) split = 0;
  // A secretary's or minister's portfolio is part of the title ("Health & Social Care Secretary").
  const portfolio = split === words.length - 1 && /^(?:secretary|minister)$/i.test(words.at(-1) as string);
  if (portfolio && words.slice(0, split).every((w) => /^[\p{Lu}&]/u.test(w) || w === 'and')) split = 0;
  // "Wales’ new health secretary": words opening the title after the organisation or place are tidied as if they opened the phrase.
  const role = words.slice(split).join(' ').replace(LEADING_FILLER, '');
  if (!isRole(role)) return undefined;
  const organisationName = words.slice(0, split).join(' ').replace(/['’]s$/, '');
  // "Deputy First Minister and Scottish Lib Dem leader Jim Wallace": a capitalised title before "and" is the first of two offices, not
  // part of an organisation's name; the first is the person's title.
  const firstOffice = /^(.*?\p{Lu}[\p{L}-]*)\s+and\s/u.exec(organisationName)?.[1];
  if (firstOffice && ROLE_NOUNS.has(bareWord(firstOffice.split(/\s+/).at(-1) as string)) && firstOffice.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) {
    return { role: firstOffice };
  }
  // A name is capitalised words and connectors: "Union leader Pat Cullen has urged Health" is a clause, not an organisation.
  const nameLike = words.slice(0, split).every((w) => /^[\p{Lu}&]/u.test(w) || NAME_CONNECTORS.has(w));
  if (organisationName !== '' && !nameLike) {
    // "national Federation chair": a title's modifiers before the capitalised word make the whole phrase the title ("fierce attack on the
    // Health Secretary" is a clause).
    const modifiers = words.slice(0, split).filter((w) => /^\p{Ll}/u.test(w));
    return modifiers.every((w) => ROLE_MODIFIERS.has(w)) && /^\p{Ll}/u.test(words[0] as string) && isRole(words.join(' ')) ? { role: words.join(' ') } : undefined;
  }
  // "Union president Caroline Gourley said": a generic noun for a body, capitalised to open the sentence, names no body of its own; it stands
  // for the body the page named before, as "the union" does.
  if (split === 1 && BARE_GENERIC_BODY.test(organisationName)) {
    // A lede may open so and name the body only in the next sentence ("Union leader Pat Cullen has urged … ¶ The Royal College of Nursing (RCN) general secretary’s comment").
    const body = genericBodyBefore(organisations, from, organisationName, true) ?? organisations.find((m) => m.start >= to && m.start - to <= MAX_GENERIC_BODY_GAP);
    return body ? { role, ...describeMention(body) } : { role };
  }
  // "Primary school teacher": one capitalised ordinary word opening a sentence is part of the role, not an organisation ("Young Minds" is two),
  // unless the page capitalises it inside sentences too ("Unite general secretary Sharon Graham" on a page saying "1,000 Unite union members").
  // So is a word the page writes in lower case elsewhere ("Practice manager Pam Ilnyckyj" on a page about "practice closures") and a
  // demonym ("Welsh chairman Jeff Mapps"). Naming no body, such a title of an organisation's office is held at the body the passage
  // named last ("The federation has claimed … Welsh chairman Jeff Mapps said"), as "Union president" is.
  const opener = words[0] as string;
  if (split === 1 && (isOrdinaryWord(opener) || writesInLowerCase(text, opener) || isDemonym(opener)) && !capitalisedInsideSentences(text, opener)) {
    const role = words.join(' ');
    const body = ORGANISATION_OFFICE.test(role) && !POLITICAL_OFFICE.test(role) ? genericBodyBefore(organisations, from) : undefined;
    return body ? { role, ...describeMention(body) } : { role };
  }
  // "Chief Fire Officer Andy Cole": a rank opening the capitalised words grades the office they end in; they name no body.
  if (RANK.test(words[0] as string)) return { role: words.join(' ') };
  const isOrganisation = /^\p{Lu}/u.test(organisationName) && !isPlace(organisationName);
  return isOrganisation ? { role: withChamber(organisationName, role), organisationName } : { role };
}

/** Honours and bracketed asides between a name and what follows ("Martin Green OBE", "James Bullion (pictured)"). */
function skipAsides(text: string, index: number, limit: number): number {
  let i = index;
  for (;;) {
    const rest = text.slice(i, limit);
    const aside = /^\s*(?:\([^)]*\)|[A-Z]{2,5}\b)/.exec(rest);
    if (!aside || (!aside[0].includes('(') && !POST_NOMINALS.test(aside[0].trim()))) return i;
    i += aside[0].length;
  }
}

/** What joins a person to the organisation they are with: "of the", "from", "who chairs the", "who works for". */
const AFFILIATION_LINK = /^[\s,]*(?:of|from|at|who\s+(?:chairs|leads|heads|runs|founded|represents|works\s+(?:for|at)))\s+(?:the\s+)?$/i;

/** "of the Acme Society", "from Mencap", "who leads the Acme Society": an apposition that is only an organisation a person is with. */
function affiliationIn(text: string, from: number, to: number, organisations: readonly Mention[]): SpeakerDescription | undefined {
  const named = organisationIn(from, to, organisations);
  if (!named) return unnamedAffiliation(text.slice(from, to));
  if (!AFFILIATION_LINK.test(text.slice(from, named.start)) || !KIND_AFTER_NAME.test(text.slice(named.end, to))) return undefined;
  return describeMention(named);
}

/**
 * "Ray McHale, of Cheshire Unison, said", "Hag Harris, from the Independent Voice group, added": an apposition that is only "of" or
 * "from" and a capitalised name, perhaps with the kind of body it is, names whom the person is with though the page names the body
 * nowhere else; not where they live ("Jean Moore, of Heywood,"), a place.
 */
const UNNAMED_AFFILIATION = /^[\s,]*(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:of|and|&)\s+)?\p{Lu}[\p{L}'’&-]*)*)(?:\s+(?:group|branch|union|party|campaign|charity))?[\s,]*$/u;

function unnamedAffiliation(apposition: string): SpeakerDescription | undefined {
  const name = UNNAMED_AFFILIATION.exec(apposition)?.[1];
  return name && !isPlace(name) ? { organisationName: name } : undefined;
}

/** What may follow an organisation's name in an affiliation: nothing, or the kind of body it is ("of the Health Foundation charity"). */
const KIND_AFTER_NAME = /^(?:\s+\p{Ll}+){0,2}[\s,.;:]*$/u;

/**
 * "who runs the Sheffield home care company Visiting Angels": someone who runs, leads or founded
 * a body the page describes before naming it is with the body named at the end of the clause.
 */
const RUNS_NAMED_BODY = /^\s*who\s+(?:runs|leads|heads|founded|owns|set\s+up|chairs)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\p{L}'’-]+\s+)*?\p{Ll}[\p{L}-]*\s+(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,4})[\s,]*$/u;

function organisationRun(apposition: string): SpeakerDescription | undefined {
  const name = RUNS_NAMED_BODY.exec(apposition)?.[1];
  return name && !isPlace(name) ? { organisationName: name } : undefined;
}

/** "Nuffield Trust’s Dr Becks Fisher": an organisation's possessive right before a name is whom the person is with. */
function possessiveOrganisation(text: string, from: number, to: number, organisations: readonly Mention[]): SpeakerDescription | undefined {
  const named = organisations.find((m) => m.start >= from && m.end <= to && /^['’]s\s*$/.test(text.slice(m.end, to)));
  return named && describeMention(named);
}

/**
 * "Matt Downie, the charity's director of policy and external affairs, said": a title opening with a generic
 * noun's possessive is held at the organisation the page named last, nearby (as "chief executive of the charity"); the
 * title is what follows the possessive, department and all.
 */
function titleOfGenericBody(text: string, from: number, to: number, organisations: readonly Mention[]): SpeakerDescription | undefined {
  const owner = GENERIC_BODY_POSSESSIVE.exec(text.slice(from, to));
  const role = owner ? tidy(text.slice(from + owner[0].length, to)) : '';
  if (!owner || !isRole(role)) return undefined;
  const body = genericBodyBefore(organisations, from, owner[1]);
  return body ? { role, ...describeMention(body) } : { role };
}

/** Two offices joined before any portfolio ("AM and shadow health minister"; "spokesperson for health and care" is one). */
const COORDINATED_OFFICES = /^(?:(?!\sfor\s).)*\s(?:and|&)\s/;

/**
 * "Liberal Democrat spokesperson for adult social care", "Welsh Conservative Shadow Health Minister": a party opening a
 * title is the body its holder speaks for, and what follows "for" is the holder's portfolio, not a body. The organisation
 * mention the page gives the party (the corpus's "Labour") is kept.
 */
function titleAtParty(text: string, from: number, to: number, organisations: readonly Mention[]): SpeakerDescription | undefined {
  const start = from + (/^[\s,]*/.exec(text.slice(from, to))?.[0].length ?? 0);
  const opening = partyOpening(text.slice(start, to));
  const role = opening ? tidy(text.slice(start + opening.titleStart, to)) : '';
  // "Council leader, Liberal Democrat Carl Minns,", "Liberal Democrat Councillor Nigel Bakhai": a party's adjective alone before the
  // name (and its honorific) is the body the person speaks for, as it is when it opens a title; its plural names the party itself.
  const alone = !!opening && role === '' && !isPartyPlural(opening.party);
  // "Plaid Cymru AM and shadow health minister": two offices are the other readings' to pick from.
  if (!opening || (!alone && !isRole(role)) || COORDINATED_OFFICES.test(role)) return undefined;
  const named = organisations.find((m) => m.start >= start && m.end <= start + opening.titleStart && m.surface.replace(/^[Tt]he\s+/, '') === opening.party);
  const body = named ? describeMention(named) : { organisationName: opening.party };
  return alone ? body : { role: withChamber(opening.party, role), ...body };
}

/** "acute and community care director speaking on behalf of the NHS Confederation": a title, then whom the person speaks for. */
const ON_BEHALF = /^(.*?)\s+speaking\s+(?:on\s+behalf\s+of|for)\s+(?:the\s+)?$/;

function onBehalfOf(text: string, from: number, to: number, organisations: readonly Mention[]): SpeakerDescription | undefined {
  const named = organisationIn(from, to, organisations);
  const title = named && ON_BEHALF.exec(text.slice(from, named.start));
  const role = title ? tidy(title[1] as string) : '';
  return named && isRole(role) ? { role, ...describeMention(named) } : undefined;
}

/** "Ciarán Freeman, an intern nurse and EMT based in Galway, said", "Dr Jameel, a GP in Camden, north London, said": where someone is based is not part of their title. */
const BASED_IN = /\s+(?:based\s+)?(?:in|near)\s.*$/;

/**
 * "X, an intern nurse and EMT, said", "X, a leading Birmingham GP, said": an apposition opening
 * with an indefinite article describes the person, capitalised words and all; it is their role
 * when it holds a role noun.
 */
function indefiniteDescription(apposition: string): SpeakerDescription | undefined {
  if (!/^\s*an?\s/i.test(apposition)) return undefined;
  const described = apposition.replace(BASED_IN, '');
  // "Ian Johnston, a former chief superintendent with Gwent Police,": a name closing the description after with/at/of is whom they are with.
  const body = BODY_CLOSING.exec(described);
  const title = body ? tidy(body[1] as string) : '';
  if (body && isRole(title) && !isPlace(body[2] as string)) return { role: title, organisationName: body[2] as string };
  const role = tidy(described);
  return isRole(role) ? { role } : undefined;
}

/** A title, then with/at/of/for and a capitalised name ending the phrase: "a former chief superintendent with Gwent Police". */
const BODY_CLOSING = /^(.*?)\s+(?:with|at|of|for)\s+(?:the\s+)?(\p{Lu}[\p{L}'’&-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}'’&-]*)*)\s*$/u;

/**
 * "of Policy, Campaigns and Public Affairs at Mind", "in the Department for Levelling Up, Housing and Communities": a title's
 * department list ("A, B and C") runs on past its commas.
 */
const DEPARTMENT_LIST_OPEN = /\s(?:of|for)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*$/u;
const DEPARTMENT_LIST_CLOSE = /^,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:and|&)\s+\p{Lu}[^,]*/u;
/**
 * "cabinet member for transformation, human resources, and localities": a remit's list in lower case runs on past its commas
 * too, to where its last item ends the apposition (not "for health and social care, and leader of Hampshire County Council").
 */
const REMIT_LIST_OPEN = /\sfor\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)*\s*$/u;
const LOWER_WORDS = String.raw`\p{Ll}[\p{Ll}-]*(?:\s+(?!and\s)\p{Ll}[\p{Ll}-]*)*`;
const REMIT_LIST_CLOSE = new RegExp(String.raw`^(?:,\s*(?!and\s)${LOWER_WORDS})*,?\s+(?:and|&)\s+${LOWER_WORDS}(?=\s*(?:[,;:.]|$))`, 'u');
const LISTS: readonly (readonly [RegExp, RegExp])[] = [[DEPARTMENT_LIST_OPEN, DEPARTMENT_LIST_CLOSE], [REMIT_LIST_OPEN, REMIT_LIST_CLOSE]];

/** The apposition after a name: ", chief executive of X," up to the clause end or the next comma after it. */
function appositionAfter(text: string, nameEnd: number, clauseEnd: number): [number, number] | undefined {
  const from = skipAsides(text, nameEnd, clauseEnd);
  const rest = text.slice(from, clauseEnd);
  const comma = /^\s*,/.exec(rest);
  // "Minister for Health Nicola Roxon and Minister for Regional Australia Simon Crean announced": what follows "and" is the next person's.
  // "Dr Dean Eggitt as a GPC executive team member, who resigned …": the capacity after "as" ends at its comma.
  const capacityEnd = /^\s+as\s[^,]*(?=,)/.exec(rest)?.[0].length;
  if (!comma && capacityEnd !== undefined) return [from, from + capacityEnd];
  // "Steve White addressed the Home Secretary at the Federation’s annual conference": a verb and its object after the name are a clause, not a title.
  if (!comma) return rest.trim() === '' || COORDINATED_NEXT.test(rest) || opensWithVerbAndObject(rest.trim()) ? undefined : [from, clauseEnd];
  const start = from + comma[0].length;
  let next = text.indexOf(',', start);
  const list = next >= 0 && next < clauseEnd ? LISTS.find(([open]) => open.test(text.slice(start, next))) : undefined;
  const close = list?.[1].exec(text.slice(next, clauseEnd));
  if (close) next = next + close[0].length;
  return [start, next < 0 || next > clauseEnd ? clauseEnd : next];
}

/**
 * "Anne Rainsberry, NHS England director responsible for overseeing preparations …": what a title's
 * holder is responsible for, or in charge of, qualifies the post and is not part of the title.
 */
const TITLE_QUALIFIER = /\s+(?:responsible\s+for|in\s+charge\s+of|tasked\s+with)\s/;

/** An honorific right before a name ("Dr ", "Prof. "), which is no part of a title before it. */
const TRAILING_HONORIFIC = new RegExp(String.raw`(?<![\p{L}])(?:${HONORIFICS.join('|')})\.?\s+$`, 'u');

/**
 * The role and organisation stated around a name at [nameStart, nameEnd), looking no
 * further back than `clauseStart` and no further on than `verbStart` (the speech verb).
 * A party in brackets after the name is the organisation when no other is stated.
 */
export function describeSpeaker(
  text: string,
  clauseStart: number,
  nameStart: number,
  nameEnd: number,
  verbStart: number,
  organisations: readonly Mention[],
): SpeakerDescription {
  const described = describedAround(text, clauseStart, nameStart, nameEnd, verbStart, organisations);
  const party = described.organisationName ? undefined : partyAside(text.slice(nameEnd, Math.max(nameEnd, verbStart)));
  return party ? { ...described, organisationName: party } : described;
}

function describedAround(
  text: string,
  clauseStart: number,
  nameStart: number,
  nameEnd: number,
  verbStart: number,
  organisations: readonly Mention[],
): SpeakerDescription {
  // "Andy Burnham Shadow Health Secretary has said": the auxiliary before the verb is not part of the role.
  const clauseEnd = nameEnd + text.slice(nameEnd, verbStart).replace(TRAILING_AUXILIARIES, '').length;
  const apposition = appositionAfter(text, nameEnd, clauseEnd);
  if (apposition) {
    const [a, whole] = apposition;
    const qualifier = TITLE_QUALIFIER.exec(text.slice(a, whole));
    const b = qualifier ? a + qualifier.index : whole;
    const affiliation = affiliationIn(text, a, b, organisations) ?? organisationRun(text.slice(a, b)) ?? onBehalfOf(text, a, b, organisations);
    if (affiliation) return affiliation;
    const generic = titleOfGenericBody(text, a, b, organisations) ?? titleAtParty(text, a, b, organisations);
    if (generic) return plain(generic);
    const after = roleOfOrganisation(text, a, b, organisations) ?? organisationThenRole(text, a, b, organisations) ?? indefiniteDescription(text.slice(a, b));
    if (after) return plain(organisationAfterApposition(text, after, [a, b], clauseEnd, organisations));
  }
  // Before the name: the phrase since the last comma, or the comma-delimited apposition just before it, up to any
  // honorific the name was found without ("EEAST chief executive Dr Anthony Marsh": the title is "chief executive").
  const nameAt = nameStart - (TRAILING_HONORIFIC.exec(text.slice(clauseStart, nameStart))?.[0].length ?? 0);
  const before = text.slice(clauseStart, nameAt);
  const trimmedEnd = before.replace(/\s+$/, '');
  let phraseEnd = nameAt;
  let searchIn = before;
  if (trimmedEnd.endsWith(',')) {
    phraseEnd = clauseStart + trimmedEnd.length - 1;
    searchIn = before.slice(0, trimmedEnd.length - 1);
  }
  const afterComma = clauseStart + Math.max(searchIn.lastIndexOf(','), searchIn.lastIndexOf('\n')) + 1;
  // "Barking, Havering and Redbridge University Hospitals Trust CEO Matthew Trainer": a comma inside an organisation's name does not end the phrase.
  const phraseStart = Math.max(clauseStart, organisations.find((m) => m.start < afterComma && m.end > afterComma)?.start ?? afterComma);
  return plain(
    titleOfGenericBody(text, phraseStart, phraseEnd, organisations) ??
      titleAtParty(text, phraseStart, phraseEnd, organisations) ??
      titleBefore(text, phraseStart, phraseEnd, organisations) ??
      possessiveOrganisation(text, phraseStart, nameStart, organisations) ??
      {},
  );
}

/**
 * The title in the phrase before a name: the whole phrase ("NHS Providers chief executive"),
 * else the words after the phrase's last verb or preposition, where a clause about someone
 * else ends and the title begins ("A union leader has accused education secretary Nicky
 * Morgan", "Union leader Pat Cullen has urged Health Secretary Steve Barclay").
 */
function titleBefore(text: string, from: number, to: number, organisations: readonly Mention[]): Described | undefined {
  const whole = roleOfOrganisation(text, from, to, organisations) ?? organisationThenRole(text, from, to, organisations);
  if (whole) return whole;
  const phrase = text.slice(from, to).trimEnd();
  const title = titleAfterClause(phrase);
  if (!title) return undefined;
  const titleStart = from + phrase.lastIndexOf(title);
  if (titleStart < from || title.trim() === '') return undefined;
  const found = roleOfOrganisation(text, titleStart, to, organisations) ?? organisationThenRole(text, titleStart, to, organisations);
  // A plural title right before a name ("Labour MPs John McDonnell"), not set off by a comma ("among junior doctors, Mr Hunt"): read it in the singular.
  if (found || !/^\s*\p{Lu}/u.test(text.slice(to, to + 3))) return found;
  const plural = text.slice(titleStart, from + phrase.length);
  const singular = singularTitle(plural);
  return singular === plural ? undefined : organisationThenRole(singular, 0, singular.length, []);
}
