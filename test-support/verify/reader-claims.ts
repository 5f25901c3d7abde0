// What the attribution reader (lib/capture) might claim for a page's quotations, written
// out by hand for the unit tests of verification's own readings: those tests state the
// claim they start from instead of depending on the reader's exact output, which
// another branch keeps changing. Claims go to the page's quotation spans in order; a
// span with no claim is claimed for nobody, at the reader's lowest confidence.
import { ATTRIBUTION_CONFIDENCE, type ProposedQuote } from '../../lib/capture/attribution';
import { findQuotationSpans } from '../../lib/capture/quotation-spans';

export type Claim = Partial<Pick<ProposedQuote, 'speakerName' | 'personId' | 'organisationName' | 'organisationId' | 'role'>> & { confidence: number };

export function readerClaims(text: string, claims: readonly (Claim | undefined)[]): ProposedQuote[] {
  return findQuotationSpans(text).map((s, i) => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end, ...(claims[i] ?? { confidence: ATTRIBUTION_CONFIDENCE.none }) }));
}
