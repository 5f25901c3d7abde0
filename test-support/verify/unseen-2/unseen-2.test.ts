// The second unseen set is data: this checks that it is what its README says it is (enough
// real pages from enough publishers, quoting people the corpus knows; none already in another
// set; every label placed on its page; kept out of the labelled set's fixed halves). It never
// runs the verifier: npm run bench prints the set's scores on its own row.
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../lib/corpus/bundled-corpus';
import { loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3 } from '../../capture/dev-set';
import { labelledSet, secondUnseenSet } from '../labelled-set';
import { loadUnseenPages } from '../unseen-pages';

const corpus = loadBundledCorpus();
const pages = loadUnseenPages('unseen-2');

describe('the second unseen verification set (labelled and committed before the verifier ran on it)', () => {
  it('holds at least 20 real pages from at least 12 publishers, with at least 40 scored quotations of voices the corpus knows', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(new Set(pages.map((p) => p.publisher)).size).toBeGreaterThanOrEqual(12);
    const known = secondUnseenSet(corpus).flatMap((c) => c.quotations.filter((q) => q.label !== 'none'));
    expect(known.length).toBeGreaterThanOrEqual(40);
  });

  it('shares no page with the first unseen set or the capture sets', () => {
    const seen = new Set([...loadUnseenPages(), ...loadDevSet(), ...loadFreshSet(), ...loadFreshSet2(), ...loadFreshSet3()].flatMap((p) => [p.url, p.id]));
    expect(pages.filter((p) => seen.has(p.url) || seen.has(p.id)).map((p) => p.id)).toEqual([]);
    expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
  });

  it('places every label on its page, after an opening quotation mark', () => {
    for (const page of pages) {
      for (const q of page.quotes) {
        expect(page.text.slice(q.start, q.end).trim()).not.toBe('');
        expect(page.text[q.start - 1]).toMatch(/["“‘'’]/);
      }
    }
  });

  it('stays out of the labelled set, whose halves keep the split fixed in session 3', () => {
    const ids = new Set(pages.map((p) => p.id));
    expect(labelledSet(corpus).filter((c) => ids.has(c.id) || c.kind === 'unseen-2-page')).toEqual([]);
  });
});
