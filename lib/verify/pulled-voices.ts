// A press release's copy often repeats a sentence of a quotation as a paragraph of its own,
// without marks: the pull quote the page showed in large type ("It is vital that we consider
// any changes carefully, …, as the Health and Social Care Select Committee has suggested.",
// between two paragraphs of Chris Hopson's statement). lib/capture's reader takes it for
// narration in which that committee speaks, and gives the quotation after it, which goes on
// with the statement, to the committee: a voice the corpus does not know, so the words go
// unchecked. Here a weak claim (a continuation or less) for a voice the corpus does not know,
// named before the quotation only in quoted words or in such a repeated paragraph, goes back to
// the known voice of the last quotation with a speaker of its own, when nobody else is named
// since outside those words. Below the confidence a misattribution needs, like verification's
// other readings.
import type { ProposedQuote } from '../capture/attribution';
import type { Mention } from '../capture/known-mentions';
import type { QuotationSpan } from '../capture/quotation-spans';
import { escapeRegExp } from '../text/escape-reg-exp';
import { CONTINUATION_CONFIDENCE, type NamedPerson, OWN_SPEAKER_CONFIDENCE, READING_CONFIDENCE, type Voice, claimedFor, knownVoiceOf, paragraphEnd } from './page-structure';

/** A repeated paragraph holds at least this many words: a short line the page also quotes is a heading or a title. */
const MIN_PULLED_WORDS = 8;

const squashed = (words: string) => words.replace(/\s+/g, ' ').trim();

/** The paragraphs that repeat, unmarked and word for word, part of a quotation on the page. */
function pulledParagraphs(text: string, spans: readonly QuotationSpan[]): { start: number; end: number }[] {
  const quoted = spans.map((s) => squashed(text.slice(s.start, s.end)));
  const pulled: { start: number; end: number }[] = [];
  for (let start = 0; start < text.length; start = paragraphEnd(text, start) + 1) {
    const end = paragraphEnd(text, start);
    const words = squashed(text.slice(start, end));
    const marked = spans.some((s) => s.open < end && start < s.close);
    if (!marked && words.split(' ').length >= MIN_PULLED_WORDS && quoted.some((q) => q.includes(words))) pulled.push({ start, end });
  }
  return pulled;
}

/** The proposals, with a weak claim for an unknown voice the page names only in quoted or repeated words given back to the known voice before it. */
export function withPulledVoices(
  text: string,
  proposals: readonly ProposedQuote[],
  spans: readonly QuotationSpan[],
  people: readonly NamedPerson[],
  organisations: readonly Mention[],
): ProposedQuote[] {
  const pulled = pulledParagraphs(text, spans);
  if (pulled.length === 0) return [...proposals];
  const inWords = (at: number) => pulled.some((r) => r.start <= at && at < r.end) || spans.some((s) => s.open <= at && at < s.close);
  let last: { voice: Voice; end: number } | undefined;
  return proposals.map((p) => {
    const name = p.speakerName ?? p.organisationName;
    const known = knownVoiceOf(p);
    if (p.confidence >= OWN_SPEAKER_CONFIDENCE) last = known ? { voice: known, end: p.end } : undefined;
    if (known || !name || p.confidence > CONTINUATION_CONFIDENCE || !last) return p;
    const before = text.slice(0, p.start);
    const mentions = [...before.matchAll(new RegExp(escapeRegExp(name), 'g'))].map((m) => m.index);
    if (mentions.length === 0 || !mentions.every(inWords)) return p;
    const { voice, end } = last;
    const named = [...people.map((n) => ({ ...n, id: n.personId })), ...organisations];
    const others = named.some((n) => n.start >= end && n.end <= p.start && !inWords(n.start) && n.id !== (voice.personId ?? voice.organisationId));
    return others ? p : claimedFor(p, voice, READING_CONFIDENCE);
  });
}
