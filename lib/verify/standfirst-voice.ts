// A press release often names its speaker once, in its standfirst ("Cllr Ian Hudspeth,
// Chairman of the Local Government Association’s Community Wellbeing Board, responds to
// survey by the Care and Support Alliance."), then gives their words as paragraphs of
// quotation with no "he said". lib/capture's reader gives those paragraphs to nobody,
// and a profile's subject (profile-voice.ts) needs more mentions than a release makes.
// Here a quotation that opens its paragraph and names nobody goes to the known person the
// page's opening names first, as speaking (a speech verb after the name in a sentence
// that quotes nothing), when nobody else is named between and the quotation ends as
// speech does (a title under "Notes to editors", ‘The lives we want to lead’, ends on a
// word). Below the confidence a misattribution needs, like verification's other readings.
import type { ProposedQuote } from '../capture/attribution';
import type { QuotationSpan } from '../capture/quotation-spans';
import { endsAsSpoken } from './continued-voices';
import { OPENING_CHARS } from './headline-voices';
import { type NamedPerson, READING_CONFIDENCE, type Voice, claimedFor, hasSpeechVerb, knownVoice, paragraphStart, sentenceEnd, sentenceStart } from './page-structure';

/** Only marks (and spaces) stand between a paragraph's start and the quotation: it opens the paragraph. */
const ONLY_OPENING_MARKS = /^\s*[“‘"']\s*$/;

interface Standfirst {
  voice: Voice;
  /** Where the standfirst's sentence ends: its quotations come after. */
  end: number;
}

/** The first person the page names, when known, in its opening, and the subject of a speech verb in a sentence quoting nothing. */
function standfirstSpeaker(text: string, spans: readonly QuotationSpan[], people: readonly NamedPerson[]): Standfirst | undefined {
  const [first] = people;
  const voice = knownVoice(first);
  if (!first || !voice || first.start >= OPENING_CHARS) return undefined;
  const sentence = { start: sentenceStart(text, first.start), end: sentenceEnd(text, first.end) };
  if (spans.some((s) => s.open < sentence.end && sentence.start < s.close)) return undefined;
  return hasSpeechVerb(text.slice(first.end, sentence.end)) ? { voice, end: sentence.end } : undefined;
}

/** The proposals, with a release's unattributed quotation paragraphs given to the speaker its standfirst names. */
export function withStandfirstVoice(text: string, proposals: readonly ProposedQuote[], spans: readonly QuotationSpan[], people: readonly NamedPerson[]): ProposedQuote[] {
  const standfirst = standfirstSpeaker(text, spans, people);
  if (!standfirst) return [...proposals];
  return proposals.map((p) => {
    if (p.speakerName || p.organisationName || p.start < standfirst.end || !endsAsSpoken(p.text)) return p;
    if (!ONLY_OPENING_MARKS.test(text.slice(paragraphStart(text, p.start), p.start))) return p;
    const someoneElse = people.some((n) => n.start >= standfirst.end && n.end <= p.start && n.personId !== standfirst.voice.personId);
    return someoneElse ? p : claimedFor(p, standfirst.voice, READING_CONFIDENCE);
  });
}
