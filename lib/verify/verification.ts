// What the sidebar is told about each quotation on a page (issue 15): whether the
// words are the named speaker's own, someone else's, changed, or nowhere in the
// corpus. Plain data, carried in the detect answer (lib/page-report.ts) and shown by
// components/sidebar/VerificationSection.tsx; the toolbar badge counts it too.
import type { CharRange } from '../matching/char-ranges';
import type { StatementRef } from '../page-report';
import type { WordChange } from './compare-words';

export type { WordChange } from './compare-words';

/**
 * verified: the page's speaker is the source's and the words match.
 * misattributed: the page gives known words to someone else.
 * altered: the words differ from the source beyond punctuation and case.
 * unsourced: a person or organisation the corpus knows, words none of their statements hold.
 * unattributed: known words, unchanged, that the page gives to nobody it names clearly (not a flag).
 */
export type VerificationStatus = 'verified' | 'misattributed' | 'altered' | 'unsourced' | 'unattributed';

/** Who the page says spoke. */
export interface Claimant {
  name: string;
  personId?: string;
  organisationId?: string;
}

/**
 * The reach of "not found": all of the claimant's statements (the page's event is not
 * known), or their statements for the page's event first and then all the rest.
 */
export type Checked = (
  | { scope: 'all'; statements: number }
  | { scope: 'event'; statements: number; event: string; forEvent: number }
) & {
  /** The claimant's older statements left unsearched (a voice that speaks a great deal: lib/storage/voice-search.ts). */
  unsearched?: number;
};

export interface VerificationSource {
  /** The curated quote, when the words are one (absent when found in a statement's own text). */
  quoteId?: string;
  /** Who said it in the source: the person, or the organisation speaking without one. */
  speaker: string;
  statement: StatementRef;
}

export interface Verification {
  /** The known quote's id, or "quotation-<offset>" for any other quotation (also a later part of a known quote the page splits). */
  id: string;
  status: VerificationStatus;
  /** A negation or qualifier was dropped, added or swapped: the stronger flag. */
  senseChanged: boolean;
  /** Where the page carries the quotation: offsets into the page text the content script sent. */
  ranges: CharRange[];
  /** The page's words (page text: shown as text only). */
  asQuoted: string;
  attributedTo?: Claimant;
  source?: VerificationSource;
  /** Word-level differences from the source that alter the quotation. */
  changes: WordChange[];
  /** Omissions marked with an ellipsis that drop no negation or qualifier. */
  elisions: WordChange[];
  /** For a known quote: the page's words and how many of them the source holds (a page may quote far more than the corpus has). */
  words?: { page: number; inSource: number };
  /** For an unsourced quotation: which of the claimant's statements were searched. */
  checked?: Checked;
  /** The flag in one sentence. */
  explanation: string;
}

export interface VerificationTally {
  verified: number;
  misattributed: number;
  altered: number;
  unsourced: number;
}

export function tallyOf(verifications: readonly Verification[]): VerificationTally {
  const tally: VerificationTally = { verified: 0, misattributed: 0, altered: 0, unsourced: 0 };
  for (const v of verifications) if (v.status !== 'unattributed') tally[v.status] += 1;
  return tally;
}

/** The flags a reader must not miss, counted apart from the rest: words put in someone else's mouth, and words changed. */
export const SERIOUS_FLAGS = ['misattributed', 'altered'] as const;
/** Every count, flags first. */
export const ALL_COUNTS = ['misattributed', 'altered', 'unsourced', 'verified'] as const;

/** "1 misattributed", "2 verified": the tally's non-zero counts of `kinds`, in that order. */
export function countsOf(tally: VerificationTally, kinds: readonly (keyof VerificationTally)[] = ALL_COUNTS): string[] {
  return kinds.filter((k) => tally[k] > 0).map((k) => `${tally[k]} ${k}`);
}
