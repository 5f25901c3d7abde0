// A profile or interview write-up is about one person: it names them in its
// headline or standfirst and again and again below, and quotes them between
// stretches of narrative without saying "she said" each time. lib/capture's reader
// then gives such a quotation to nobody. Here a quotation naming nobody goes to the
// page's subject when no other person is named near it (its paragraph and the one
// before, to the end of its sentence), and a quotation the reader gives the subject
// only weakly (named, or a pronoun standing for them, in its sentence) is theirs too. Not a
// quotation whose lead-in reports speech with no pronoun and no name of the subject in it
// ("The list says: ‘Dr Nagpaul has been prominent …’"): something else speaks there, often
// about the subject.
// A "he" or "she" of the subject's gender outside quotations, with the subject the last
// person named before it, counts as naming them again: GPonline's profile names Helen
// Stokes-Lampard twice and goes on with "she is still …", "She uses …". Not "his"/"her",
// which a page about something the person did uses as often ("published his White Paper").
// Below the confidence a misattribution needs, like verification's other readings.
import type { ProposedQuote } from '../capture/attribution';
import { surnameOf } from '../capture/person-names';
import type { QuotationSpan } from '../capture/quotation-spans';
import { OPENING_CHARS } from './headline-voices';
import { type NamedPerson, READING_CONFIDENCE, type Voice, claimedFor, hasSpeechVerb, leadIn, previousParagraphStart, pronounGender, sentenceEnd, sentenceStart } from './page-structure';

/** A page names its subject at least this often: once in a headline and a passing mention is not a profile. */
const MIN_SUBJECT_MENTIONS = 3;
/** The subject is named at least this many times as often as anyone else the page names. */
const SUBJECT_DOMINANCE = 2;

/** "he", "she": a person as the subject of a clause. */
const SUBJECT_PRONOUN = /\b(?:(he)|she)\b/gi;

/** How many subject pronouns outside quotations stand for a known person: of their gender, with them the last person named before. */
function pronounMentions(text: string, people: readonly NamedPerson[], spans: readonly QuotationSpan[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SUBJECT_PRONOUN)) {
    if (spans.some((s) => s.open <= m.index && m.index < s.close)) continue;
    const last = people.filter((n) => n.end <= m.index).at(-1);
    const gender = m[1] ? 'male' : 'female';
    if (last?.personId && last.gender === gender) counts.set(last.personId, (counts.get(last.personId) ?? 0) + 1);
  }
  return counts;
}

/** The known person the page is about, if it is about one. */
export function pageSubject(text: string, people: readonly NamedPerson[], spans: readonly QuotationSpan[]): Voice | undefined {
  // Unknown people are counted by surname: "Jane Doe" and "Ms Doe" are one person.
  const key = (n: NamedPerson) => n.personId ?? surnameOf(n.name);
  const counts = pronounMentions(text, people, spans);
  for (const n of people) counts.set(key(n), (counts.get(key(n)) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  const subject = first && people.find((n) => n.personId === first[0] && n.start < OPENING_CHARS);
  if (!first || !subject?.personId || first[1] < MIN_SUBJECT_MENTIONS || (second && first[1] < SUBJECT_DOMINANCE * second[1])) return undefined;
  return { name: subject.name, personId: subject.personId };
}

/** "He", "she": a pronoun in the quotation's sentence standing for the subject. */
const PRONOUN = /\b([Hh]e|[Ss]he)\b/g;

/**
 * The reader's weakest claim (a person in the quotation's sentence, below what unsourced
 * needs) for the subject, where the sentence names the subject before the quotation or
 * holds a pronoun of the subject's gender with the subject the last person named before
 * it: "Stevens’s first story was about how he spent … but also saw how we have created a
 * “chaotic, complex, Heath Robinson service”".
 */
function weaklyTheSubjects(text: string, p: ProposedQuote, subject: Voice, people: readonly NamedPerson[]): boolean {
  if (p.personId !== subject.personId || p.confidence >= READING_CONFIDENCE) return false;
  const from = sentenceStart(text, p.start);
  const last = people.filter((n) => n.end <= p.start).at(-1);
  if (!last || last.personId !== subject.personId) return false;
  if (last.start >= from) return true;
  const pronouns = [...text.slice(from, p.start).matchAll(PRONOUN)].map((m) => pronounGender(m[1] as string));
  return pronouns.length > 0 && pronouns.every((g) => last.gender === undefined || g === last.gender);
}

/** Whether the quotation's lead-in reports someone else's speech: a speech verb, with neither a pronoun nor the subject named ("The list says:"). */
function otherSpeaks(text: string, p: ProposedQuote, subject: Voice, people: readonly NamedPerson[]): boolean {
  const { from, to } = leadIn(text, p.start);
  const words = text.slice(from, to);
  return hasSpeechVerb(words) && !/\b(?:[Hh]e|[Ss]he)\b/.test(words) && !people.some((n) => n.personId === subject.personId && n.start >= from && n.end <= to);
}

/** The proposals, with quotations naming nobody on a one-person page given to that person. */
export function withProfileVoice(text: string, proposals: readonly ProposedQuote[], people: readonly NamedPerson[], spans: readonly QuotationSpan[]): ProposedQuote[] {
  const subject = pageSubject(text, people, spans);
  if (!subject) return [...proposals];
  return proposals.map((p) => {
    if (weaklyTheSubjects(text, p, subject, people)) return claimedFor(p, subject, READING_CONFIDENCE);
    if (p.speakerName || p.organisationName || otherSpeaks(text, p, subject, people)) return p;
    const from = previousParagraphStart(text, p.start);
    const to = sentenceEnd(text, p.end);
    const someoneElse = people.some((n) => n.start >= from && n.end <= to && n.personId !== subject.personId);
    return someoneElse ? p : claimedFor(p, subject, READING_CONFIDENCE);
  });
}
