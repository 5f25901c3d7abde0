// "… the government has said - although it has insisted the ‘clinical and
// day-to-day operational independence of the NHS’ will be maintained": the
// attribution reader (lib/capture) reads "it" as the last organisation the corpus
// knows that the page named (here "the DHSC", a sentence earlier), passing over the
// government, which the corpus does not list as a voice. The government as a whole
// (ministers, Downing Street, No 10) is not one of the corpus's organisations, and
// what it says is not checked against a department's statements. Here such an "it"
// claim, where the government is named after the known organisation's last mention
// and before the "it", is given back to the government, by the name the page uses:
// a voice the corpus does not know, so nothing is flagged, and a continuation of it
// is not handed to the known organisation (continued-voices.ts, which runs after).
import type { ProposedQuote } from '../capture/attribution';
import { SPEECH_VERB } from '../capture/attribution-cues';
import type { Mention } from '../capture/known-mentions';
import type { QuotationSpan } from '../capture/quotation-spans';
import { leadIn, spanOf } from './page-structure';

/** The government as a whole, as news copy names it (not "local government", councils). */
const GOVERNMENT = /\b(?<![Ll]ocal\s)(?:the\s+)?(?:[Gg]overnment|[Mm]inisters|Downing\s+Street|No\.?\s?10|Whitehall)\b/g;
/** "it has insisted", "it said": an organisation pronoun speaking. */
const IT_SPEAKS = new RegExp(String.raw`\b[Ii]t\s+(?:(?:has|had|also|then|later)\s+)*${SPEECH_VERB.source}`, 'g');

/** The proposals, with a known organisation's "it" that stands for the government given to the government (`organisations`: the page's mentions of known organisations). */
export function withGovernmentVoice(text: string, proposals: readonly ProposedQuote[], spans: readonly QuotationSpan[], organisations: readonly Mention[]): ProposedQuote[] {
  return proposals.map((p) => {
    const span = p.organisationId && !p.personId ? spanOf(spans, p) : undefined;
    if (!span) return p;
    const { from, to } = leadIn(text, span.open);
    IT_SPEAKS.lastIndex = 0;
    const it = [...text.slice(from, to).matchAll(IT_SPEAKS)].at(-1);
    if (!it) return p;
    const at = from + it.index;
    const named = organisations.filter((m) => m.id === p.organisationId && m.end <= at).at(-1);
    if (!named) return p;
    GOVERNMENT.lastIndex = 0;
    const government = [...text.slice(named.end, at).matchAll(GOVERNMENT)].at(-1);
    if (!government) return p;
    return { text: p.text, start: p.start, end: p.end, organisationName: government[0], confidence: p.confidence };
  });
}
