// Text as the extension compares and names things: folding (case, accents and
// typographic variants do not matter, so "reseau" finds "Réseau" and "o'neill"
// finds "O’Neill"), and readable ids made from names. Every screen that creates a
// record uses these, so the same name gives the same id wherever it is created.

/** Letters that Unicode decomposition leaves whole, spelled as a reader would type them. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lower case, without accents, with plain quotes and hyphens and single spaces. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Ids stay short enough to read in a file or a diff; a longer slug is cut at a word. */
const MAX_SLUG = 60;

/**
 * "The King's Fund" → "the-kings-fund"; "Réseau Santé" → "reseau-sante"; "" when
 * nothing is left (the caller picks a fallback). Apostrophes and quotes join words.
 */
export function slugify(text: string): string {
  const slug = foldText(text)
    .replace(/['"]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > MAX_SLUG / 2 ? cut.slice(0, lastDash) : slug.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/** The base itself when free, else base-2, base-3, … */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
