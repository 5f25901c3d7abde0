// "He added: …", "…,” she said", "…,” he reflects": who a pronoun follow-up gives a quotation to, when
// lib/capture's reader gives it to someone the corpus does not know or to nobody.
// The reader takes the last person named before the pronoun; in news copy that is
// often someone the speaker was talking about ("He criticised Health Secretary
// Jeremy Hunt … He added: …" is still the speaker). Here the pronoun stands for the
// most recent of: a person named in subject position (first in their sentence, not
// after a preposition or a verb they are the object of) of a sentence reporting
// speech, and a voice (the speaker of an earlier quotation); of the pronoun's gender
// where the name shows one. Someone merely named in between does not take it. Only a known person
// found that way replaces the reader's claim, with a confidence below what
// attribution-agreement.ts needs to call a misattribution: it can make a quotation
// unsourced or verified, never accuse a page. A quotation continuing the follow-up
// (the reader's continuation of the same claim, nobody else named between, in the
// follow-up's paragraph or the next) follows it; quotations paragraphs later are the
// writer's own ("Staff can become consumed by thoughts of ‘…’").
// A person the corpus does not know who opens a sentence as its subject without
// reporting speech ("EASINGTON MP Grahame Morris has slammed …") takes a "He said"
// after them too: a pronoun after an unknown person is theirs, not flagged, and does
// not skip back to a known voice; such a name with a known person's surname ("Mr Morris"
// for Grahame Morris) is that person, and a known person introduced so takes it too.
// Not a "he also warned" or "she added", which only someone who has already spoken can
// say. (A title standing as a pronoun, "The Shadow Secretary added: …", is the reader's own
// follow-on.) Where the reader itself skipped back to a known person, the quotation goes to the
// unknown one (again below the misattribution bar); so it does to another known person, when the
// reader's was named since only as an object ("He has regular meetings with the health secretary
// Matt Hancock" between Chaand Nagpaul's introduction and "…,” he says"), and the reader's
// continuations of that claim follow. The reader's weak claim for a known person (someone in the
// quotation's sentence) is re-read like a nameless one, and for it a pronoun that is the subject
// of the clause quoting is a cue too, speech verb or not ("he predicted the “…”", "he had faced “…”").
// The person a quoted question was put to ("“…, did they?” lead counsel Hugo Keith asked Hancock.")
// takes the "…,” he said" that answers it, not the one who asked.
// A pronoun opening the sentence is the subject of a speech verb further on in it ("He further
// criticised Pinterest, saying, “…”"). A paragraph ending in a pronoun's reported speech ("He says
// we should be able to use information better.") gives it a quotation opening the next paragraph
// that has no attribution of its own.
import type { ProposedQuote } from '../capture/attribution';
import { ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_VERB } from '../capture/attribution-cues';
import { genderOfName, surnameOf } from '../capture/person-names';
import type { Gender } from '../capture/name-nlp';
import type { QuotationSpan } from '../capture/quotation-spans';
import {
  CONTINUATION_CONFIDENCE,
  EXPLICIT_CONFIDENCE,
  type NamedPerson,
  READING_CONFIDENCE,
  type Voice,
  claimedFor,
  hasSpeechVerb,
  TITLE_RUN,
  leadBefore,
  leadIn,
  paragraphStart,
  previousParagraphStart,
  pronounGender,
  sentenceEnd,
  sentenceStart,
  spanOf,
} from './page-structure';

/** How far after the closing mark a trailing "he said" may stand ("…,” she later told the BBC). */
const MAX_TRAILING_GAP = 40;

/** "he said", "she also added", "He later told": a pronoun and a speech verb. */
const PRONOUN_SPEECH = new RegExp(String.raw`\b([Hh]e|[Ss]he)\s+(?:(?:has|had|also|then|later|further|again|went\s+on\s+to)\s+)*${SPEECH_VERB.source}`, 'g');
/** A pronoun opening the sentence: its subject ("He further criticised …, saying"). */
const OPENING_PRONOUN = /^([Hh]e|[Ss]he)\s+\S+/;
/** A trailing attribution right after the closing mark. */
const TRAILING_PRONOUN = new RegExp(String.raw`^[\s,.;:!?”’"']*([Hh]e|[Ss]he)\s+(?:(?:has|had|also|then|later|further|again)\s+)*${SPEECH_VERB.source}`);
/** A pronoun and any word after the closing mark of a quotation that ends in a comma ("…,” he reflects"; "…,” he com" where a stored opening stops). */
const TRAILING_PRONOUN_ANY_VERB = /^\s*([Hh]e|[Ss]he)(?:\s+\p{Ll}+|\s*$)/u;
/** Words before a name that make it an object ("criticised Jeremy Hunt", "told Jane Doe", "for Chris Hopson"). */
const OBJECT_CUE =
  /\b(?:on|to|with|from|by|for|against|of|at|about|than|as|like|including|between|after|before|under|told|asked|urged|replaced|succeeded|criticised|criticized|attacked|accused|thanked|praised|blamed|named|appointed|and|or)\s*$/i;

interface Cue {
  at: number;
  gender: Gender;
  /** "He added", "she also warned", "he went on": the pronoun stands for someone who has already spoken. */
  continuing: boolean;
}

/** Words in a pronoun's cue saying its person has spoken before. */
const CONTINUING = /\b(?:also|further|again|added|adds|continued|continues|went\s+on)\b/i;


/** The pronoun saying who speaks: before the quotation in its sentence (or the paragraph before, ending in a colon), or right after it. */
function pronounCue(text: string, span: QuotationSpan, people: readonly NamedPerson[]): Cue | undefined {
  const { from, to } = leadIn(text, span.open);
  PRONOUN_SPEECH.lastIndex = 0;
  const lead = text.slice(from, to);
  // "He further criticised Pinterest, saying, “…”": a pronoun opening the sentence is the subject of its speech verb further on.
  const before = [...lead.matchAll(PRONOUN_SPEECH)].at(-1) ?? (hasSpeechVerb(lead) ? OPENING_PRONOUN.exec(lead) : null);
  if (before) {
    const at = from + before.index;
    // "He told Jane Doe, who said: …": a name after the pronoun is nearer the quotation.
    if (!people.some((n) => n.start > at && n.end <= to)) return { at, gender: pronounGender(before[1] as string), continuing: CONTINUING.test(before[0]) };
    return undefined;
  }
  const trailing = text.slice(span.close, span.close + MAX_TRAILING_GAP);
  // "…,” he comments": a quotation ending in a comma goes on into its attribution, whatever the verb (or where the text stops).
  const after = TRAILING_PRONOUN.exec(trailing) ?? (/[,?!]\s*$/.test(text.slice(span.start, span.end)) ? TRAILING_PRONOUN_ANY_VERB.exec(trailing) : null);
  if (after) return { at: span.open, gender: pronounGender(after[1] as string), continuing: CONTINUING.test(after[0]) };
  return reportedBefore(text, span);
}

/** A pronoun and a speech verb opening a sentence ("He says we should be able to use information better."). */
const OPENING_PRONOUN_SPEECH = new RegExp(String.raw`^([Hh]e|[Ss]he)\s+(?:(?:has|had|also|then|later|further|again)\s+)*${SPEECH_VERB.source}`);

/**
 * "He says we should be able to use information better.¶“You know when you book an appointment, …": a
 * paragraph whose last sentence reports the pronoun's speech, then a quotation opening the next
 * paragraph with no attribution of its own, which gives the words reported.
 */
function reportedBefore(text: string, span: QuotationSpan): Cue | undefined {
  const start = paragraphStart(text, span.open);
  if (start === 0 || text.slice(start, span.open).trim() !== '') return undefined;
  const previous = text.slice(0, start).trimEnd();
  if (previous === '') return undefined;
  const from = sentenceStart(text, previous.length - 1);
  const reported = OPENING_PRONOUN_SPEECH.exec(text.slice(from, previous.length));
  return reported ? { at: from, gender: pronounGender(reported[1] as string), continuing: CONTINUING.test(reported[0]) } : undefined;
}

/** "he predicted the “…”", "as she had faced “…”": a pronoun a few lower-case words before the opening mark, the subject of the clause quoting. */
const PRONOUN_CLAUSE = /\b([Hh]e|[Ss]he)(?:\s+[\p{Ll}'’-]+){1,3}\s*$/u;

/** A pronoun as the subject of the clause holding the quotation, with no speech verb (for the reader's weak claim only). */
function clauseCue(text: string, span: QuotationSpan): Cue | undefined {
  const clause = PRONOUN_CLAUSE.exec(text.slice(sentenceStart(text, span.open), span.open));
  return clause ? { at: span.open, gender: pronounGender(clause[1] as string), continuing: false } : undefined;
}

/** Whether the name is the subject of its sentence: the first person in it, not after a cue making it an object. */
function inSubjectPosition(text: string, person: NamedPerson, people: readonly NamedPerson[]): boolean {
  const from = sentenceStart(text, person.start);
  if (people.some((n) => n !== person && n.start >= from && n.start < person.start)) return false;
  return !OBJECT_CUE.test(leadBefore(text, person));
}

/** "asked" right before a name (past its title): the name is the person a question was put to. */
const ASKED = /\basked\s*$/;

/** Whether the person is the one asked the question quoted just before in their sentence ("“…, did they?” lead counsel Hugo Keith asked Hancock"). */
function askedRightAfterQuestion(text: string, person: NamedPerson, spans: readonly QuotationSpan[]): boolean {
  if (!ASKED.test(leadBefore(text, person))) return false;
  const question = spans.filter((s) => s.close <= person.start).at(-1);
  return question !== undefined && /\?\s*$/.test(text.slice(question.start, question.end)) && !/[\n.!?]/.test(text.slice(question.close, person.start));
}

/** Words a title before a name may hold besides capitalised ones ("Health Select Committee member Mr Morris", "a nurse"). */
const TITLE_WORD = (word: string): boolean => ROLE_NOUNS.has(word) || ROLE_MODIFIERS.has(word) || ['the', 'a', 'an', 'of', 'for'].includes(word);

/** Whether the name opens its sentence, behind a title at most (not "The BMA is to call on health secretary Andrew Lansley"), and is not a possessive ("Jeremy Hunt’s plan is …"). */
function opensSentence(text: string, person: NamedPerson): boolean {
  if (/^['’]s?\b/.test(text.slice(person.end))) return false;
  const lead = text.slice(sentenceStart(text, person.start), person.start).replace(TITLE_RUN, '');
  return lead.split(/\s+/).every((word) => word === '' || /^\p{Lu}/u.test(word) || TITLE_WORD(word.toLowerCase()));
}

/** Whether the person's sentence reports speech ("Jane Doe, who chairs X, warned …"): a new voice, whom a pronoun may follow. */
function speaksInSentence(text: string, person: NamedPerson): boolean {
  const rest = text.slice(person.end, sentenceEnd(text, person.end));
  return hasSpeechVerb(rest) || /^[\s,]*:/.test(rest);
}

const candidate = (n: NamedPerson): Candidate => ({ at: n.end, voice: { name: n.name, ...(n.personId ? { personId: n.personId } : {}) }, ...(n.gender ? { gender: n.gender } : {}) });

const fits = (gender: Gender, other: Gender | undefined) => other === undefined || other === gender;

interface Candidate {
  at: number;
  voice: Voice;
  gender?: Gender;
}

/** The reader's proposals, with pronoun follow-ups given to the known person they stand for. */
export function withPronounVoices(text: string, proposals: readonly ProposedQuote[], spans: readonly QuotationSpan[], people: readonly NamedPerson[]): ProposedQuote[] {
  const subjects = people.filter((n) => inSubjectPosition(text, n, people));
  const speakers: Candidate[] = subjects.filter((n) => speaksInSentence(text, n)).map(candidate);
  // A person opening a sentence as its subject without reporting speech ("Mr Morris appeared in …") takes a "He said" after them.
  // A name with a known person's surname ("Mr Morris" for Grahame Morris) is that person under another form, not someone else.
  const knownBySurname = new Map(people.flatMap((n) => (n.personId ? [[surnameOf(n.name).toLowerCase(), n] as const] : [])));
  const asNamed = (n: NamedPerson): NamedPerson => {
    const known = n.personId ? undefined : knownBySurname.get(surnameOf(n.name).toLowerCase());
    return known ? { ...n, name: known.name, personId: known.personId as string } : n;
  };
  const someoneElse = (c: Candidate) => !c.voice.personId && !knownBySurname.has(surnameOf(c.voice.name).toLowerCase());
  const introduced: Candidate[] = subjects.filter((n) => opensSentence(text, n)).map((n) => candidate(asNamed(n)));
  // "“…, did they?” lead counsel Hugo Keith asked Hancock.": the person asked answers next.
  const asked: Candidate[] = people.filter((n) => askedRightAfterQuestion(text, n, spans)).map(candidate);
  const result: ProposedQuote[] = [];
  let followed: { from: ProposedQuote; voice: Voice; close: number } | undefined;
  for (const proposal of proposals) {
    const span = spanOf(spans, proposal);
    let next = proposal;
    // The reader's weak claim for a known person (someone in the quotation's sentence, or a continuation) is re-read like a nameless one.
    const weakKnown = proposal.personId !== undefined && proposal.confidence <= READING_CONFIDENCE;
    const cue =
      span && proposal.confidence < EXPLICIT_CONFIDENCE ? (pronounCue(text, span, people) ?? (weakKnown && proposal.confidence < READING_CONFIDENCE ? clauseCue(text, span) : undefined)) : undefined;
    const referentOf = (cue: Cue) =>
      [...speakers, ...voicesOf(result), ...(cue.continuing ? [] : [...introduced, ...asked])].filter((c) => c.at <= cue.at && fits(cue.gender, c.gender)).sort((a, b) => b.at - a.at)[0];
    const continues =
      span !== undefined &&
      followed !== undefined &&
      proposal.personId === followed.from.personId &&
      proposal.speakerName === followed.from.speakerName &&
      proposal.organisationName === followed.from.organisationName &&
      proposal.confidence <= CONTINUATION_CONFIDENCE &&
      // The reader's own continuation of a claim re-read here follows it as far as the reader took it; an unclaimed quotation only a paragraph on.
      (proposal.personId !== undefined || previousParagraphStart(text, span.open) <= followed.close) &&
      !people.some((n) => n.start >= (followed?.close ?? 0) && n.end <= span.open && n.personId !== followed?.voice.personId);
    if (span && proposal.personId && cue && proposal.confidence > READING_CONFIDENCE) {
      // The reader gave the pronoun to a known person: an unknown person it fits, speaking or introduced since, is who it stands for;
      // so is another known person, when the reader's has been named since only as an object ("meetings with the health secretary Matt Hancock").
      const referent = referentOf(cue);
      const since = (n: NamedPerson) => n.personId === proposal.personId && referent !== undefined && n.start >= referent.at && n.end <= cue.at;
      const otherKnown = referent?.voice.personId !== undefined && referent.voice.personId !== proposal.personId;
      if (referent && ((someoneElse(referent) && !people.some(since)) || (otherKnown && !subjects.some(since)))) {
        next = claimedFor(proposal, referent.voice, READING_CONFIDENCE);
        // The reader's continuations of its claim follow the pronoun's person.
        followed = { from: proposal, voice: referent.voice, close: span.close };
      } else followed = undefined;
    } else if (span && (!proposal.personId || weakKnown) && proposal.confidence < EXPLICIT_CONFIDENCE) {
      const referent = cue && referentOf(cue);
      if (cue && referent?.voice.personId) {
        next = claimedFor(proposal, referent.voice, READING_CONFIDENCE);
        followed = { from: proposal, voice: referent.voice, close: span.close };
      } else if (!cue && continues && followed) {
        next = claimedFor(proposal, followed.voice, READING_CONFIDENCE);
        followed = { ...followed, close: span.close };
      } else followed = undefined;
    } else followed = undefined;
    result.push(next);
  }
  return result;
}

/** The speakers of the quotations read so far, each a candidate from the end of their quotation. */
function voicesOf(result: readonly ProposedQuote[]): Candidate[] {
  return result
    .filter((p) => p.speakerName && p.confidence >= READING_CONFIDENCE)
    .map((p): Candidate => {
      const gender = genderOfName(p.speakerName as string);
      return { at: p.end, voice: { name: p.speakerName as string, ...(p.personId ? { personId: p.personId } : {}) }, ...(gender ? { gender } : {}) };
    });
}
