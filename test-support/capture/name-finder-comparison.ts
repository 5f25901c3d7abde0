// Compares two ways of finding people's names on a page, on the capture development
// set: the hand-written finder the extractor uses (lib/capture/person-names.ts),
// the compromise library's `people()` (its lexicon and tagger), and wink-nlp with its
// English lite web model, per half. wink's named entities are dates, numbers, money and
// the like, never people, so its candidate names are its part-of-speech tagger's runs of
// proper nouns ("Health Secretary Matt Hancock" is one run). Reported per finder:
//   - speaker recall: the page's labelled speakers (distinct per page) the finder names;
//   - other names per page: names it finds that are no labelled speaker. A proxy for
//     noise only: pages also name people who do not speak (ministers, authors).
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { canonicalName, findNameCandidates } from '../../lib/capture/person-names';
import type { DevPage, Half } from './dev-set';
import { normaliseName } from './dev-set-score';

export interface NameFinderScore {
  half: Half;
  finder: 'hand-written' | 'compromise' | 'wink-nlp';
  speakers: number;
  found: number;
  otherNamesPerPage: number;
}

type Finder = (text: string) => string[];

const wink = winkNLP(winkModel);

/** Runs of consecutive proper nouns, as wink-nlp's tagger marks them. */
function properNounRuns(text: string): string[] {
  const tokens = wink.readDoc(text).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(wink.its.pos) as string[];
  const runs: string[] = [];
  let run: string[] = [];
  words.forEach((word, i) => {
    if (tags[i] === 'PROPN') {
      run.push(word);
      return;
    }
    if (run.length > 0) runs.push(run.join(' '));
    run = [];
  });
  if (run.length > 0) runs.push(run.join(' '));
  return runs;
}

const finders: Record<NameFinderScore['finder'], Finder> = {
  'hand-written': (text) => findNameCandidates(text, 0, text.length).map((c) => canonicalName(c.name)),
  compromise: (text) => (nlp(text).people().out('array') as string[]).map((name) => name.replace(/[^\p{L}'’ -]+$/u, '')),
  'wink-nlp': properNounRuns,
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
