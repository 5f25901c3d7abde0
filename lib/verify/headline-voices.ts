// A quotation in a page's headline or standfirst ("GPs ‘working flat out’, warns
// college chair") usually repeats, or sums up, what a speaker says in the body, and
// the headline itself names that speaker loosely or not at all. lib/capture's
// reader gives a headline the attribution of a body quotation holding the same
// words, but only one its own reading is sure of; verification reads more voices in
// the body (pronoun-voices.ts, reported-voices.ts), so it ties the opening's
// quotations to them here:
//   - the same words recur in the body inside a quotation a known voice is given,
//     or in a body sentence that names exactly one known voice;
//   - or the opening names a known person in the quotation's own sentence (the
//     reader's weakest claim) who speaks in the body; only when verification's
//     sentence edges find the name there too (the reader's own sentence may run on
//     past a full stop, giving a newsagent's question to the page's subject);
//   - or the headline labels the quotation with a surname in capitals and a colon
//     ("NAGPAUL: ‘We have a culture where we feel blamed, we feel scapegoated’"), which
//     the reader takes for an organisation's acronym: the known person of that surname
//     the page names outside its quotations.
// Like the other readings, below the confidence a misattribution needs.
import { ATTRIBUTION_CONFIDENCE, type ProposedQuote } from '../capture/attribution';
import { surnameOf } from '../capture/person-names';
import { compareWords } from './compare-words';
import { type NamedPerson, READING_CONFIDENCE, type Voice, claimedFor, knownVoice, paragraphEnd, paragraphStart, sentenceEnd, sentenceStart } from './page-structure';
import { quoteWords } from './quote-words';
import { FOUND_MIN_SHARE, UNSOURCED_MIN_CONFIDENCE } from './verify-quotations';

/** The page's headline and standfirst: paragraphs starting within this many characters of the top. */
export const OPENING_CHARS = 400;
/** The reader's confidence for a headline repeating a body quotation: a claim verification may re-read. */
const REPEATED_CONFIDENCE = ATTRIBUTION_CONFIDENCE.repeated;

const voiceOf = (p: ProposedQuote): Voice | undefined => (p.personId && p.speakerName ? { name: p.speakerName, personId: p.personId } : undefined);

/** Whether `text` holds most of the quotation's words, in order. */
export function recurs(quotation: string, text: string): boolean {
  const words = quoteWords(quotation).length;
  return words > 0 && compareWords(quotation, text, true).matched >= FOUND_MIN_SHARE * words;
}

function sentenceAround(text: string, at: number): { start: number; end: number } {
  return { start: sentenceStart(text, at), end: sentenceEnd(text, at) };
}

/** The known voice whose body sentence (from `bodyStart`) repeats the quotation's words, when that sentence names one known person only. */
function narratedBy(text: string, quotation: string, people: readonly NamedPerson[], bodyStart: number): Voice | undefined {
  const found = people.filter((n) => n.personId && n.start >= bodyStart);
  for (const n of found) {
    const sentence = sentenceAround(text, n.start);
    const named = new Set(people.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => m.personId ?? m.name));
    if (named.size === 1 && recurs(quotation, text.slice(sentence.start, sentence.end))) return { name: n.name, personId: n.personId as string };
  }
  return undefined;
}

/** A speaker's surname in capitals and a colon, then the quotation's opening mark, alone at a paragraph's start: "NAGPAUL: ‘". */
const CAPITALS_LABEL = /^\s*(\p{Lu}[\p{Lu}'’-]+)\s*:\s*[“‘"']$/u;

/** The known person a capitals label before the quotation names by surname, when the page names them. */
function labelledBy(text: string, p: ProposedQuote, people: readonly NamedPerson[]): Voice | undefined {
  const label = CAPITALS_LABEL.exec(text.slice(paragraphStart(text, p.start), p.start))?.[1];
  return label ? knownVoice(people.find((n) => n.personId && surnameOf(n.name).toUpperCase() === label)) : undefined;
}

/** The proposals, with the opening's loosely attributed quotations tied to the body's known voices. */
export function withHeadlineVoices(text: string, proposals: readonly ProposedQuote[], people: readonly NamedPerson[]): ProposedQuote[] {
  return proposals.map((p) => {
    const paragraph = { start: paragraphStart(text, p.start), end: paragraphEnd(text, p.end) };
    const headline = paragraph.start < OPENING_CHARS;
    // A label the reader could not tie to a known voice.
    const labelled = headline && !p.personId && !p.organisationId ? labelledBy(text, p, people) : undefined;
    if (labelled) return claimedFor(p, labelled, READING_CONFIDENCE);
    // Sure enough already: its own attribution, or a known person's at what unsourced needs.
    if (!headline || (p.confidence > REPEATED_CONFIDENCE && (p.speakerName || p.organisationName)) || (p.personId && p.confidence >= UNSOURCED_MIN_CONFIDENCE)) return p;
    const body = proposals.filter((b) => b.start >= p.end && b.confidence >= READING_CONFIDENCE && voiceOf(b));
    const repeated = body.find((b) => recurs(p.text, b.text));
    const voice = (repeated && voiceOf(repeated)) ?? narratedBy(text, p.text, people, paragraph.end);
    if (voice) return claimedFor(p, voice, READING_CONFIDENCE);
    // "Stokes-Lampard ‘…’": the weakest claim, for a known person the quotation's own sentence names and who speaks in the body.
    const weak = voiceOf(p);
    // From the quotation's own last character: a quotation ending its sentence ("… home?” Stevens was struck") ends it there.
    const sentence = { start: sentenceStart(text, p.start), end: sentenceEnd(text, p.end - 1) };
    const inSentence = weak && people.some((n) => n.personId === weak.personId && n.start >= sentence.start && n.end <= sentence.end);
    return weak && inSentence && body.some((b) => b.personId === weak.personId) ? claimedFor(p, weak, READING_CONFIDENCE) : p;
  });
}
