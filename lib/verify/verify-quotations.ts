// Checks each quotation on a page against the corpus (issue 15): a known quote the
// detector located is compared with its source, for who the page says spoke it
// (attribution-agreement.ts) and for its words (compare-words.ts); a quotation the
// page gives to a person or organisation the corpus knows, and that holds no known
// quote, is searched for among that voice's statements and, if absent, is unsourced.
// Quotations by people the corpus does not know are not flagged. Each quotation on
// the page gets its own verdict: a quotation continued over paragraphs is checked per
// paragraph (quotation-paragraphs.ts), a known quote the page splits per part. Pure: the caller
// (page-verification.ts) reads the records; the page's attributions come from
// lib/capture's attribution reader.
import type { ProposedQuote } from '../capture/attribution';
import type { CharRange } from '../matching/char-ranges';
import type { FoundQuote } from '../page-report';
import { type Agreement, attributionAgreement, claimantOf } from './attribution-agreement';
import { type WordComparison, compareWords, sharedWordsAtMost, wordCounts } from './compare-words';
import { explain } from './explain';
import { quotationParagraphs } from './quotation-paragraphs';
import { quoteWords } from './quote-words';
import type { Checked, Claimant, Verification, VerificationSource, VerificationStatus } from './verification';

/** Text to compare a quotation with. */
export interface SourceText {
  text: string;
  /** The text goes on around the quoted words (a one-voice statement's whole text), see compare-words.ts. */
  hasContext: boolean;
  source: VerificationSource;
}

export interface KnownQuoteOnPage {
  found: FoundQuote;
  /** The quote's own words, or its one-voice statement's text. */
  source: SourceText;
}

/** What the corpus holds of one known voice, for quotations the page gives them. */
export interface VoiceTexts {
  /** Their statements' events, one entry per statement (counted for "searched N statements"). */
  statementEvents: string[];
  texts: SourceText[];
  /** Their older statements not searched, when they speak too much to search whole. */
  unsearched?: number;
}

/** The policy event the page is about, when known. */
export interface PageEvent {
  id: string;
  /** As the explanation names it (the event's short name). */
  name: string;
}

export interface VerifyInput {
  text: string;
  proposals: readonly ProposedQuote[];
  known: readonly KnownQuoteOnPage[];
  speaksFor(personId: string, organisationId: string): boolean;
  /** The corpus's texts for a known claimant, undefined for one the corpus does not know. */
  textsOf(claimant: Claimant): VoiceTexts | undefined;
  /** The page's event: a quotation is looked for in the claimant's statements for it first. */
  event?: PageEvent;
}

/**
 * A quotation this short that the corpus does not hold is not called unsourced: four
 * words or fewer is a phrase ("widespread agreement", "keen to"), which a page may
 * well paraphrase or take from an interview the corpus lacks.
 */
export const UNSOURCED_MIN_WORDS = 5;
/**
 * A quotation continuing an earlier one (confidence 0.5) is still the claimant's; a
 * name merely in the same sentence (0.45) is not enough to say they said it.
 */
export const UNSOURCED_MIN_CONFIDENCE = 0.5;
/** Share of a quotation's words a voice's text must hold, in order, for the quotation to be found there. */
export const FOUND_MIN_SHARE = 0.6;

const overlaps = (p: ProposedQuote, ranges: readonly CharRange[]): boolean =>
  ranges.some((r) => r.start < p.end && p.start < r.end);

/** The proposal that says most surely who spoke, among those naming someone. */
function surest(proposals: readonly ProposedQuote[]): ProposedQuote | undefined {
  return proposals.filter((p) => claimantOf(p)).sort((a, b) => b.confidence - a.confidence)[0];
}

function statusOf(agreement: Agreement, altered: boolean): VerificationStatus {
  if (agreement === 'differs') return 'misattributed';
  if (altered) return 'altered';
  return agreement === 'agrees' ? 'verified' : 'unattributed';
}

function finish(v: Omit<Verification, 'explanation' | 'senseChanged'>): Verification {
  const senseChanged = v.changes.some((c) => c.sense.length > 0);
  const withSense = { ...v, senseChanged };
  return { ...withSense, explanation: explain(withSense) };
}

/**
 * One verdict per quotation on the page: a page that splits a known quote ("…,” he
 * said. “…") may quote one part faithfully and alter the other. Who spoke is the
 * surest claim among the parts; the first part's verdict keeps the quote's id.
 */
function verifyKnown(input: VerifyInput, known: KnownQuoteOnPage): Verification[] {
  const spans = input.proposals.filter((p) => overlaps(p, known.found.ranges));
  // Words the page does not put in quotation marks are not a quotation (the page may be the statement itself).
  const claim = surest(spans);
  const parts = spans.flatMap((span) => verifyKnownPart(input, known, span, claim) ?? []);
  return parts.map((v, i) => (i === 0 ? v : { ...v, id: `quotation-${v.ranges[0]?.start ?? 0}` }));
}

function verifyKnownPart(input: VerifyInput, { found, source }: KnownQuoteOnPage, span: ProposedQuote, claim: ProposedQuote | undefined): Verification | undefined {
  const { quote } = found;
  // The speaker may have said the same thing twice (an interview and an op-ed): the words are compared with the closest of their texts.
  const speaker = { name: quote.speaker?.name ?? quote.organisation.name, personId: quote.speaker?.id, organisationId: quote.organisation.id };
  const candidates = [source, ...(input.textsOf(speaker)?.texts ?? [])];
  const comparison = closest(span.text, candidates) ?? sharing(span.text, source);
  const words = { page: quoteWords(span.text).length, inSource: comparison?.comparison.matched ?? 0 };
  if (!comparison || sharesOnlyAPhrase(words, quote.text)) return undefined;
  const { changes, elisions } = comparison.comparison;
  const agreement = claim
    ? attributionAgreement(claim, { personId: quote.speaker?.id, personName: quote.speaker?.name, organisationId: quote.organisation.id }, input.speaksFor)
    : 'unclear';
  const attributedTo = claim && claimantOf(claim);
  return finish({
    id: quote.id,
    status: statusOf(agreement, changes.length > 0),
    ranges: [{ start: span.start, end: span.end }],
    asQuoted: span.text,
    ...(attributedTo ? { attributedTo } : {}),
    source: comparison.text.source,
    changes,
    elisions,
    words,
  });
}

/**
 * Most of the page's quotation is not in the source, and most of the source is not in
 * the quotation: a different statement that reuses a phrase of the known quote (a
 * press release repeating last year's "to deliver joined-up care to the increasing
 * numbers of people who rely on multiple different services"). It is checked as a
 * quotation of its own, against all of the claimant's statements.
 */
function sharesOnlyAPhrase(words: { page: number; inSource: number }, quoteText: string): boolean {
  return words.inSource < FOUND_MIN_SHARE * words.page && words.inSource < FOUND_MIN_SHARE * quoteWords(quoteText).length;
}

interface Compared {
  text: SourceText;
  comparison: WordComparison;
}

/** The comparison with `text` when they share any words (a quotation much longer than a curated fragment). */
function sharing(quotation: string, text: SourceText): Compared | undefined {
  const comparison = compareWords(quotation, text.text, text.hasContext);
  return comparison.matched > 0 ? { text, comparison } : undefined;
}

/**
 * How many of a quotation's `words` a text must match for the quotation to be found
 * there: most of them, or all of a curated quote too long to be a stock phrase (one
 * paragraph of a longer quotation may hold a curated fragment whole; the corpus says
 * nothing of the rest, as for a known quote the detector located).
 */
function wordsToFind(words: number, text: SourceText): number {
  const share = FOUND_MIN_SHARE * words;
  if (text.hasContext) return share;
  const fragment = quoteWords(text.text).length;
  return fragment >= UNSOURCED_MIN_WORDS ? Math.min(share, fragment) : share;
}

/** The text the quotation differs from least (fewest changes, then most words shared), among those holding enough of it. */
function closest(quotation: string, texts: readonly SourceText[]): Compared | undefined {
  const quoted = quoteWords(quotation);
  const words = quoted.length;
  const counts = wordCounts(quoted);
  let best: Compared | undefined;
  for (const text of texts) {
    const needed = wordsToFind(words, text);
    if (sharedWordsAtMost(counts, text.text) < needed) continue;
    const comparison = compareWords(quotation, text.text, text.hasContext);
    if (comparison.matched < needed) continue;
    const better =
      !best ||
      comparison.changes.length < best.comparison.changes.length ||
      (comparison.changes.length === best.comparison.changes.length && comparison.matched > best.comparison.matched);
    if (better) best = { text, comparison };
  }
  return best;
}

function checkedFor(voice: VoiceTexts, event: PageEvent | undefined): Checked {
  const statements = voice.statementEvents.length;
  const unsearched = voice.unsearched ? { unsearched: voice.unsearched } : {};
  if (!event) return { scope: 'all', statements, ...unsearched };
  return { scope: 'event', statements, event: event.name, forEvent: voice.statementEvents.filter((id) => id === event.id).length, ...unsearched };
}

function verifyClaimed(input: VerifyInput, proposal: ProposedQuote): Verification | undefined {
  const claimant = claimantOf(proposal);
  if (!claimant || proposal.confidence < UNSOURCED_MIN_CONFIDENCE) return undefined;
  // A person the corpus does not know is not flagged, whatever organisation the page gives them.
  if (proposal.speakerName && !proposal.personId) return undefined;
  if (quoteWords(proposal.text).length < UNSOURCED_MIN_WORDS) return undefined;
  const voice = input.textsOf(claimant);
  if (!voice) return undefined; // somebody the corpus does not know: not flagged
  const base = { id: `quotation-${proposal.start}`, ranges: [{ start: proposal.start, end: proposal.end }], asQuoted: proposal.text, attributedTo: claimant };
  const { event } = input;
  const forEvent = (t: SourceText) => t.source.statement.event.id === event?.id;
  // Same event first: a page quoting someone on an event most likely quotes what they said on it.
  const found = event
    ? (closest(proposal.text, voice.texts.filter(forEvent)) ?? closest(proposal.text, voice.texts.filter((t) => !forEvent(t))))
    : closest(proposal.text, voice.texts);
  if (!found) return finish({ ...base, status: 'unsourced', changes: [], elisions: [], checked: checkedFor(voice, event) });
  const { changes, elisions } = found.comparison;
  return finish({ ...base, status: changes.length > 0 ? 'altered' : 'verified', source: found.text.source, changes, elisions });
}

/** One verification per known quote in quotation marks and per known voice's other quotations, in page order. */
export function verifyQuotations(given: VerifyInput): Verification[] {
  const input = { ...given, proposals: quotationParagraphs(given.proposals) };
  const knownResults = input.known.flatMap((k) => verifyKnown(input, k));
  const claimed = input.proposals
    .filter((p) => !knownResults.some((k) => overlaps(p, k.ranges)))
    .flatMap((p) => verifyClaimed(input, p) ?? []);
  return [...knownResults, ...claimed].sort((a, b) => (a.ranges[0]?.start ?? 0) - (b.ranges[0]?.start ?? 0));
}
