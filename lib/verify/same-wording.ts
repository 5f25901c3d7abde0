// Two writings of the same words are not a change of the speaker's words (issue 15).
// A compound may be written open, hyphenated or closed: The King's Fund's own release
// of Richard Murray's words has "health care organisations" where LBC's report of them
// has "healthcare organisations". The matcher's tokens split at spaces and hyphens, so
// one side has one word where the other has two; joined, they are the same letters.
// Only whole differences are excused this way: "health care staff" against
// "healthcare workers" still shows as a change.

/**
 * The one-letter article fuses into different words ("a part" is not "apart", "a
 * way" is not "away"), so a run holding it is never read as a compound.
 */
const ARTICLE = 'a';

/** `source` and `page` (normalised words) are the same words written with different breaks. */
export function sameWording(source: readonly string[], page: readonly string[]): boolean {
  if (source.length === 0 || page.length === 0) return false;
  if (source.includes(ARTICLE) || page.includes(ARTICLE)) return false;
  return source.join('') === page.join('');
}
