// Ids for highlights that arrive from other tools (Hypothesis, any W3C Web
// Annotation file). Our ids are lower-case slugs; theirs are mixed-case
// ("6mR-xsqlEeeqUSdg-5Bxxw") or whole addresses. The same foreign annotation must
// always get the same id, so that importing a file twice merges instead of
// duplicating, and two foreign annotations must never share one.

/** Enough of the foreign id, as a slug, to recognise it when reading the database. */
const READABLE_TAIL_CHARS = 24;

/**
 * cyrb53 (bryc, public domain): a fast 53-bit string hash. Lower-casing can make
 * two foreign ids equal ("aB" and "Ab"); this hash of the exact id tells them
 * apart, with a chance of collision of about n²/2⁵⁴ (10⁻⁶ for 100 000 highlights).
 */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** "6mR-xsqlEeeqUSdg-5Bxxw" from Hypothesis → "hypothesis-6mr-xsqleeequsdg-5bxxw-<hash>". */
export function foreignId(prefix: string, foreign: string): string {
  const slug = foreign
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(-READABLE_TAIL_CHARS)
    .replace(/^-+|-+$/g, '');
  return [prefix, slug, cyrb53(foreign).toString(36)].filter(Boolean).join('-');
}
