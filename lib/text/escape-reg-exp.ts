// Names, quotes and words from pages and records are put into regular expressions
// in several places (name patterns, quote placement, role patterns); each must match
// its text literally, so they share one escape.

/** `text` as a regular expression source matching it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
