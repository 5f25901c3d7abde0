// Quoted words that name a work rather than report speech: "Calderdale Council’s support
// for the LGA report: ‘One year on: the LGA green paper for adult social care and
// wellbeing’", "the association’s ‘caring, supportive, collaborative: a future vision for
// the NHS’ project". lib/capture's reader sees an organisation or a person near such a
// title and claims it for them (the organisation before the colon, "…’ project, Dr Nagpaul
// said that …" after it); verification would then call a report's title unsourced. A
// quotation is taken as a title when it ends on a word (spoken words end on a stop or a
// comma before the closing mark) and a noun for a work stands right against it: after its
// closing mark ("’ project"), or before its opening one with a colon ("report: ‘") in a
// sentence that reports no speech up to it ("The report said: ‘…’" quotes). Only ever
// drops a claim: this can stop a flag, never make one.
import type { ProposedQuote } from '../capture/attribution';
import type { QuotationSpan } from '../capture/quotation-spans';
import { endsAsSpoken } from './continued-voices';
import { claimedForNobody, hasSpeechVerb, sentenceStart, spanOf } from './page-structure';

/** Nouns for a written or planned work, which a title in quotation marks names. */
const WORK_NOUN = String.raw`(?:report|paper|review|plan|strategy|project|programme|program|campaign|book|guide|guidance|consultation|document|publication|initiative|scheme|framework|manifesto)`;
/** A work noun straight after the closing mark: "’ project", "” programme". */
const WORK_AFTER = new RegExp(String.raw`^\s+${WORK_NOUN}\b`);
/** A work noun and a colon straight before the opening mark: "report: ‘". */
const WORK_BEFORE = new RegExp(String.raw`\b${WORK_NOUN}\s*:\s*$`, 'i');

function namesAWork(text: string, span: QuotationSpan): boolean {
  if (endsAsSpoken(text.slice(span.start, span.end))) return false;
  if (WORK_AFTER.test(text.slice(span.close))) return true;
  const leadIn = text.slice(sentenceStart(text, span.open), span.open);
  return WORK_BEFORE.test(leadIn) && !hasSpeechVerb(leadIn);
}

/** The proposals, with titles of works claimed for nobody. */
export function withoutNamedWorks(text: string, proposals: readonly ProposedQuote[], spans: readonly QuotationSpan[]): ProposedQuote[] {
  return proposals.map((p) => {
    const span = spanOf(spans, p);
    return span && namesAWork(text, span) ? claimedForNobody(p) : p;
  });
}
