// The checks every fresh set passes (each is data only, never run through the extractor
// here): enough real pages from enough publishers, none already in an earlier set (by
// address, or by a labelled quotation, since one story can be stored under two
// addresses), and every label placed on its page right after an opening quotation mark.
import { describe, expect, it } from 'vitest';
import type { DevPage, Half } from './dev-set';

interface FreshSet {
  title: string;
  half: Half;
  pages: DevPage[];
  earlier: DevPage[];
  atLeast: { pages: number; quotes: number; publishers: number };
}

/** Quotations this long are specific enough that sharing one means sharing the story. */
const SHARED_QUOTE_CHARS = 40;

export function describeFreshSet({ title, half, pages, earlier, atLeast }: FreshSet): void {
  describe(title, () => {
    it(`holds at least ${atLeast.pages} real pages and ${atLeast.quotes} labelled quotations from at least ${atLeast.publishers} publishers`, () => {
      expect(pages.length).toBeGreaterThanOrEqual(atLeast.pages);
      expect(pages.reduce((n, p) => n + p.quotes.length, 0)).toBeGreaterThanOrEqual(atLeast.quotes);
      expect(new Set(pages.map((p) => p.publisher)).size).toBeGreaterThanOrEqual(atLeast.publishers);
      expect(pages.every((p) => p.half === half)).toBe(true);
    });

    it('shares no page and no labelled quotation with an earlier set', () => {
      const seen = new Set(earlier.flatMap((p) => [p.url, p.id]));
      expect(pages.filter((p) => seen.has(p.url) || seen.has(p.id)).map((p) => p.id)).toEqual([]);
      const earlierQuotes = new Set(earlier.flatMap((p) => p.quotes.filter((q) => q.text.length >= SHARED_QUOTE_CHARS).map((q) => q.text)));
      expect(pages.flatMap((p) => p.quotes.filter((q) => earlierQuotes.has(q.text)).map((q) => `${p.id}: ${q.text}`))).toEqual([]);
      expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
    });

    it('places every label on its page, after an opening quotation mark', () => {
      for (const page of pages) {
        for (const q of page.quotes) {
          expect(q.text.length).toBeGreaterThan(0);
          expect(page.text.slice(q.start, q.end)).toBe(q.text);
          expect(page.text[q.start - 1]).toMatch(/["“‘'„]/);
        }
      }
    });
  });
}
