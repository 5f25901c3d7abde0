// The data checks an unseen verification set of voices (unseen-4/ to unseen-8/) makes of its
// labels, so each set's test names only what differs: its pages, its README's counts and the
// sets before it. The data must be what its README says before any figure printed from it
// means anything. Nothing here runs the verifier or anything of lib/verify or lib/capture.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../lib/corpus/bundled-corpus';
import { tokenize } from '../../lib/matching/tokens';
import { loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3, loadFreshSet4, loadFreshSet5, loadFreshSet6, loadFreshSet7 } from '../capture/dev-set';
import { type UnseenPage, type UnseenQuote, type UnseenSetName, unseenSetsBefore } from './unseen-pages';
import { misplacedLabels, pagesAlreadyUsed } from './unseen-set-checks';

/** Words a quotation needs to be scored (labelled-set.ts: verification does not call a shorter phrase unsourced). */
const MIN_SCORED_WORDS = 5;
/** The label of a quotation whose speaker the page leaves unclear: not scored. */
const UNCLEAR = '?';

export interface VoiceSetSpec {
  title: string;
  pages: readonly UnseenPage[];
  /** The set's pages/ folder: every file in it must be labelled. */
  pagesDir: URL;
  /** Every page of the sets before it (verification's and capture's): none may come again. */
  earlier: readonly { id: string; url: string; text: string }[];
  /** What its README promises: pages, publishers, scored quotations, of voices the corpus knows and of others. */
  atLeast: { pages: number; publishers: number; scored: number; known: number; unknown: number };
}

/**
 * Every page a voice set may not repeat: the unseen sets built before it and all of capture's sets.
 * unseen-4 keeps its own list: capture's fresh-set-5, built after it, repeats two of its pages.
 */
export function pagesBefore(dirName: UnseenSetName): { id: string; url: string; text: string }[] {
  return [...unseenSetsBefore(dirName), ...loadDevSet(), ...loadFreshSet(), ...loadFreshSet2(), ...loadFreshSet3(), ...loadFreshSet4(), ...loadFreshSet5(), ...loadFreshSet6(), ...loadFreshSet7()];
}

export function describeVoiceSet({ title, pages, pagesDir, earlier, atLeast }: VoiceSetSpec): void {
  const corpus = loadBundledCorpus();
  const personNames = new Map(corpus.people.flatMap((p) => [p.name, ...p.aliases].map((name) => [name, p.name] as const)));
  const organisationNames = new Set(corpus.organisations.flatMap((o) => [o.name, ...o.aliases]));
  /** A person the corpus knows, or an organisation it knows speaking without a named person. */
  const knownVoice = (q: UnseenQuote) => (q.speaker === null ? q.organisation !== null && organisationNames.has(q.organisation) : personNames.has(q.speaker));
  const scored = pages.flatMap((page) => page.quotes.filter((q) => q.speaker !== UNCLEAR && tokenize(page.text.slice(q.start, q.end)).length >= MIN_SCORED_WORDS));

  describe(title, () => {
    it(`holds at least ${atLeast.pages} real pages from at least ${atLeast.publishers} publishers, with at least ${atLeast.scored} scored quotations, ${atLeast.known} of them by voices the corpus knows and ${atLeast.unknown} by voices it does not`, () => {
      expect(pages.length).toBeGreaterThanOrEqual(atLeast.pages);
      expect(new Set(pages.map((p) => p.publisher)).size).toBeGreaterThanOrEqual(atLeast.publishers);
      expect(scored.length).toBeGreaterThanOrEqual(atLeast.scored);
      expect(scored.filter(knownVoice).length).toBeGreaterThanOrEqual(atLeast.known);
      // Quotations by people the corpus does not know, so that "not flagged" is tested as well.
      expect(scored.filter((q) => !knownVoice(q)).length).toBeGreaterThanOrEqual(atLeast.unknown);
    });

    it('labels every page stored in its folder, each page once', () => {
      const stored = readdirSync(pagesDir).map((file) => file.replace(/\.txt$/, ''));
      expect(pages.map((p) => p.id).sort()).toEqual(stored.sort());
      expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
      expect(pages.filter((p) => p.quotes.length === 0).map((p) => p.id)).toEqual([]);
    });

    it('shares no page, address or opening with the earlier unseen sets or the capture sets', () => {
      expect(earlier.length).toBeGreaterThan(0);
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
}
