// The attribution reader (lib/capture) lets a quotation that names nobody continue
// the voice of an earlier one ("continuation", confidence 0.5). On a page where
// someone else speaks in between ("A No 10 spokeswoman said: …", then "The NHS “is
// clearly under pressure” but …"), the reader can hand the later words back to a
// voice the page left two quotations ago. Verification would then check them as
// that voice's and call them unsourced. Here a continuation stands only when the
// last quotation with a speaker before it is the same voice's, or the page names
// that voice again since; otherwise the quotation is nobody's the page states.
// Nor does a continuation stand on a title: a quotation that opens its paragraph, ends
// with no stop or comma, and is followed in its paragraph by words reporting no speech
// ("‘The lives we want to lead’ - the LGA green paper for adult social care", under a
// press release's "More information") names a publication; nobody is quoted.
// Only weak claims are re-read, and only ever dropped: this can stop a flag, never
// make one.
import type { ProposedQuote } from '../capture/attribution';
import type { Mention } from '../capture/known-mentions';
import { CONTINUATION_CONFIDENCE, OWN_SPEAKER_CONFIDENCE, claimedForNobody, hasSpeechVerb, paragraphEnd, paragraphStart } from './page-structure';


const voiceOf = (p: ProposedQuote): string | undefined =>
  p.personId ?? (p.organisationId ? `organisation:${p.organisationId}` : (p.speakerName ?? p.organisationName ?? p.role));

/** Marks that may close a quotation (capture's spans end inside them). */
const CLOSING_MARK = /^[”’"']/;
/** What spoken words end on before their closing mark; a title ends on a word. */
const SPOKEN_END = /[.,;:!?…)\]]\s*$/;

/** Whether quoted words end as speech does (a stop, a comma), not on a word as a title does. */
export const endsAsSpoken = (quoted: string): boolean => SPOKEN_END.test(quoted);

/** Whether the quotation is a title: opening its paragraph, ending on a word, then words of the same paragraph that report no speech. */
function isTitle(text: string, p: ProposedQuote): boolean {
  const lineStart = paragraphStart(text, p.start);
  if (!/^\s*[“‘"']$/.test(text.slice(lineStart, p.start)) || endsAsSpoken(p.text) || !CLOSING_MARK.test(text.slice(p.end))) return false;
  const after = text.slice(p.end + 1, paragraphEnd(text, p.end));
  return /\p{L}/u.test(after) && !hasSpeechVerb(after);
}

/** The proposals, with continuations that skip back over another speaker's quotation, or fall on a title, left to nobody (`named`: the page's mentions of known people and organisations). */
export function withContinuedVoices(text: string, proposals: readonly ProposedQuote[], named: { people: readonly Mention[]; organisations: readonly Mention[] }): ProposedQuote[] {
  const mentions = [
    ...named.people.map((m) => ({ ...m, voice: m.id })),
    ...named.organisations.map((m) => ({ ...m, voice: `organisation:${m.id}` })),
  ];
  let lastSpeaker: { voice: string | undefined; end: number } | undefined;
  return proposals.map((p) => {
    const voice = voiceOf(p);
    const known = p.personId ?? p.organisationId;
    if (known && p.confidence <= CONTINUATION_CONFIDENCE && isTitle(text, p)) return claimedForNobody(p);
    if (known && voice && p.confidence <= CONTINUATION_CONFIDENCE && lastSpeaker && lastSpeaker.voice !== voice) {
      const namedSince = mentions.some((m) => m.voice === voice && m.start >= (lastSpeaker?.end ?? 0) && m.end <= p.start);
      if (!namedSince) return claimedForNobody(p);
    }
    if (p.confidence >= OWN_SPEAKER_CONFIDENCE) lastSpeaker = { voice, end: p.end };
    return p;
  });
}
