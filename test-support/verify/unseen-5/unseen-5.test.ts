// The fifth unseen set is data only: this checks that its labels are what its README says they
// are (enough real pages from enough publishers, enough scored quotations of voices the corpus
// knows and of voices it does not; none of its pages already in another set; every label placed
// on its page, in order; every page labelled; known people under the corpus's spelling). It never
// runs the verifier or anything of lib/verify or lib/capture on the set: its scores are for npm
// run bench to print in aggregate only.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../lib/corpus/bundled-corpus';
import { tokenize } from '../../../lib/matching/tokens';
import { loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3, loadFreshSet4, loadFreshSet5 } from '../../capture/dev-set';
import { type UnseenQuote, loadFifthUnseenSet, loadFourthUnseenSet, loadUnseenPages } from '../unseen-pages';
import { misplacedLabels, pagesAlreadyUsed } from '../unseen-set-checks';

const corpus = loadBundledCorpus();
const pages = loadFifthUnseenSet();

/** Words a quotation needs to be scored (labelled-set.ts: verification does not call a shorter phrase unsourced). */
const MIN_SCORED_WORDS = 5;
/** The label of a quotation whose speaker the page leaves unclear: not scored. */
const UNCLEAR = '?';

const personNames = new Map(corpus.people.flatMap((p) => [p.name, ...p.aliases].map((name) => [name, p.name] as const)));
const organisationNames = new Set(corpus.organisations.flatMap((o) => [o.name, ...o.aliases]));

/** A person the corpus knows, or an organisation it knows speaking without a named person. */
const knownVoice = (q: UnseenQuote) => (q.speaker === null ? q.organisation !== null && organisationNames.has(q.organisation) : personNames.has(q.speaker));

const scored = pages.flatMap((page) => page.quotes.filter((q) => q.speaker !== UNCLEAR && tokenize(page.text.slice(q.start, q.end)).length >= MIN_SCORED_WORDS));

describe('the fifth unseen verification set (labelled and committed before the verifier ran on it)', () => {
  it('holds at least 20 real pages from at least 12 publishers, with at least 80 scored quotations, 60 of them by voices the corpus knows and 20 by voices it does not', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(new Set(pages.map((p) => p.publisher)).size).toBeGreaterThanOrEqual(12);
    expect(scored.length).toBeGreaterThanOrEqual(80);
    expect(scored.filter(knownVoice).length).toBeGreaterThanOrEqual(60);
    // Quotations by people the corpus does not know, so that "not flagged" is tested as well.
    expect(scored.filter((q) => !knownVoice(q)).length).toBeGreaterThanOrEqual(20);
  });

  it('labels every page stored in its folder, each page once', () => {
    const stored = readdirSync(fileURLToPath(new URL('./pages/', import.meta.url))).map((file) => file.replace(/\.txt$/, ''));
    expect(pages.map((p) => p.id).sort()).toEqual(stored.sort());
    expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
    expect(pages.filter((p) => p.quotes.length === 0).map((p) => p.id)).toEqual([]);
  });

  it('shares no page, address or opening with the earlier unseen sets or the capture sets', () => {
    const earlier = [
      ...loadUnseenPages(),
      ...loadUnseenPages('unseen-2'),
      ...loadUnseenPages('unseen-3'),
      ...loadFourthUnseenSet(),
      ...loadDevSet(),
      ...loadFreshSet(),
      ...loadFreshSet2(),
      ...loadFreshSet3(),
      ...loadFreshSet4(),
      ...loadFreshSet5(),
    ];
    expect(pagesAlreadyUsed(pages, earlier)).toEqual([]);
  });

  it('places every label after an opening quotation mark, in page order, each ending before the next begins', () => {
    expect(misplacedLabels(pages)).toEqual([]);
  });

  it('names a person the corpus knows by the corpus’s own spelling, never by one of their aliases', () => {
    const aliased = pages.flatMap((page) => page.quotes.flatMap((q) => (q.speaker !== null && personNames.has(q.speaker) && personNames.get(q.speaker) !== q.speaker ? [`${page.id}: ${q.speaker}`] : [])));
    expect(aliased).toEqual([]);
  });

  it('names no verdict: none of its pages was found to reuse corpus words (see its README)', () => {
    expect(pages.flatMap((p) => p.quotes.filter((q) => q.expect).map(() => p.id))).toEqual([]);
  });
});
