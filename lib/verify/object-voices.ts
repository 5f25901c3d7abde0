// "A spokesperson for GambleAware praised Stevens words, saying: “…”": a known person named in
// the quotation's lead-in only as the object of a verb someone else does to them (praised,
// criticised, thanked, told, …). lib/capture's reader finds the name before the speech verb and
// gives them the words, explicitly; the sentence's subject, the one praising, is who speaks.
// Here, where every mention of the claimed person in the lead-in stands right after such a verb
// (past any title the name carries) and the words before that verb name no known voice, the
// claim is taken from the known person: a pronoun subject ("He praised …") leaves the quotation
// to nobody, for pronoun-voices.ts to read; any other subject is an unknown voice, not flagged.
// The reader's continuations of the claim ("They added: “…”", nobody else named) go with it.
// Only ever takes a claim away from a known person: it can stop a flag, never make one.
import type { ProposedQuote } from '../capture/attribution';
import type { Mention } from '../capture/known-mentions';
import type { QuotationSpan } from '../capture/quotation-spans';
import { CONTINUATION_CONFIDENCE, type NamedPerson, READING_CONFIDENCE, claimedFor, claimedForNobody, leadBefore, leadIn, sentenceStart, spanOf } from './page-structure';

/** Verbs whose object is the person they are done to, not a speaker ("praised Stevens", "told Jane Doe"). */
const DONE_TO = /\b(?:praised|criticised|criticized|attacked|accused|thanked|blamed|told|asked|urged|backed|slammed|hailed|congratulated|challenged|questioned|rebuked|defended)\s*$/i;
/** A pronoun as the whole subject: someone already named, whom pronoun-voices.ts reads. */
const PRONOUN_SUBJECT = /^(?:[Hh]e|[Ss]he|[Tt]hey)$/;
/** The longest subject read as an unknown voice's name ("A spokesperson for GambleAware"). */
const MAX_SUBJECT_CHARS = 80;

/** The proposals, with a known person's claim taken away where the lead-in names them only as what its subject acts on. */
export function withObjectVoices(
  text: string,
  proposals: readonly ProposedQuote[],
  spans: readonly QuotationSpan[],
  people: readonly NamedPerson[],
  organisations: readonly Mention[],
): ProposedQuote[] {
  let taken: { personId: string; to: ProposedQuote | undefined; close: number } | undefined;
  return proposals.map((p) => {
    const span = spanOf(spans, p);
    if (!span || !p.personId) return p;
    if (taken && p.personId === taken.personId && p.confidence <= CONTINUATION_CONFIDENCE) {
      const since = taken.close;
      if (!people.some((n) => n.personId === p.personId && n.start >= since && n.end <= span.open)) {
        taken = { ...taken, close: span.close };
        return taken.to ? claimedFor(p, { name: taken.to.speakerName ?? '' }, READING_CONFIDENCE) : claimedForNobody(p);
      }
    }
    taken = undefined;
    const { from, to } = leadIn(text, span.open);
    const mentions = people.filter((n) => n.personId === p.personId && n.start >= from && n.end <= to);
    const first = mentions[0];
    if (!first || !mentions.every((n) => DONE_TO.test(leadBefore(text, n)))) return p;
    const start = sentenceStart(text, first.start);
    const lead = leadBefore(text, first);
    const subjectEnd = start + lead.length - (DONE_TO.exec(lead)?.[0].length ?? 0);
    const subject = text.slice(start, subjectEnd).trim();
    const namesVoice = [...people.filter((n) => n.personId), ...organisations].some((n) => n.start >= start && n.end <= subjectEnd);
    if (subject === '' || subject.length > MAX_SUBJECT_CHARS || namesVoice) return p;
    const next = PRONOUN_SUBJECT.test(subject) ? claimedForNobody(p) : claimedFor(p, { name: subject }, READING_CONFIDENCE);
    taken = { personId: p.personId, to: next.speakerName ? next : undefined, close: span.close };
    return next;
  });
}
