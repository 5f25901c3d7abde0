// The attribution reader (lib/capture) lets a quotation that names nobody continue
// the voice of an earlier one ("continuation", confidence 0.5). On a page where
// someone else speaks in between ("A No 10 spokeswoman said: …", then "The NHS “is
// clearly under pressure” but …"), the reader can hand the later words back to a
// voice the page left two quotations ago. Verification would then check them as
// that voice's and call them unsourced. Here a continuation stands only when the
// last quotation with a speaker before it is the same voice's, or the page names
// that voice again since; otherwise the quotation is nobody's the page states.
// Only weak claims are re-read, and only ever dropped: this can stop a flag, never
// make one.
import { ATTRIBUTION_CONFIDENCE, type ProposedQuote } from '../capture/attribution';
import type { Mention } from '../capture/known-mentions';

/** A claim this weak is a continuation (or less): one the reader inferred from an earlier quotation. */
const CONTINUATION = ATTRIBUTION_CONFIDENCE.continuation;
/** A claim at least this sure names its own speaker (a name, a pronoun, a description, an organisation speaking). */
const OWN_SPEAKER = ATTRIBUTION_CONFIDENCE.organisation;

const voiceOf = (p: ProposedQuote): string | undefined =>
  p.personId ?? (p.organisationId ? `organisation:${p.organisationId}` : (p.speakerName ?? p.organisationName ?? p.role));

/** The proposals, with continuations that skip back over another speaker's quotation left to nobody (`named`: the page's mentions of known people and organisations). */
export function withContinuedVoices(proposals: readonly ProposedQuote[], named: { people: readonly Mention[]; organisations: readonly Mention[] }): ProposedQuote[] {
  const mentions = [
    ...named.people.map((m) => ({ ...m, voice: m.id })),
    ...named.organisations.map((m) => ({ ...m, voice: `organisation:${m.id}` })),
  ];
  let lastSpeaker: { voice: string | undefined; end: number } | undefined;
  return proposals.map((p) => {
    const voice = voiceOf(p);
    const known = p.personId ?? p.organisationId;
    if (known && voice && p.confidence <= CONTINUATION && lastSpeaker && lastSpeaker.voice !== voice) {
      const namedSince = mentions.some((m) => m.voice === voice && m.start >= (lastSpeaker?.end ?? 0) && m.end <= p.start);
      if (!namedSince) return { text: p.text, start: p.start, end: p.end, confidence: ATTRIBUTION_CONFIDENCE.none };
    }
    if (p.confidence >= OWN_SPEAKER) lastSpeaker = { voice, end: p.end };
    return p;
  });
}
