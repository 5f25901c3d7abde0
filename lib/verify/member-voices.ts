// "…?” the Labour MP responded": a member of a party or body (its MP, peer, councillor) is a
// person speaking, not the party. lib/capture's reader, finding no name, gives such a
// quotation to the organisation, and verification would then search the party's statements
// and call the words unsourced, though the page says one unnamed (here, Liz Kendall, named
// earlier) member spoke. Here an organisation's claim whose attribution (the lead-in with a
// speech verb, or a trailing "…, the X MP said") has the organisation straight before a
// member's role becomes a claim for that described person, whom the corpus does not know; so
// it is not flagged. A spokesperson or an official speaks for the organisation and stays its.
// Below the confidence a misattribution needs: a description never accuses a page.
import type { ProposedQuote } from '../capture/attribution';
import type { Mention } from '../capture/known-mentions';
import type { QuotationSpan } from '../capture/quotation-spans';
import { READING_CONFIDENCE, attributionOf, claimedFor, spanOf } from './page-structure';

/** A member's role straight after the organisation's name: "Labour MP", "Conservative peer", "LGA councillor". */
const MEMBER_AFTER = /^\s+(?:MP|MEP|MSP|MS|AM|peer|councillor|backbencher|candidate|member|activist)s?\b/;
/** The member the attribution describes ("the Labour MP"), when it holds the claimed organisation before a member's role. */
function memberOf(text: string, span: QuotationSpan, organisationId: string, organisations: readonly Mention[]): string | undefined {
  for (const r of attributionOf(text, span)) {
    for (const m of organisations) {
      if (m.id !== organisationId || m.start < r.from || m.end > r.to) continue;
      const role = MEMBER_AFTER.exec(text.slice(m.end, r.to));
      if (role) return `${m.surface}${role[0]}`;
    }
  }
  return undefined;
}

/** The proposals, with an organisation's claim that the page makes for one of its members given to that member, unnamed. */
export function withMemberVoices(text: string, proposals: readonly ProposedQuote[], spans: readonly QuotationSpan[], organisations: readonly Mention[]): ProposedQuote[] {
  return proposals.map((p) => {
    const span = spanOf(spans, p);
    if (!span || !p.organisationId || p.speakerName) return p;
    const member = memberOf(text, span, p.organisationId, organisations);
    return member ? claimedFor(p, { name: member }, READING_CONFIDENCE) : p;
  });
}
