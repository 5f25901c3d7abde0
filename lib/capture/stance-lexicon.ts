// The words that suggest a stance, kept small and in plain sight: the suggestion is
// a starting point the analyst corrects, so it must be explainable by the cue words
// it shows, never a black box. Phrases are matched on word boundaries, case-insensitively;
// a trailing * matches any ending ("welcome*" → welcomes, welcomed).

/** Words of approval or of benefit to patients and services. */
export const POSITIVE_CUES = [
  'welcome*', 'support*', 'pleased', 'glad', 'step forward', 'helpful', 'promising', 'opportunity', 'admirable',
  'rightly', 'great strides', 'improve*', 'greater flexibility', 'flexible approach', 'go with the grain', 'innovative',
  'important steps',
] as const;

/** Words of doubt, risk or objection. */
export const NEGATIVE_CUES = [
  'concern*', 'risk', 'questions remain', 'rushed', 'no substitute', 'backwards', 'must explain', 'not clear',
  'no clear', 'overestimate*', 'exhausted', 'complicate', 'not been fully learnt', 'does not deliver', 'needless',
  'must not', 'well-trodden', 'keen to understand', 'nowhere near',
] as const;

/** Words that reject the policy or its timing outright: one of these makes a negative quote "opposed". */
export const OPPOSITION_CUES = ['must explain', 'reject*', 'oppose*', 'scrap*', 'abandon*', 'u-turn'] as const;

/** Contrast and hedges: a welcome followed by "however" or "but" is a welcome with reservations. */
export const HEDGE_CUES = ['however', 'but', 'while', 'although', 'yet'] as const;

/** A cue as a pattern: word boundaries, any whitespace or hyphen between words, "*" for an ending. */
export function cuePattern(cue: string): RegExp {
  const body = cue
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*$/, '[\\p{L}]*')
    .replace(/[\s-]+/g, '[\\s-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}
