// A highlight is stored with a quote selector and a position selector (lib/schema.ts),
// but some sources give no position: files of the pre-release format, and tools that
// keep only the quote. They get this placeholder instead of being refused.

/**
 * "From the start, as long as the quote": a position that is only a hint, and
 * honestly a guess. Anchoring searches for the quote selector first (with its
 * prefix and suffix); the position only breaks ties between repeated quotes.
 */
export function placeholderPosition(exact: string) {
  return { type: 'TextPositionSelector' as const, start: 0, end: exact.length };
}
