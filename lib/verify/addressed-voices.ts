// "Matt Hancock asked by ICU nurse how he ‘can look any NHS worker in the face’": a speech
// verb in the passive makes the person named before it the one spoken to, and the words
// after it someone else's. lib/capture's reader takes a name and a speech verb before a
// quotation for its speaker, its surest claim. Here a claim for a known person whose last
// mention before the quotation, in its sentence, is followed by a passive speech verb ("asked
// by", "was told by", "challenged by") with no other speech verb from there to the quotation
// ("Hancock, asked by reporters about it, said: ‘…’" is his) is claimed for nobody. Run last,
// so no reading gives the words back to the person addressed. Only ever drops a claim: this
// can stop a flag, never make one.
import type { ProposedQuote } from '../capture/attribution';
import type { QuotationSpan } from '../capture/quotation-spans';
import { type NamedPerson, claimedForNobody, hasSpeechVerb, sentenceStart, spanOf } from './page-structure';

/** A passive verb of being spoken to, right after the name: "asked by", "was told by", "has been challenged by". */
const ADDRESSED = /^[\s,]*(?:(?:was|were|is|are|being|been|has\s+been|had\s+been)\s+)?(?:asked|told|urged|warned|pressed|challenged|questioned|confronted|accused|quizzed|grilled)\s+by\b/i;

/** Whether the quotation's sentence names the claimant last as the one spoken to. */
function addressed(text: string, span: QuotationSpan, personId: string, people: readonly NamedPerson[]): boolean {
  const from = sentenceStart(text, span.open);
  const last = people.filter((n) => n.personId === personId && n.start >= from && n.end <= span.open).at(-1);
  if (!last) return false;
  const verb = ADDRESSED.exec(text.slice(last.end, span.open));
  return verb !== null && !hasSpeechVerb(text.slice(last.end + verb[0].length, span.open));
}

/** The proposals, with quotations claimed for the person they were addressed to claimed for nobody. */
export function withoutAddressedVoices(text: string, proposals: readonly ProposedQuote[], spans: readonly QuotationSpan[], people: readonly NamedPerson[]): ProposedQuote[] {
  return proposals.map((p) => {
    const span = spanOf(spans, p);
    return span && p.personId && addressed(text, span, p.personId, people) ? claimedForNobody(p) : p;
  });
}
