// What verification's own readings of who speaks on a page (reported-voices.ts,
// pronoun-voices.ts, headline-voices.ts, profile-voice.ts) share: where a page's
// sentences and paragraphs start, the people it names outside its quotations (known
// ones by id, others by name) and the claim a quotation gets from them. lib/capture's
// reader keeps its own versions inside it; these are the few pieces verification
// needs, read from the same cues (capture's mentions, name candidates, quotation spans).
import { ATTRIBUTION_CONFIDENCE, type ProposedQuote } from '../capture/attribution';
import { ROLE_NOUNS, SPEECH_VERB } from '../capture/attribution-cues';
import { type KnownEntity, findMentions } from '../capture/known-mentions';
import type { Gender } from '../capture/name-nlp';
import { findNameCandidates, genderOfName } from '../capture/person-names';
import type { QuotationSpan } from '../capture/quotation-spans';
import { UNSOURCED_MIN_CONFIDENCE } from './verify-quotations';

/**
 * The confidence of every reading here (reported speech, an office, a pronoun, a headline, a
 * profile's subject): enough to check a quotation as its voice's (unsourced or verified), below
 * attribution-agreement.ts's MISATTRIBUTION_MIN_CONFIDENCE, so a reading never accuses a page.
 */
export const READING_CONFIDENCE = UNSOURCED_MIN_CONFIDENCE;
/** The reader's own confidence for an explicit "…", said X: such a claim (or a more explicit one) is never re-read. */
export const EXPLICIT_CONFIDENCE = ATTRIBUTION_CONFIDENCE.namedAfter;
/** A claim this weak is a continuation (or less): one the reader inferred from an earlier quotation. */
export const CONTINUATION_CONFIDENCE = ATTRIBUTION_CONFIDENCE.continuation;
/** A claim at least this sure names its own speaker (a name, a pronoun, a description, an organisation speaking). */
export const OWN_SPEAKER_CONFIDENCE = ATTRIBUTION_CONFIDENCE.organisation;

/** The quotation span a proposal was read from. */
export const spanOf = (spans: readonly QuotationSpan[], p: ProposedQuote): QuotationSpan | undefined => spans.find((s) => s.start === p.start && s.end === p.end);

/** Who speaks: a person (known by id, or unknown by name only) or a known organisation (organisationId). */
export interface Voice {
  personId?: string;
  organisationId?: string;
  name: string;
}

export const voiceKey = (v: Voice): string => v.personId ?? `organisation:${v.organisationId}`;

/** The known voice a proposal claims: a known person, else a known organisation; none for a voice known by name only. */
export const knownVoiceOf = (p: ProposedQuote): Voice | undefined =>
  p.personId ? { name: p.speakerName ?? p.personId, personId: p.personId } : p.organisationId ? { name: p.organisationName ?? p.organisationId, organisationId: p.organisationId } : undefined;

/** `p` claimed for `voice` (a person, known or not, or a known organisation) at `confidence`, whatever it was claimed for before. */
export function claimedFor(p: ProposedQuote, voice: Voice, confidence: number): ProposedQuote {
  const { text, start, end } = p;
  // A voice with no organisation is a person, known (with an id) or not.
  return voice.organisationId === undefined
    ? { text, start, end, speakerName: voice.name, ...(voice.personId ? { personId: voice.personId } : {}), confidence }
    : { text, start, end, organisationName: voice.name, organisationId: voice.organisationId, confidence };
}

/** `p` claimed for nobody: a reading found the words are no one's (a title, words put to someone). */
export function claimedForNobody(p: ProposedQuote): ProposedQuote {
  const { text, start, end } = p;
  return { text, start, end, confidence: ATTRIBUTION_CONFIDENCE.none };
}

/** A person the page names as a voice, when the corpus knows them. */
export const knownVoice = (n: NamedPerson | undefined): Voice | undefined => (n?.personId ? { name: n.name, personId: n.personId } : undefined);

/** A speech verb (capture's, "said", "warned", "according to", …) anywhere in `words`. */
export function hasSpeechVerb(words: string): boolean {
  // SPEECH_VERB is global, so a test() would start from where the last one stopped.
  SPEECH_VERB.lastIndex = 0;
  const found = SPEECH_VERB.test(words);
  SPEECH_VERB.lastIndex = 0;
  return found;
}

/** Marks that may close a quotation or aside after a sentence's full stop ("… for progression." Labour MP …). */
const CLOSERS = new Set(['”', '’', '"', "'", ')', ']']);
/** "Dr." and "Mr." end abbreviations, not sentences (the words capture's reader skips too). */
const ABBREVIATION = /\b(?:Dr|Mr|Mrs|Ms|Prof|St|Sr|Jr|No)$/;

/** Where a sentence ending at the stop `at` ends (past its closing marks), or -1 when `at` ends no sentence. */
function endAfterStop(text: string, at: number): number {
  if (!'.!?'.includes(text[at] ?? '') || ABBREVIATION.test(text.slice(Math.max(0, at - 4), at))) return -1;
  let end = at + 1;
  while (CLOSERS.has(text[end] ?? '')) end += 1;
  return end >= text.length || /\s/.test(text[end] as string) ? end : -1;
}

/** Start of the sentence holding `at`: after a line break or a sentence end (a stop, with any closing marks, before a space). */
export function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    if (text[i] === '\n') return i + 1;
    const end = endAfterStop(text, i);
    if (end < 0 || end > at) continue;
    const gap = text.slice(end, at);
    return end + gap.length - gap.trimStart().length;
  }
  return 0;
}

/** End of the sentence holding `from` (just past its full stop and closing marks, or at its line break). */
export function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\n') return i + 1;
    const end = endAfterStop(text, i);
    if (end >= 0) return end;
  }
  return text.length;
}

/** The words before a quotation's opening mark in its sentence, or the sentence before when that ends in a colon ("… said:¶“…”"). */
export function leadIn(text: string, open: number): { from: number; to: number } {
  const from = sentenceStart(text, open);
  if (text.slice(from, open).trim() !== '') return { from, to: open };
  const previous = text.slice(0, from).trimEnd();
  return previous.endsWith(':') ? { from: sentenceStart(text, previous.length - 1), to: previous.length } : { from, to: open };
}

/** How far after the closing mark a trailing attribution may stand ("…,” the NHS Providers boss later told the BBC). */
const MAX_TRAILING_CHARS = 80;

/** The attribution around a quotation that reports speech: its lead-in, or a trailing one after the closing mark. */
export function attributionOf(text: string, span: QuotationSpan): { from: number; to: number }[] {
  const before = leadIn(text, span.open);
  const after = { from: span.close, to: Math.min(sentenceEnd(text, span.close), span.close + MAX_TRAILING_CHARS) };
  return [before, after].filter((r) => hasSpeechVerb(text.slice(r.from, r.to)));
}

/** Start of the paragraph holding `at`. */
export function paragraphStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** End of the paragraph holding `at` (its line break, or the text's end). */
export function paragraphEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** Whether a quotation is its paragraph's whole text: nothing but space before its opening mark or after its closing one. */
export function standsAlone(text: string, span: QuotationSpan): boolean {
  const after = text.slice(span.close, paragraphEnd(text, span.close));
  return text.slice(paragraphStart(text, span.open), span.open).trim() === '' && after.trim() === '';
}

/** Start of the paragraph before the one holding `at`. */
export function previousParagraphStart(text: string, at: number): number {
  const own = text.lastIndexOf('\n', at - 1);
  if (own < 0) return 0;
  const beforeOwn = text.slice(0, own).trimEnd().length;
  return text.lastIndexOf('\n', beforeOwn - 1) + 1;
}

/** Capitalised words and possessives before a name are its title or organisation ("Health Secretary", "Labour's"). */
export const TITLE_RUN = /(?:\s*(?:\p{Lu}[\p{L}'’&.-]*|['’]s))*\s*$/u;
/** A title in lower case before a name, from its article ("with the health secretary Matt Hancock"), when its last word is a role noun. */
const LOWER_CASE_TITLE = /\b(?:the|an?)((?:\s+[\p{Ll}'’-]+){1,4})\s*$/u;

/** The words before a name in its sentence, without the title the name carries (capitalised, or in lower case after an article). */
export function leadBefore(text: string, person: { start: number }): string {
  const lead = text.slice(sentenceStart(text, person.start), person.start).replace(TITLE_RUN, '');
  const title = LOWER_CASE_TITLE.exec(lead);
  const last = title?.[1]?.trim().split(/\s+/).at(-1);
  return title && last && ROLE_NOUNS.has(last) ? lead.slice(0, title.index) : lead;
}

/** A person the page names outside its quotations: known (with an id) or not. */
export interface NamedPerson {
  start: number;
  end: number;
  /** The known person's own name, or the name as the page gives it. */
  name: string;
  personId?: string;
  gender?: Gender;
}

/** The gender a "he" or "she" speaks of. */
export const pronounGender = (pronoun: string): Gender => (/^he$/i.test(pronoun) ? 'male' : 'female');

/** Everyone the page names outside quotations, in text order: known people by any of their forms, others by name. */
export function peopleNamed(text: string, people: readonly KnownEntity[], spans: readonly QuotationSpan[], taken: readonly { start: number; end: number }[] = []): NamedPerson[] {
  const outside = (r: { start: number; end: number }) => !spans.some((s) => s.open <= r.start && r.end <= s.close);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const known = findMentions(text, people).filter(outside);
  const knownPeople = known.map((m): NamedPerson => {
    const name = names.get(m.id) ?? m.surface;
    const gender = genderOfName(m.surface) ?? genderOfName(name);
    return { start: m.start, end: m.end, name, personId: m.id, ...(gender ? { gender } : {}) };
  });
  const others = findNameCandidates(text, 0, text.length, [...known, ...taken])
    .filter(outside)
    .map((c): NamedPerson => {
      const gender = genderOfName(c.name);
      return { start: c.start, end: c.end, name: c.name, ...(gender ? { gender } : {}) };
    });
  return [...knownPeople, ...others].sort((a, b) => a.start - b.start);
}
