// Loads the bundled corpus in plain Node (the demo and test tooling), where the
// extension's build-time imports are not available.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Corpus, buildCorpus } from '../../lib/corpus/build-corpus';
import { CorpusFile } from '../../lib/corpus/corpus-file';

const corpusDir = fileURLToPath(new URL('../../lib/corpus/', import.meta.url));

export function loadCorpusFromDisk(): Corpus {
  const file = CorpusFile.parse(JSON.parse(readFileSync(`${corpusDir}corpus.json`, 'utf8')));
  return buildCorpus(file, (seedFile) => readFileSync(`${corpusDir}seeds/${seedFile}`, 'utf8'));
}
