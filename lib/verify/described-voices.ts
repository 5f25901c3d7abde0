// "Priya Raman of a local health charity said: “…”": lib/capture's reader takes the
// description nearest the speech verb ("a local health charity") for the speaker and,
// finding no organisation it knows there, claims the quotation for a described person
// with no name, sure of it (an organisation's confidence). The name the description
// stands after is that person. Here such a nameless claim gets the name when the
// lead-in is a person, then "of"/"from"/"at" and a lower-case description, then a speech
// verb. The reader's own confidence is kept, as known-claims.ts keeps it: the reader was
// sure someone spoke there, and only their name was lost; so known words given to that
// name can be called misattributed, as they are when the reader reads the name itself.
import type { ProposedQuote } from '../capture/attribution';
import { SPEECH_VERB } from '../capture/attribution-cues';
import type { QuotationSpan } from '../capture/quotation-spans';
import { type NamedPerson, READING_CONFIDENCE, claimedFor, leadIn, spanOf } from './page-structure';

/**
 * What stands between the name and the speech verb: "of a local health charity", "from the
 * town's food bank", in lower case (a capitalised organisation is the reader's to read).
 */
const DESCRIPTION_THEN_VERB = new RegExp(String.raw`^\s+(?:of|from|at)\s+(?:an?|the)\s+[\p{Ll}\s'’-]{1,60}?\s+${SPEECH_VERB.source}`, 'u');

/** Whether the reader claimed the quotation, surely enough to check it, for nobody it could name. */
const namelessClaim = (p: ProposedQuote): boolean =>
  p.confidence >= READING_CONFIDENCE && !p.speakerName && !p.personId && !p.organisationName && !p.organisationId && !p.role;

/** The proposals, with a sure claim for a nameless described speaker given the name the description follows. */
export function withDescribedVoices(text: string, proposals: readonly ProposedQuote[], spans: readonly QuotationSpan[], people: readonly NamedPerson[]): ProposedQuote[] {
  return proposals.map((p) => {
    const span = spanOf(spans, p);
    if (!span || !namelessClaim(p)) return p;
    const { from, to } = leadIn(text, span.open);
    const named = people.filter((n) => n.start >= from && n.end <= to).at(-1);
    if (!named || !DESCRIPTION_THEN_VERB.test(text.slice(named.end, to))) return p;
    return claimedFor(p, { name: named.name, ...(named.personId ? { personId: named.personId } : {}) }, p.confidence);
  });
}
