import { loadCorpusFromDisk } from './browser-tests/support/corpus-on-disk';
import { benchSentences } from './test-support/bench/bench-sentences';
import { syntheticPack } from './test-support/corpus/synthetic-pack';
import { articleParagraphs } from './test-support/bench/bench-pages';
import { openTestDatabase } from './lib/storage/test-db';
import { installCorpus } from './lib/storage/corpus-install';
import { rebuildTextIndex, textIndexStore } from './lib/storage/text-index';
import { buildPageReport } from './lib/storage/page-report';
import { detect } from './lib/matching/detect';
import { verifyPage } from './lib/verify/page-verification';
const bundled = loadCorpusFromDisk();
const sentences = benchSentences(bundled);
const quoted = syntheticPack(bundled, 2, 2026, sentences.corpusTexts).quotes.filter((q) => q.id.endsWith('-1')).map((q) => `“${q.text}”`);
const paragraphs = articleParagraphs(sentences.growth, 5000, 9); paragraphs.splice(paragraphs.length / 2, 0, ...quoted);
const text = paragraphs.join('\n\n');
const db = openTestDatabase();
const pack = syntheticPack(bundled, 1000, 2026, sentences.corpusTexts);
await installCorpus(db, pack, { kind: 'bundled' } as any);
await rebuildTextIndex(db);
const store = textIndexStore(db);
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const d = await detect(text, store);
  const td = performance.now() - t; t = performance.now();
  const r = await buildPageReport(db, store, { urls: ['https://example.org/x'], text }, d);
  const tr = performance.now() - t; t = performance.now();
  await verifyPage(db, text, r!.found, undefined);
  console.log(`detect ${td.toFixed(0)} report ${tr.toFixed(0)} verify ${(performance.now()-t).toFixed(0)} found ${r?.found.length} verifications ${r?.verification?.length}`);
}
