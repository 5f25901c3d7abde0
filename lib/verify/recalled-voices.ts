// A feature may open on a quotation standing alone and name its speaker only in the
// sentence after it, pointing back: "‘When others may have feared to do so, it’s the BMA
// that has spoken out.’ … This was how BMA council chair Chaand Nagpaul summarised the
// association’s role". lib/capture's reader looks for a speaker before a quotation or in a
// trailing "…, said X", so gives such a quotation to nobody. Here a quotation that is its
// paragraph's whole text goes to the one known person named in the next sentence when that
// sentence opens by pointing back at it ("This was how", "These were the words of", "So
// said"); lines in between with no sentence in them (a dateline, a byline, a caption) are
// passed over. Below the confidence a misattribution needs, like verification's other readings.
import type { ProposedQuote } from '../capture/attribution';
import type { QuotationSpan } from '../capture/quotation-spans';
import { type NamedPerson, READING_CONFIDENCE, claimedFor, knownVoice, sentenceEnd, spanOf, standsAlone } from './page-structure';

/** A sentence opening that points back at the words before it. */
const POINTS_BACK = /^(?:(?:This|That|Such)\s+(?:was|is)\s+(?:how|what)|(?:These|Those)\s+(?:were|are)\s+the\s+words\s+of|So\s+said)\b/;
/** A line this short with no stop ending it is no sentence (a dateline, a caption): passed over. */
const SHORT_LINE = /^[^\n]{0,80}$/;
/** A line ending on a stop (with any closing mark) is a sentence, however short. */
const ENDS_SENTENCE = /[.!?…]["”’']?\s*$/;
const isSentence = (line: string): boolean => !SHORT_LINE.test(line) || ENDS_SENTENCE.test(line);
/** Such lines passed over at most: a dateline, a date, a caption. */
const MAX_LINES_BETWEEN = 4;

/** The paragraphs after `from`, trimmed, each with where it starts. */
function nextParagraphs(text: string, from: number): { start: number; text: string }[] {
  const found: { start: number; text: string }[] = [];
  for (const m of text.slice(from).matchAll(/[^\n]+/g)) {
    const line = m[0].trim();
    if (line) found.push({ start: from + (m.index ?? 0) + m[0].indexOf(line), text: line });
    if (found.length > MAX_LINES_BETWEEN) break;
  }
  return found;
}

/** The known person the sentence after a stand-alone quotation points back from, if it does. */
function recalledBy(text: string, span: QuotationSpan, people: readonly NamedPerson[]): NamedPerson | undefined {
  if (!standsAlone(text, span)) return undefined;
  const next = nextParagraphs(text, span.close).find((p) => isSentence(p.text));
  if (!next || !POINTS_BACK.test(next.text)) return undefined;
  const end = sentenceEnd(text, next.start);
  const named = people.filter((n) => n.start >= next.start && n.end <= end);
  const [only] = named;
  return only?.personId && named.every((n) => n.personId === only.personId) ? only : undefined;
}

/** The proposals, with stand-alone quotations given to the known person the next sentence recalls as saying them. */
export function withRecalledVoices(text: string, proposals: readonly ProposedQuote[], spans: readonly QuotationSpan[], people: readonly NamedPerson[]): ProposedQuote[] {
  return proposals.map((p) => {
    const span = spanOf(spans, p);
    if (!span || p.speakerName || p.organisationName || p.confidence >= READING_CONFIDENCE) return p;
    const voice = knownVoice(recalledBy(text, span, people));
    return voice ? claimedFor(p, voice, READING_CONFIDENCE) : p;
  });
}
