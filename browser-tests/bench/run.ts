// `npm run bench`: prints the numbers the issues set targets for. Matching quality
// runs in Node; everything that touches IndexedDB or the DOM runs in Debian's
// Chromium on a page served on 127.0.0.1, with the extension's own modules.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { loadDevSet, loadFreshSet12, loadFreshSet13 } from '../../test-support/capture/dev-set';
import { scoreDevSet } from '../../test-support/capture/dev-set-score';
import { extractQuotes } from '../../lib/capture/attribution';
import { compareMainTextReaders } from '../../test-support/capture/main-text-comparison';
import { evaluateExtractor } from '../../test-support/capture/seed-evaluation';
import { evaluate } from '../../test-support/matching/evaluation';
import { PARTIAL_MIN_WORDS, shownQuotes } from '../../lib/matching/shown-quotes';
import { loadCorpusFromDisk } from '../support/corpus-on-disk.js';
import { CHROMIUM_FLAGS } from '../support/chromium.js';
import { EXTENSION_BUILDS } from '../support/extension-builds.js';
import { startServer } from '../support/server.js';
import type { Timing } from './timing.js';
import { ms, progress, table } from './print.js';
import { packsBench } from './packs-bench.js';
import { pdfBench } from './pdf-bench.js';
import { benchSentences } from '../../test-support/bench/bench-sentences';
import { pageCostBench } from './page-cost.js';
import { pageBundle } from './bench-browser.js';
import { detectionGrowthBench } from './detect-growth.js';
import { verifyBench } from './verify-bench.js';

/** Override with BENCH_SIZES=10,1000 for a quick run. */
const CORPUS_SIZES = (process.env.BENCH_SIZES ?? '10,1000,10000,50000').split(',').map(Number);
const DETECT_RUNS = 40;
/** Highlights in the sync memory benchmark's files: about 74 MB and 200 MB. */
const SYNC_MEMORY_SIZES = [100_000, 280_000];

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function matchingQuality(): void {
  const rows = evaluate(loadCorpusFromDisk());
  table(
    'Recognition quality on the labelled evaluation set (test-support/matching/evaluation.ts)',
    ['case', 'TP', 'FP', 'FN', 'precision', 'recall'],
    rows.map((r) => [r.case, r.truePositives, r.falsePositives, r.falseNegatives, r.precision.toFixed(3), r.recall.toFixed(3)]),
  );
}

/** Word floors compared with the chosen PARTIAL_MIN_WORDS for partial matches. */
const PARTIAL_FLOORS_COMPARED = [10, 14, 20];

/** Case 3 as detected, and as the sidebar shows it (no overlapping quotes, partial matches above a floor). */
function shownQuality(): void {
  const corpus = loadCorpusFromDisk();
  const case3 = (rule: string, rows: ReturnType<typeof evaluate>) => {
    const r = rows.find((x) => x.case.startsWith('case 3:'));
    if (!r) throw new Error('the evaluation has no case 3 row');
    return [rule, r.truePositives, r.falsePositives, r.falseNegatives, r.precision.toFixed(3), r.recall.toFixed(3), r.note ?? ''];
  };
  const floors = [PARTIAL_MIN_WORDS, ...PARTIAL_FLOORS_COMPARED].sort((a, b) => a - b);
  table(
    'Quotes shown on other pages: all detected vs shown by the sidebar (lib/matching/shown-quotes.ts)',
    ['rule', 'TP', 'FP', 'FN', 'precision', 'recall', 'note'],
    [
      case3('all detected (before)', evaluate(corpus)),
      ...floors.map((floor) =>
        case3(
          `no overlaps, partial ≥ ${floor} words${floor === PARTIAL_MIN_WORDS ? ' (chosen)' : ''}`,
          evaluate(corpus, undefined, undefined, (quotes) => shownQuotes(quotes, floor)),
        ),
      ),
    ],
  );
}

function extractorQuality(): void {
  const corpus = loadCorpusFromDisk();
  const rows = evaluateExtractor(corpus);
  table(
    'Capture: the attribution extractor against the curated seeds (regression set; its first cues were written reading them)',
    ['statement', 'curated quotes', 'proposed', 'speaker accuracy', 'boundary precision', 'boundary recall', 'stance agreement'],
    rows.map((r) => [r.statementId, r.curatedQuotes, r.proposedQuotes, pct(r.speakerAccuracy), pct(r.charPrecision), pct(r.charRecall), pct(r.stanceAgreement)]),
  );
  // The development set (test-support/capture/dev-set): real pages, split by a hash of their address before tuning;
  // fresh-set-12 and fresh-set-13: pages labelled and committed before the extractor ran on them. fresh-set-12 was
  // measured blind four times at stop 26 (85.2/63.7/73.9) and is in the tuning pool since stop 27; fresh-set-13
  // (stop 27) is never read for tuning.
  const [tuning, heldBack] = scoreDevSet(loadDevSet(), corpus);
  const [fresh12] = scoreDevSet(loadFreshSet12(), corpus, ['fresh-12']);
  const [fresh13] = scoreDevSet(loadFreshSet13(), corpus, ['fresh-13']);
  const seeds = rows.at(-1);
  if (!tuning || !heldBack || !fresh12 || !fresh13 || !seeds) return;
  const of = (n: number, d: number) => `${pct(d === 0 ? 0 : n / d)} (${n}/${d})`;
  const halves = [tuning, heldBack, fresh12, fresh13];
  table(
    'Capture on real pages: tuning half, held-back half (blind, never read for tuning), fresh-12 (in-sample: blind four times at stop 26, 85.2/63.7/73.9, then tuned on), fresh-13 (blind, never read for tuning) and the seeds',
    ['measure', 'tuning half', 'held-back half', 'fresh-12 (in-sample)', 'fresh-13 (blind)', 'seeds', 'target (held-back)'],
    [
      ['pages / labelled quotations', ...halves.map((h) => `${h.pages} / ${h.quotes}`), `5 / ${seeds.curatedQuotes}`, ''],
      ['speaker accuracy', ...halves.map((h) => of(h.speakerRight, h.quotes)), pct(seeds.speakerAccuracy), '≥ 90%'],
      ['organisation, where the page names one', ...halves.map((h) => of(h.organisationRight, h.organisationNamed)), 'n/a', '≥ 85%'],
      ['role, where the page gives one', ...halves.map((h) => of(h.roleRight, h.roleGiven)), 'n/a', '≥ 85%'],
      ['quotation recall (double and single marks)', ...halves.map((h) => of(h.recalled, h.quotes)), `${pct(seeds.charRecall)} (characters)`, '≥ 95%'],
      ['quotation precision', ...halves.map((h) => of(h.precise, h.proposals)), `${pct(seeds.charPrecision)} (characters)`, '≥ 95%'],
      [
        'proposed speakers not among the page’s labelled speakers (proxy for non-person)',
        ...halves.map((h) => String(h.unlabelledSpeakers.length)),
        '',
        '0 non-persons',
      ],
    ],
  );
  for (const s of heldBack.unlabelledSpeakers) console.log(`  held-back, proposed speaker not labelled: ${s}`);
  // Proxy for a long page: the LBC seed (16 quotations, nine speakers) repeated, in Node.
  const lbc = corpus.statements.find((st) => st.id.startsWith('lbc'));
  if (lbc) {
    extractQuotes(lbc.text, corpus); // warm-up (compromise's lexicon)
    table('Capture: extraction time on long pages (proxy: the LBC seed repeated, Node)', ['words', 'quotations proposed', 'time'], [1, 10, 100].map((n) => {
      const text = Array.from({ length: n }, () => lbc.text).join('\n\n');
      const started = performance.now();
      const found = extractQuotes(text, corpus).length;
      return [text.split(/\s+/).length, found, `${ms(performance.now() - started)} ms`];
    }));
  }
  table(
    'Capture: reading a page’s main text, hand-written reader vs Mozilla Readability (the seeds laid out as news pages)',
    ['layout', 'reader', 'seed words recovered', 'returned words that are furniture'],
    compareMainTextReaders(corpus).map((r) => [r.layout, r.reader, pct(r.recall), pct(r.leakage)]),
  );
}

function bundleSizes(): void {
  const gz = (file: string) => gzipSync(readFileSync(`${EXTENSION_BUILDS.chromium}/${file}`)).length;
  table('Bundles (Chrome build, gzipped)', ['bundle', 'size', 'target'], [
    ['content script (runs on every page)', kb(gz('content-scripts/content.js')), '< 30 KB'],
    ...readdirSync(`${EXTENSION_BUILDS.chromium}/chunks`)
      .filter((file) => /^(sidebar|save)-frame-.*\.js$/.test(file))
      .map((file) => [`${file.replace(/-[^-]*\.js$/, '')} (its own frame, loaded only when shown)`, kb(gz(`chunks/${file}`)), '']),
    ['background', kb(gz('background.js')), ''],
    ...readdirSync(`${EXTENSION_BUILDS.chromium}/chunks`)
      .filter((f) => f.startsWith('capture-'))
      .map((f) => ['capture page (extension page; compromise included)', kb(gz(`chunks/${f}`)), '']),
  ]);
}

async function inChromium(): Promise<void> {
  const script = await pageBundle(new URL('./in-page.ts', import.meta.url));
  const server = await startServer({
    '/': '<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><script src="/bench.js"></script></body></html>',
    '/bench.js': script,
  });
  // A persistent profile on disk: an incognito context keeps IndexedDB in memory, under a small quota.
  const profile = await mkdtemp(join(tmpdir(), 'policy-lens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Precise heap figures and an explicit garbage collection before each memory measurement.
    args: [...CHROMIUM_FLAGS, '--headless=new', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    headless: false,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`  [page error] ${error.message}`));
    await page.goto(server.url('/'));
    const version = context.browser()?.version() ?? 'unknown version';

    const builds = [];
    const detections: { size: number; label: string; timing: Timing & { matches: number } }[] = [];
    for (const size of CORPUS_SIZES) {
      progress(`building the index for ${size} statements`);
      const built = await page.evaluate((n) => window.bench.build(n), size);
      progress(`  built in ${ms(built.buildMs)} ms, ${mb(built.bytes)}`);
      builds.push(built);
      for (const [label, words, runs, quoting] of [
        ['5k words of English, matches nothing', 5_000, DETECT_RUNS, 'english'],
        ['5k words of corpus language, matches nothing', 5_000, DETECT_RUNS, 'synthetic'],
        ['5k words of corpus language, quotes 2 quotes', 5_000, DETECT_RUNS, 'quoting'],
        ['100k words of English, matches nothing', 100_000, 10, 'english'],
        ['100k words of corpus language, matches nothing', 100_000, 10, 'synthetic'],
      ] as const) {
        progress(`detecting on ${label} at ${size} statements`);
        const timing = await page.evaluate(([n, w, r, q]) => window.bench.detect(n, w, r, q), [size, words, runs, quoting] as const);
        detections.push({ size, label, timing });
      }
    }
    table(
      `Building the text index in IndexedDB (Chromium ${version})`,
      ['statements', 'generate', 'build + write', 'documents', 'distinct hashes', 'IndexedDB size'],
      builds.map((b) => [b.statements, `${ms(b.generateMs)} ms`, `${ms(b.buildMs)} ms`, b.docs, b.fingerprints, mb(b.bytes)]),
    );
    table(
      'Detection in the background code path (detect + IndexedDB lookups), per page (proxy: no messaging; the "English" pages are 28 paragraphs sharing no vocabulary with the synthetic corpus)',
      ['statements', 'page', 'runs', 'p50', 'p95', 'max', 'quotes found'],
      detections.map(({ size, label, timing: t }) => [size, label, t.runs, `${ms(t.p50)} ms`, `${ms(t.p95)} ms`, `${ms(t.max)} ms`, t.matches]),
    );
    const p95 = (size: number, label: string) => detections.find((d) => d.size === size && d.label === label)?.timing.p95 ?? NaN;
    for (const label of ['5k words of English, matches nothing', '5k words of corpus language, matches nothing']) {
      console.log(
        `\n${label}: p95 at 50k statements ${ms(p95(50_000, label))} ms (target < 50 ms); ` +
          `growth from 1k to 50k statements ${(p95(50_000, label) / p95(1_000, label)).toFixed(2)}x ` +
          '(proxy: p95s taken minutes apart; the interleaved end-to-end growth is the "Detection growth" table)',
      );
    }

    const reading = await page.evaluate(() => window.bench.readPage(5_000, 50));
    const bigReading = await page.evaluate(() => window.bench.readPage(100_000, 10));
    table('Proxy for the content script: its text pass and a copy of its message, timed warm in a page (what every page really pays is the table above)', ['page', 'runs', 'p50', 'p95', 'target'], [
      ['5k words', reading.runs, `${ms(reading.p50)} ms`, `${ms(reading.p95)} ms`, '< 5 ms'],
      ['100k words', bigReading.runs, `${ms(bigReading.p50)} ms`, `${ms(bigReading.p95)} ms`, ''],
    ]);
    progress('re-anchoring highlights');
    const anchoring = await page.evaluate(() => window.bench.anchoring());
    table(
      `Re-anchoring ${anchoring.highlights} highlights on a ${anchoring.pageWords / 1000}k-word page, half of them edited (same run, same page)`,
      ['method', 'total', 'correct', 'incorrect', 'orphans', 'target'],
      [
        ['ours (lib/anchoring)', `${ms(anchoring.ours.totalMs)} ms`, anchoring.ours.correct, anchoring.ours.incorrect, anchoring.ours.orphans, '< 200 ms, ≤ baseline'],
        ['approx-string-match per quote (Hypothesis)', `${ms(anchoring.hypothesis.totalMs)} ms`, anchoring.hypothesis.correct, anchoring.hypothesis.incorrect, anchoring.hypothesis.orphans, ''],
      ],
    );
    progress('painting highlights on a long page');
    const painting = await page.evaluate(() => window.bench.painting(100_000, 200));
    table(
      `Painting ${painting.ranges} highlights on a 100k-word page (script + forced style and layout, main thread)`,
      ['method', 'paint', 'remove', 'elements added to the page'],
      [
        ['CSS Custom Highlight API (lib/dom/painter.ts)', `${ms(painting.highlightPaint)} ms`, `${ms(painting.highlightRemove)} ms`, 0],
        ['wrapping elements (marks, as before)', `${ms(painting.markPaint)} ms`, `${ms(painting.markRemove)} ms`, painting.elementsAdded],
      ],
    );
    progress('importing and exporting a sync file of 10k statements and 100k highlights');
    const sync = await page.evaluate(() => window.bench.sync(10_000, 100_000));
    table('Sync: 10k statements and 100k highlights (file ' + mb(sync.fileBytes) + ')', ['step', 'time', 'target'], [
      ['bare Dexie bulkPut of the same records (statements and quotes as chunk rows)', `${ms(sync.bulkPutMs)} ms`, ''],
      ['import (parse, validate, merge, one transaction)', `${ms(sync.importMs)} ms`, '< 10 s'],
      ['import ÷ bulkPut', `${(sync.importMs / sync.bulkPutMs).toFixed(2)}x`, '< 2x'],
      ['export (read and serialise everything)', `${ms(sync.exportMs)} ms (${mb(sync.exportedBytes)})`, ''],
      ['peak JS heap during the run (sampled)', mb(sync.peakHeapBytes), ''],
    ]);
    // About 74 MB and 200 MB of sync file: the goal is named for 200 MB.
    for (const highlights of SYNC_MEMORY_SIZES) {
      progress(`peak memory of importing a sync file of ${highlights} highlights, beside bare bulkPut`);
      const memory = await page.evaluate((n) => window.bench.syncMemory(n), highlights);
      table(`Sync memory: ${highlights / 1000}k highlights (file ${mb(memory.fileBytes)}, read from a Blob as a chosen file is)`, ['step', 'time', 'peak JS heap above baseline', 'peak ÷ file', 'target'], [
        ['bare bulkPut (JSON.parse of the file)', `${ms(memory.bulkPut.ms)} ms`, mb(memory.bulkPut.peakBytes), `${(memory.bulkPut.peakBytes / memory.fileBytes).toFixed(2)}x`, ''],
        ['import (preview from the file, then read again, merge, write)', `${ms(memory.imported.ms)} ms`, mb(memory.imported.peakBytes), `${(memory.imported.peakBytes / memory.fileBytes).toFixed(2)}x`, '< 3x'],
      ]);
    }
    await page.evaluate(() => window.bench.clear());
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

console.log(`Policy Lens benchmark — ${new Date().toISOString()} — Node ${process.version}`);
matchingQuality();
shownQuality();
extractorQuality();
bundleSizes();
const bundled = loadCorpusFromDisk();
const sentences = benchSentences(bundled);
await pageCostBench(sentences.article);
await detectionGrowthBench(bundled, sentences);
await verifyBench();
await inChromium();
await packsBench();
await pdfBench();
