// The link that opens a saved highlight at its place: the page's address with a
// fragment naming the highlight. The highlights page opens it in a new tab; the
// content script recognises the fragment, scrolls to the highlight and removes the
// fragment again. Types only from the schema, so no Zod reaches the content script.
import type { Annotation } from '../schema';

export const HIGHLIGHT_FRAGMENT = 'policy-lens-highlight';

/** Ids are lower-case slugs (lib/schema.ts `Id`); anything else in a fragment is ignored. */
const ID = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/** "https://example.org/a" → "https://example.org/a#policy-lens-highlight=hl-1f2e". */
export function highlightLink(annotation: Pick<Annotation, 'id' | 'url'>): string {
  const hashAt = annotation.url.indexOf('#');
  const page = hashAt === -1 ? annotation.url : annotation.url.slice(0, hashAt);
  return `${page}#${HIGHLIGHT_FRAGMENT}=${encodeURIComponent(annotation.id)}`;
}

function fragmentParts(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

function isHighlightPart(part: string): boolean {
  return part.startsWith(`${HIGHLIGHT_FRAGMENT}=`);
}

/**
 * The highlight id named by a location hash ("#policy-lens-highlight=hl-1f2e", with or
 * without the "#", possibly among other `&`-separated parts), or null when the hash
 * names none or names something that is not a valid id.
 */
export function highlightIdFromHash(hash: string): string | null {
  const part = fragmentParts(hash).find(isHighlightPart);
  if (part === undefined) return null;
  let id: string;
  try {
    id = decodeURIComponent(part.slice(HIGHLIGHT_FRAGMENT.length + 1));
  } catch {
    return null;
  }
  return ID.test(id) ? id : null;
}

/**
 * The hash to put back once the highlight is shown: what remains after removing our part
 * ("" when nothing remains, else with its "#"), for `history.replaceState`.
 */
export function hashWithoutHighlight(hash: string): string {
  const rest = fragmentParts(hash).filter((part) => !isHighlightPart(part));
  return rest.length === 0 ? '' : `#${rest.join('&')}`;
}
