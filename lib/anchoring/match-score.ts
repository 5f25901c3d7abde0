// How much a candidate place in the page looks like the highlight that was saved:
// the share of the saved text (quote and context) found there, with nearness to
// where the highlight was expected as a tie-breaker. The same idea as the Hypothesis
// client's matchQuote scoring (quote errors, prefix and suffix similarity, distance
// from the hinted position), weighted by characters instead of fixed weights, so
// that a long quote found intact stands on its own while a two-word quote needs its
// context to be believed.

/**
 * Weight of nearness to the expected position. Small, as in Hypothesis (2 in 92):
 * it only decides between candidates whose text and context match equally well
 * (a repeated paragraph), since pages move text around but rarely change context.
 */
export const POSITION_WEIGHT = 0.02;

/**
 * Similarity that unrelated text scores against a saved context by chance (the
 * mean for contexts drawn from different places of the seed texts; 0.41 at the
 * 99th percentile): English shares letters and short words everywhere. Context
 * counts as evidence only beyond this, so a common word found in an unrelated
 * place does not borrow half a context's weight.
 */
export const CHANCE_CONTEXT_SIMILARITY = 0.25;

/** Context similarity beyond chance, rescaled to [0, 1]. */
function beyondChance(similarity: number): number {
  return Math.max(0, (similarity - CHANCE_CONTEXT_SIMILARITY) / (1 - CHANCE_CONTEXT_SIMILARITY));
}

export interface Evidence {
  quoteLength: number;
  /** 1 − edits / quote length. */
  quoteSimilarity: number;
  prefixLength: number;
  prefixSimilarity: number;
  suffixLength: number;
  suffixSimilarity: number;
}

/** Nearness in [0, 1] of `start` to `hint` (1 without a hint), relative to the text's length. */
export function proximity(start: number, hint: number | undefined, textLength: number): number {
  if (hint === undefined) return 1;
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, textLength));
}

/** A score in [0, 1]: 1 is the saved quote and context, unchanged, where expected. */
export function matchScore(evidence: Evidence, nearness: number): number {
  const { quoteLength, prefixLength, suffixLength } = evidence;
  const found =
    quoteLength * evidence.quoteSimilarity +
    prefixLength * beyondChance(evidence.prefixSimilarity) +
    suffixLength * beyondChance(evidence.suffixSimilarity);
  const share = found / Math.max(1, quoteLength + prefixLength + suffixLength);
  return (1 - POSITION_WEIGHT) * share + POSITION_WEIGHT * nearness;
}

/** The best score any candidate this far from the hint could still reach: candidates are visited nearest first. */
export function bestPossibleScore(nearness: number): number {
  return 1 - POSITION_WEIGHT + POSITION_WEIGHT * nearness;
}
