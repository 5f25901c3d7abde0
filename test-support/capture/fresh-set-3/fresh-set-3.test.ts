// The third fresh set is data only: this checks that it is what the README says it is (enough
// real pages from enough publishers, none already in the development set or an earlier fresh set,
// every label placed on its page). It never runs the extractor: the set's scores are printed by
// report.ts, and nothing may be tuned by reading them.
import { describe, expect, it } from 'vitest';
import { loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3 } from '../dev-set';

const pages = loadFreshSet3();

describe('the third fresh set (unseen: labelled and committed before the extractor ran on it)', () => {
  it('holds at least 22 real pages and 110 labelled quotations from at least 15 publishers', () => {
    expect(pages.length).toBeGreaterThanOrEqual(22);
    expect(pages.reduce((n, p) => n + p.quotes.length, 0)).toBeGreaterThanOrEqual(110);
    expect(new Set(pages.map((p) => p.publisher)).size).toBeGreaterThanOrEqual(15);
    expect(pages.every((p) => p.half === 'fresh-3')).toBe(true);
  });

  it('shares no page with the development set or the earlier fresh sets', () => {
    const earlier = [...loadDevSet(), ...loadFreshSet(), ...loadFreshSet2()];
    const seen = new Set(earlier.flatMap((p) => [p.url, p.id]));
    expect(pages.filter((p) => seen.has(p.url) || seen.has(p.id)).map((p) => p.id)).toEqual([]);
    // The same story can be stored under two addresses: no page may share a labelled quotation with an earlier page.
    const earlierQuotes = new Set(earlier.flatMap((p) => p.quotes.filter((q) => q.text.length >= 40).map((q) => q.text)));
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
