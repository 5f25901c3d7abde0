// A quotation running over paragraphs is written with an opening mark at each paragraph and a
// closing mark only at its end; a page may also never close it ("…more tech savvy and digital,"
// he said, …¶"There's loads to do on that area in the NHS, …¶"But also to help clinicians …", ITPro,
// where the stored text or the page just stops closing). lib/capture's reader takes an unclosed
// quotation for less certain and lowers its claim below what verification checks, so the
// speaker's own next paragraphs go unchecked though the reader gave them to the right voice as a
// continuation. Here an unclosed quotation opening its paragraph, right after a paragraph holding
// a quotation of the same known voice that was checked, with nobody else named in between, is
// theirs at the confidence of a continuation: the multi-paragraph convention. Below the
// confidence a misattribution needs, like verification's other readings; only the reader's own
// claim is raised, never changed to another voice.
import type { ProposedQuote } from '../capture/attribution';
import type { QuotationSpan } from '../capture/quotation-spans';
import { CONTINUATION_CONFIDENCE, type NamedPerson, READING_CONFIDENCE, knownVoiceOf, paragraphStart, previousParagraphStart, spanOf, voiceKey } from './page-structure';

/** The proposals, with the reader's weakened claims on unclosed continuation paragraphs raised to a continuation's confidence. */
export function withUnclosedVoices(text: string, proposals: readonly ProposedQuote[], spans: readonly QuotationSpan[], people: readonly NamedPerson[]): ProposedQuote[] {
  let checked: { voice: string; close: number } | undefined;
  return proposals.map((p) => {
    const known = knownVoiceOf(p);
    const voice = known && voiceKey(known);
    const span = spanOf(spans, p);
    let next = p;
    if (voice && span && !span.closed && p.confidence < CONTINUATION_CONFIDENCE && checked?.voice === voice) {
      const opensParagraph = text.slice(paragraphStart(text, span.open), span.open).trim() === '';
      const follows = previousParagraphStart(text, span.open) <= checked.close;
      const close = checked.close;
      const someoneElse = people.some((n) => n.start >= close && n.end <= span.open && (n.personId ?? n.name) !== voice);
      if (opensParagraph && follows && !someoneElse) next = { ...p, confidence: CONTINUATION_CONFIDENCE };
    }
    if (voice && next.confidence >= READING_CONFIDENCE) checked = { voice, close: span?.close ?? p.end };
    else if (p.speakerName || p.organisationName) checked = undefined;
    return next;
  });
}
