// The curated corpus shipped inside the extension: corpus.json plus the seed
// texts, bundled at build time.
import { type Corpus, buildCorpus } from './build-corpus';
import { CorpusFile } from './corpus-file';
import corpusJson from './corpus.json';

export type { Corpus } from './build-corpus';

const seedTexts = import.meta.glob<string>('./seeds/*.txt', { query: '?raw', import: 'default', eager: true });

export function readSeed(seedFile: string): string {
  const text = seedTexts[`./seeds/${seedFile}`];
  if (text === undefined) throw new Error(`Corpus names seed file "${seedFile}", which is not bundled`);
  return text;
}

export function loadBundledCorpus(): Corpus {
  return buildCorpus(CorpusFile.parse(corpusJson), readSeed);
}
