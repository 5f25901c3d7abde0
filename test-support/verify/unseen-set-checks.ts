// Checks every unseen verification set's own test makes of its labels (unseen-3/, and unseen-4/ to unseen-8/ through unseen-set-suite.ts):
// the data must be what its README says before any figure printed from it means anything.
import type { UnseenPage } from './unseen-pages';

/** Characters of a page's opening compared with every earlier set's pages (a copy under another address). */
const OPENING_CHARS = 300;

/** Pages of `pages` that repeat an address, an id or an opening of `earlier`. */
export function pagesAlreadyUsed(pages: readonly UnseenPage[], earlier: readonly { id: string; url: string; text: string }[]): string[] {
  const seen = new Set(earlier.flatMap((p) => [p.url, p.id, p.text.slice(0, OPENING_CHARS)]));
  return pages.filter((p) => seen.has(p.url) || seen.has(p.id) || seen.has(p.text.slice(0, OPENING_CHARS))).map((p) => p.id);
}

/** Labels that do not follow an opening quotation mark, or run into the next label. */
export function misplacedLabels(pages: readonly UnseenPage[]): string[] {
  return pages.flatMap((page) =>
    page.quotes.flatMap((q, i) => {
      const next = page.quotes[i + 1];
      const placed = /["“‘'’]/.test(page.text[q.start - 1] ?? '') && q.end > q.start && (!next || q.end <= next.start);
      return placed ? [] : [`${page.id}: ${page.text.slice(q.start, q.end)}`];
    }),
  );
}
