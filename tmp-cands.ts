import { loadCorpusFromDisk } from './browser-tests/support/corpus-on-disk';
import { benchSentences } from './test-support/bench/bench-sentences';
import { articleParagraphs } from './test-support/bench/bench-pages';
import { syntheticPack } from './test-support/corpus/synthetic-pack';
import { corpusDocSources } from './test-support/matching/evaluation';
import { buildIndexEntries } from './lib/matching/build-index';
import { MemoryFingerprintStore } from './lib/matching/memory-store';
import { detectSync } from './lib/matching/detect';
const bundled = loadCorpusFromDisk();
const sentences = benchSentences(bundled);
const pages = [1, 2, 3, 4].map((s) => articleParagraphs(sentences.growth, 5000, s).join('\n\n'));
const big = [5, 6].map((s) => articleParagraphs(sentences.growth, 100000, s).join('\n\n'));
for (const n of (process.env.SIZES ?? '1000,10000').split(',').map(Number)) {
  const pack = syntheticPack(bundled, n, 2026, sentences.corpusTexts);
  const store = new MemoryFingerprintStore(buildIndexEntries(corpusDocSources(pack as never)));
  const docs = store.docsSync.bind(store);
  let read = 0;
  store.docsSync = (idxs) => { read += idxs.length; return docs(idxs); };
  for (const [label, list] of [['5k', pages], ['100k', big]] as const) {
    const counts: number[] = []; const times: number[] = [];
    for (const p of list) { read = 0; const t = performance.now(); const d = detectSync(p, store); times.push(performance.now() - t); counts.push(read); if (d.quotes.length) console.log('found', d.quotes.length); }
    console.log(n, label, 'docs read', counts.join(','), 'ms', times.map((t) => t.toFixed(0)).join(','));
  }
}
