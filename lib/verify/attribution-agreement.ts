// Does the page give a quotation to the speaker the source does? The page's claim is
// what lib/capture's attribution reader proposes (a known person or organisation by
// id, or an unknown name); the source's voice is the curated quote's speaker and
// organisation. A mismatch is only called when the reader is sure of the speaker
// (a name and a speech verb, a pronoun for the last person named, or an
// organisation speaking): a guess from a name in the same sentence, or from a
// quotation continuing an earlier one, stays "unclear" rather than accusing a page.
import type { ProposedQuote } from '../capture/attribution';
import type { Claimant } from './verification';

export type Agreement = 'agrees' | 'differs' | 'unclear';

/** Who speaks in the source. */
export interface SourceVoice {
  personId?: string;
  personName?: string;
  organisationId: string;
}

/**
 * Below this attribution confidence (lib/capture/attribution.ts: 0.9 a named
 * speaker, 0.75 a pronoun, 0.7 an organisation, 0.6 a repeated headline, 0.5 a
 * continuation, 0.45 a name in the same sentence) a different speaker is not called
 * a misattribution. A repeated headline (0.6) takes its speaker from the body, so it
 * is as sure as the body is.
 */
export const MISATTRIBUTION_MIN_CONFIDENCE = 0.6;

/** The page's claim, from the reader's proposal; undefined when it names nobody. */
export function claimantOf(proposal: ProposedQuote): Claimant | undefined {
  const name = proposal.speakerName ?? proposal.organisationName;
  if (!name) return undefined;
  return {
    name,
    ...(proposal.personId ? { personId: proposal.personId } : {}),
    ...(proposal.organisationId ? { organisationId: proposal.organisationId } : {}),
  };
}

const surname = (name: string): string => name.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';

/** `speaksFor(person, organisation)`: the corpus has the person speaking for that organisation. */
export function attributionAgreement(
  proposal: ProposedQuote,
  source: SourceVoice,
  speaksFor: (personId: string, organisationId: string) => boolean,
): Agreement {
  const sure = proposal.confidence >= MISATTRIBUTION_MIN_CONFIDENCE;
  const differs: Agreement = sure ? 'differs' : 'unclear';
  if (proposal.personId) {
    if (source.personId) return proposal.personId === source.personId ? 'agrees' : differs;
    return speaksFor(proposal.personId, source.organisationId) ? 'agrees' : differs;
  }
  if (proposal.speakerName) {
    // A name the corpus does not list: the same surname is the same person under another form ("Prof Stokes-Lampard").
    if (source.personName && surname(proposal.speakerName) === surname(source.personName)) return 'agrees';
    return differs;
  }
  // An organisation speaking for a quote of one of its people, or of itself, is the source's voice.
  if (proposal.organisationId) return proposal.organisationId === source.organisationId ? 'agrees' : differs;
  if (proposal.organisationName) return differs;
  return 'unclear';
}
