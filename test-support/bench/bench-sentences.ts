// The real sentences the benchmark's pages are made of (see bench-pages.ts), read
// from the capture development set and the bundled corpus in Node. A page that
// "matches nothing" must also name no person the corpus knows: such a page has its
// quotations checked (lib/verify) and gets a sidebar, which is not what it measures.
import type { CorpusPack } from '../../lib/corpus/pack-format';
import { namePattern, namesAnyone } from '../../lib/verify/known-names';
import { withNameForms } from '../../lib/verify/name-forms';
import { loadDevSet } from '../capture/dev-set';
import { sentencesOf, sentencesUnknownTo } from './bench-pages';

export interface BenchSentences {
  /** Development-set sentences that share no ten-word run with the bundled corpus and name no known person: what-every-page-pays articles. */
  article: string[];
  /** The tuning half's texts: with the seeds, the language of the detection-growth corpora. */
  corpusTexts: string[];
  /** Held-back sentences sharing no ten-word run with the bundled corpus or the tuning half, naming no known person: detection-growth pages. */
  growth: string[];
}

export function benchSentences(bundled: CorpusPack): BenchSentences {
  const dev = loadDevSet();
  const seeds = bundled.statements.map((s) => s.text);
  const corpusTexts = dev.filter((page) => page.half === 'tuning').map((page) => page.text);
  const heldBack = sentencesOf(dev.filter((page) => page.half === 'held-back').map((page) => page.text));
  // The same name forms the background scans for ("Dr Stokes-Lampard", "Matt Taylor"), so a page counted as naming nobody is one the product treats so.
  const names = namePattern(withNameForms(bundled.people));
  const nameless = (sentences: string[]) => (names ? sentences.filter((s) => !namesAnyone(names, s)) : sentences);
  return {
    article: nameless(sentencesUnknownTo(sentencesOf(dev.map((page) => page.text)), seeds)),
    corpusTexts,
    growth: nameless(sentencesUnknownTo(heldBack, [...seeds, ...corpusTexts])),
  };
}
