// Record ids are lower-case slugs made from a record's name or title, unique in their table.
import { foldText } from '../highlights/text';

const MAX_SLUG = 60;

/** "The King's Fund" → "the-kings-fund"; "Réseau Santé" → "reseau-sante". */
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
