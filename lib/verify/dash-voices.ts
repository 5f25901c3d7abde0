// Headlines, pull quotes and quotation boxes attribute words by a dash after them rather
// than a verb: "‘We have a culture where we feel blamed, we feel scapegoated’ – Nagpaul",
// "“…” — Chris Hopson, chief executive, NHS Providers". lib/capture's reader looks for a
// speech verb and gives such a quotation to nobody. Here a quotation whose closing mark is
// followed on its line by a dash and then, straight after it, a known person's name goes to
// that person. A dash followed by anything else ("'The lives we want to lead' - the LGA green
// paper …") attributes nothing. Below the confidence a misattribution needs, like
// verification's other readings.
import type { ProposedQuote } from '../capture/attribution';
import type { QuotationSpan } from '../capture/quotation-spans';
import { type NamedPerson, READING_CONFIDENCE, claimedFor, knownVoice, spanOf } from './page-structure';

/** A dash (hyphen, en or em dash) between spaces, or an em dash alone, right after the closing mark. */
const DASH_AFTER = /^[ \t]*(?:[-–—][ \t]+|—)/;

/** The known person a dash after the quotation names, if it names one straight away. */
function dashedTo(text: string, span: QuotationSpan, people: readonly NamedPerson[]): NamedPerson | undefined {
  const dash = DASH_AFTER.exec(text.slice(span.close, span.close + 8));
  if (!dash) return undefined;
  const at = span.close + dash[0].length;
  return people.find((n) => n.personId && n.start === at);
}

/** The proposals, with quotations a dash attributes to a known person given to them. */
export function withDashVoices(text: string, proposals: readonly ProposedQuote[], spans: readonly QuotationSpan[], people: readonly NamedPerson[]): ProposedQuote[] {
  return proposals.map((p) => {
    const span = spanOf(spans, p);
    if (!span || ((p.personId || p.organisationId) && p.confidence >= READING_CONFIDENCE)) return p;
    const voice = knownVoice(dashedTo(text, span, people));
    return voice ? claimedFor(p, voice, READING_CONFIDENCE) : p;
  });
}
