// Compares two ways of finding people's names on a page, on the capture development
// set: the hand-written finder the extractor uses (lib/capture/person-names.ts) and
// the compromise library's `people()` (its lexicon and tagger), per half. Reported per
// finder:
//   - speaker recall: the page's labelled speakers (distinct per page) the finder names;
//   - other names per page: names it finds that are no labelled speaker. A proxy for
//     noise only: pages also name people who do not speak (ministers, authors).
import nlp from 'compromise';
import { canonicalName, findNameCandidates } from '../../lib/capture/person-names';
import type { DevPage, Half } from './dev-set';
import { normaliseName } from './dev-set-score';

export interface NameFinderScore {
  half: Half;
  finder: 'hand-written' | 'compromise';
  speakers: number;
  found: number;
  otherNamesPerPage: number;
}

type Finder = (text: string) => string[];

const finders: Record<NameFinderScore['finder'], Finder> = {
  'hand-written': (text) => findNameCandidates(text, 0, text.length).map((c) => canonicalName(c.name)),
  compromise: (text) => (nlp(text).people().out('array') as string[]).map((name) => name.replace(/[^\p{L}'’ -]+$/u, '')),
};

export function compareNameFinders(pages: readonly DevPage[]): NameFinderScore[] {
  const scores: NameFinderScore[] = [];
  for (const half of ['tuning', 'held-back'] as const) {
    const inHalf = pages.filter((p) => p.half === half);
    for (const [finder, find] of Object.entries(finders) as [NameFinderScore['finder'], Finder][]) {
      let speakers = 0;
      let found = 0;
      let others = 0;
      for (const page of inHalf) {
        const labelled = new Set(page.quotes.flatMap((q) => (q.speaker ? [normaliseName(q.speaker)] : [])));
        const names = new Set(find(page.text).map(normaliseName));
        speakers += labelled.size;
        found += [...labelled].filter((name) => names.has(name)).length;
        others += [...names].filter((name) => !labelled.has(name)).length;
      }
      scores.push({ half, finder, speakers, found, otherNamesPerPage: inHalf.length === 0 ? 0 : others / inHalf.length });
    }
  }
  return scores;
}
