// Who a quotation is attributed to, where lib/capture's attribution reader gives it
// to nobody the corpus knows but the page plainly does. Verification needs only the
// voice (not a role or an organisation for an unknown name), so it can read two
// patterns the general reader leaves alone:
//   - Reported speech by a known voice through something that is not a name: "The
//     BMA is to call on … ¶ … a motion was passed calling on the Government to
//     ‘…’". The quotation's own sentence reports speech, and exactly one known
//     voice is named since the previous quotation (at most one paragraph back).
//     A reported quotation right after such a one, with nobody named in between,
//     continues it ("Representatives … called on the Government to ‘…’"). Not
//     when a person speaks ("But he added: ‘…’" after "told the Local Government
//     Association"): a pronoun follow-up is pronoun-voices.ts's to read. Nor when a name
//     the corpus does not know is the speech verb's subject ("Instagram has said it
//     “…”" a paragraph after the Health Secretary is named): that voice speaks, unknown.
//   - An item of a list whose introduction ends in a colon and reports speech ("In addition to
//     asking the Government …, the LGA called for:¶• A fairer funding system “with clarity …”;¶…¶•
//     Adequate resource … "must go hand in hand"."): the introduction is the item's lead-in, and the
//     one known voice named from it to the quotation is who speaks, as above.
//   - A quotation that runs to the end of its paragraph (or of the page's text)
//     with no closing mark (a cut excerpt; a press release whose copy drops the
//     mark before a pull quote): the reader lowers its confidence because its
//     extent is unsure, not its speaker, so verification takes back that penalty.
//     A mark missing mid-paragraph (the span then runs on into other words) keeps it.
// Both claims stay below lib/verify/attribution-agreement.ts's bar for calling a
// misattribution: they can make a quotation unsourced or verified, never accuse a
// page of putting words in the wrong mouth.
import type { ProposedQuote } from '../capture/attribution';
import { type KnownEntity, findMentions } from '../capture/known-mentions';
import { AUXILIARY_WORDS, PERSON_PRONOUN, SPEECH_VERB } from '../capture/attribution-cues';
import { findQuotationSpans } from '../capture/quotation-spans';
import {
  READING_CONFIDENCE,
  type Voice,
  claimedFor,
  hasSpeechVerb,
  paragraphEnd,
  paragraphStart,
  previousParagraphStart,
  sentenceEnd,
  sentenceStart,
  spanOf,
  voiceKey,
} from './page-structure';

/** What lib/capture/attribution.ts takes off a quotation with no closing mark. */
export const UNCLOSED_PENALTY = 0.1;
/** What follows a quotation that runs to its paragraph's end: a line break or the end of the text. */
const PARAGRAPH_END = /^[ \t]*(?:\n|$)/;
/** A reported quotation this far (characters) after the previous one no longer continues it (capture's continuation gap). */
const MAX_CONTINUATION_GAP = 1500;

/** "he", "she": a person speaks (capture's pronouns, without the global flag a test() would advance). */
const PERSON_PRONOUN_WORD = new RegExp(PERSON_PRONOUN.source);
/** Calls that report what a body said, beyond the reader's speech verbs ("calling on the Government to …"). */
const CALLING = /\bcall(?:s|ed|ing)?\s+(?:on|for)\b/i;

/**
 * A capitalised name right before the speech verb, past auxiliaries: its subject ("Instagram has said"). Function
 * words opening a sentence ("The", "It", "But") are no name; a known voice's name is a mention, checked apart.
 */
const NAMED_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}'’])(?!(?:The|A|An|It|Its|This|That|These|Those|They|Their|We|I|But|And|So|Yet|Instead)\b)\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)*,?\s+(?:(?:${AUXILIARY_WORDS})\s+)*${SPEECH_VERB.source}`,
  'u',
);

function reports(leadIn: string): boolean {
  if (PERSON_PRONOUN_WORD.test(leadIn)) return false;
  return hasSpeechVerb(leadIn) || CALLING.test(leadIn);
}

/** Whether the lead-in's speech verb has a name for its subject that is no known voice's mention ("Instagram has said it"). */
function unknownSubject(text: string, from: number, to: number, mentions: readonly { start: number; end: number }[]): boolean {
  const subject = NAMED_SUBJECT.exec(text.slice(from, to));
  if (!subject) return false;
  const start = from + subject.index;
  // A mention may open before the name matched ("the LGA" around "LGA called").
  return !mentions.some((m) => m.start < start + subject[0].length && m.end > start);
}

/** A list item's marker opening its line ("  • ", "- ", "1. "). */
const LIST_ITEM = /^[ \t]*(?:[•▪◦·*–-]|\d{1,2}[.)])\s+/;
/** Lines of a list read back over to its introduction, at most: a longer list is read as no list. */
const MAX_LIST_LINES = 20;

/**
 * Where the sentence introducing the list holding `open` starts, when `open` is in a list item and the
 * first line before the list's items (blank lines passed over) ends in a colon ("…, the LGA called for:").
 */
function listIntroduction(text: string, open: number): number | undefined {
  let line = paragraphStart(text, open);
  if (!LIST_ITEM.test(text.slice(line, paragraphEnd(text, line)))) return undefined;
  for (let lines = 0; line > 0 && lines < MAX_LIST_LINES; lines++) {
    const start = paragraphStart(text, line - 1);
    const before = text.slice(start, line - 1);
    line = start;
    if (before.trim() === '' || LIST_ITEM.test(before)) continue;
    const introduced = before.trimEnd();
    return introduced.endsWith(':') ? sentenceStart(text, start + introduced.length - 1) : undefined;
  }
  return undefined;
}

/** The reader's proposals, with the known voices above filled in. */
export function withReportedVoices(
  text: string,
  proposals: readonly ProposedQuote[],
  known: { people: readonly KnownEntity[]; organisations: readonly KnownEntity[] },
): ProposedQuote[] {
  const spans = findQuotationSpans(text);
  const quoted = (at: number) => spans.some((s) => s.open <= at && at < s.close);
  const names = new Map([...known.people, ...known.organisations].map((e) => [e.id, e.name]));
  const mentions = [
    ...findMentions(text, known.people).map((m) => ({ ...m, voice: { personId: m.id, name: names.get(m.id) ?? m.surface } })),
    ...findMentions(text, known.organisations).map((m) => ({ ...m, voice: { organisationId: m.id, name: names.get(m.id) ?? m.surface } })),
  ].filter((m) => !quoted(m.start));

  let previous: { close: number; voice?: Voice; reported: boolean } | undefined;
  return proposals.map((proposal) => {
    const span = spanOf(spans, proposal);
    const open = span?.open ?? proposal.start;
    const close = span?.close ?? proposal.end;
    let result = proposal;
    if (span && !span.closed && PARAGRAPH_END.test(text.slice(proposal.end))) {
      result = { ...result, confidence: result.confidence + UNCLOSED_PENALTY };
    }
    const named = !!(proposal.personId || proposal.speakerName || proposal.organisationId || proposal.organisationName);
    // An item of a list the lead-in introduces ("the LGA called for:¶• A fairer funding system “…”;") is reported by that lead-in.
    const intro = named ? undefined : listIntroduction(text, open);
    const sentence = intro ?? sentenceStart(text, open);
    const leadEnd = intro === undefined ? open : sentenceEnd(text, intro);
    if (!named && reports(text.slice(sentence, leadEnd))) {
      const from = intro ?? Math.max(previous?.close ?? 0, previousParagraphStart(text, open));
      const voices = new Map(mentions.filter((m) => m.start >= from && m.end <= open).map((m) => [voiceKey(m.voice), m.voice]));
      const [only] = voices.values();
      const continued = previous?.reported && previous.voice && open - previous.close <= MAX_CONTINUATION_GAP ? previous.voice : undefined;
      const voice = unknownSubject(text, sentence, leadEnd, mentions) ? undefined : voices.size === 1 ? only : voices.size === 0 ? continued : undefined;
      if (voice) result = claimedFor(result, voice, READING_CONFIDENCE);
      previous = { close, ...(voice ? { voice } : {}), reported: true };
      return result;
    }
    previous = { close, reported: false };
    return result;
  });
}
