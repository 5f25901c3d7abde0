// "Russell’s father said, “…”", "The family’s solicitor, Merry Varney, said …": someone's
// relative or representative speaking. lib/capture's reader finds no name or role it knows
// in such a subject and gives the quotation to the last person named before it (on The
// Pool's page, the Health Secretary, named two paragraphs up), as a pronoun would be; the
// pronoun follow-up after it ("He further criticised Pinterest, saying, “…”") and the
// reader's continuations then go the same way. A possessive (a name's, his, her, their,
// the family's) before a kin or counsel noun, as the speech verb's subject, is that
// relative: a person the page does not name as the known voice, so the quotation is theirs,
// unknown to the corpus, and not flagged. Only ever takes a claim away from a known voice,
// and not one the reader read as explicitly named, nor one whose voice the description's
// apposition names ("His father, <the known person>, said").
import type { ProposedQuote } from '../capture/attribution';
import { AUXILIARY_WORDS, SPEECH_VERB } from '../capture/attribution-cues';
import type { QuotationSpan } from '../capture/quotation-spans';
import { EXPLICIT_CONFIDENCE, type NamedPerson, READING_CONFIDENCE, attributionOf, claimedFor, spanOf } from './page-structure';

/** Relatives and those who speak for a family: never a voice the corpus quotes on policy under that description. */
const RELATIVE_NOUNS = 'father|mother|dad|mum|parents|son|daughter|wife|husband|brother|sister|widow|widower|family|relatives|solicitor|lawyer';

/**
 * A possessive, a relative noun and the speech verb it is the subject of, past an apposition and auxiliaries:
 * "Russell’s father said", "her father, Ian, said", "the family’s solicitor, Merry Varney, said".
 */
const RELATIVE_SPEAKS = new RegExp(
  String.raw`((?:\b\p{Lu}[\p{L}-]*['’]s?|\b(?:[Hh]is|[Hh]er|[Tt]heir)|\b[Tt]he\s+\p{Ll}+['’]s)\s+(?:late\s+|own\s+)?(?:${RELATIVE_NOUNS})\b)(?:\s*,[^,.;:!?]{1,40},)?\s+(?:(?:${AUXILIARY_WORDS})\s+)*${SPEECH_VERB.source}`,
  'u',
);

/** The proposals, with a known voice's claim taken away where a relative is the one speaking. */
export function withRelativeVoices(text: string, proposals: readonly ProposedQuote[], spans: readonly QuotationSpan[], people: readonly NamedPerson[]): ProposedQuote[] {
  return proposals.map((p) => {
    const span = spanOf(spans, p);
    if (!span || !(p.personId || p.organisationId) || p.confidence >= EXPLICIT_CONFIDENCE) return p;
    for (const { from, to } of attributionOf(text, span)) {
      const relative = RELATIVE_SPEAKS.exec(text.slice(from, to));
      if (!relative) continue;
      const start = from + relative.index;
      const end = start + relative[0].length;
      if (people.some((n) => n.personId !== undefined && n.personId === p.personId && n.start >= start && n.end <= end)) return p;
      return claimedFor(p, { name: relative[1] as string }, READING_CONFIDENCE);
    }
    return p;
  });
}
