// The second fresh set is data only: this checks that it is what the README says it is (enough
// real pages from enough publishers, none already in the development set or the first fresh set,
// every label placed on its page). It never runs the extractor: the set's scores are printed by
// report.ts. It was measured blind once, in session 4; since session 5 it is part of the tuning
// pool, and report.ts --misses lists its misses.
import { describe, expect, it } from 'vitest';
import { loadDevSet, loadFreshSet, loadFreshSet2 } from '../dev-set';

const pages = loadFreshSet2();

describe('the second fresh set (unseen: labelled and committed before the extractor ran on it)', () => {
  it('holds at least 20 real pages and 100 labelled quotations from at least 12 publishers', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(pages.reduce((n, p) => n + p.quotes.length, 0)).toBeGreaterThanOrEqual(100);
    expect(new Set(pages.map((p) => p.publisher)).size).toBeGreaterThanOrEqual(12);
    expect(pages.every((p) => p.half === 'fresh-2')).toBe(true);
  });

  it('shares no page with the development set or the first fresh set', () => {
    const seen = new Set([...loadDevSet(), ...loadFreshSet()].flatMap((p) => [p.url, p.id]));
    expect(pages.filter((p) => seen.has(p.url) || seen.has(p.id)).map((p) => p.id)).toEqual([]);
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
