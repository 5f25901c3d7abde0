// Detection as the corpus grows, end to end in the real extension: two Chromiums
// with the built extension, one holding a 1k-statement corpus and one a large one
// (50k unless BENCH_GROWTH_LARGE says otherwise), both in the extension's own
// database with the index its own rebuild writes. The corpora are synthetic packs of
// real sentences recombined (the seed statements' and the capture development set's
// tuning half's, two words in five swapped; test-support/corpus/synthetic-pack.ts);
// the pages are the held-back half's sentences the corpora do not contain
// (test-support/bench/bench-pages.ts), so they share vocabulary and stock phrases
// with the corpus and match nothing, or quote two of its quotes. Each timing is one
// `detectPage` message sent from the content script's own isolated world (reached
// through the DevTools protocol) to the service worker and its answer: what the
// content script waits for, apart from reading the page. The two browsers are asked
// alternately, in one run, so background load falls on both alike.
//
// Then the large browser is closed and started again on its profile: a service
// worker's cold start, whose first answer must come from the stored index; and a full
// rebuild (the explicit repair) is started while pages keep asking, which must keep
// answering from the old index.
import { rm } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import type { CorpusPack } from '../../lib/corpus/pack-format';
import { articleParagraphs } from '../../test-support/bench/bench-pages';
import { type BenchSentences, benchSentences } from '../../test-support/bench/bench-sentences';
import { syntheticPack } from '../../test-support/corpus/synthetic-pack';
import { loadCorpusFromDisk } from '../support/corpus-on-disk.js';
import { waitFor } from '../support/session.js';
import { startServer } from '../support/server.js';
import { type BenchBrowser, launchBenchBrowser, pageBundle } from './bench-browser.js';
import { ms, progress, table } from './print.js';
import { type Timing, summarise } from './timing.js';

const SMALL = 1_000;
/** The large corpus; override with BENCH_GROWTH_LARGE=10000 where 50k does not fit. */
const LARGE = Number(process.env.BENCH_GROWTH_LARGE ?? 50_000);
/** Messages per page kind and corpus. */
const RUNS = Number(process.env.BENCH_GROWTH_RUNS ?? 40);
/**
 * Messages per corpus for the 100k-word page: as many as for the others unless
 * BENCH_GROWTH_LONG_RUNS says otherwise. At a quarter of them (5 of 20) its p95 was its
 * slowest answer, so one outlier decided the growth figure.
 */
const LONG_RUNS = Number(process.env.BENCH_GROWTH_LONG_RUNS ?? RUNS);
const SEED = 2026;
/** BENCH_GROWTH_PROFILE=1: print where the quoting pages' answers go at both sizes (twice each: first and second page), then stop. */
const PROFILE = process.env.BENCH_GROWTH_PROFILE === '1';
/** Detections timed while a full rebuild runs beside the index in use. */
const RUNS_DURING_REBUILD = 10;

interface Answer {
  ms: number;
  found: number;
  error?: string;
}

/** A tab on `url` whose content script's isolated world can send `detectPage` with any of `texts`. */
interface ContentWorld {
  page: Page;
  detect(text: number): Promise<Answer>;
}

async function contentWorld(context: BrowserContext, url: string, texts: readonly string[]): Promise<ContentWorld> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => worlds.push(created));
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  const world = await waitFor('the content script’s isolated world', async () =>
    worlds.findLast((w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://')),
  );
  const evaluate = async <T>(expression: string): Promise<T> => {
    const result = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value as T;
  };
  // The same message the content script sends (@webext-core/messaging's envelope), timed where it is sent.
  await evaluate(`globalThis.__benchTexts = ${JSON.stringify(texts)};
    globalThis.__benchDetect = (i) => new Promise((resolve) => {
      const started = performance.now();
      chrome.runtime.sendMessage({ id: i, type: 'detectPage', data: { urls: [location.href], text: globalThis.__benchTexts[i] }, timestamp: Date.now() }, (answer) => {
        const error = chrome.runtime.lastError?.message ?? answer?.err?.message;
        resolve({ ms: performance.now() - started, found: answer?.res?.found?.length ?? 0, error });
      });
    }); true`);
  return { page, detect: (i) => evaluate<Answer>(`globalThis.__benchDetect(${i})`) };
}

/** One of the extension's own pages, with the corpus loader evaluated in it. */
async function extensionPage(browser: BenchBrowser, script: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(new URL('/welcome.html', browser.worker?.url()).href);
  await page.evaluate(script);
  return page;
}

async function install(browser: BenchBrowser, script: string, base: CorpusPack, count: number, moreTexts: string[]) {
  progress(`detection growth: installing ${count} statements in the extension's database and building its index`);
  const page = await extensionPage(browser, script);
  const installed = await page.evaluate(([b, n, seed, texts]) => window.growthCorpus.install(b, n, seed, texts), [base, count, SEED, moreTexts] as const);
  await page.close();
  progress(`  ${count}: generated in ${ms(installed.generateMs)} ms, written in ${ms(installed.writeMs)} ms, indexed in ${ms(installed.indexMs)} ms`);
  return installed;
}

/** Prints, for each of `texts` asked twice, the report's steps and its database requests by table, operation and index. */
async function profile(browser: BenchBrowser, script: string, size: number, texts: string[], url: string): Promise<void> {
  const page = await extensionPage(browser, script);
  for (const [i, text] of texts.entries()) {
    for (const round of ['first', 'second']) {
      const result = await page.evaluate(([t, u]) => window.growthCorpus.profile(t, [u]), [text, url] as const);
      table(
        `Profile at ${size} statements, quoting page ${i + 1}, ${round} time (${result.found} quotes found): ${Object.entries(result.steps).map(([k, v]) => `${k} ${ms(v)} ms`).join(', ')}`,
        ['request', 'count', 'rows or keys', 'time (summed; requests overlap)'],
        result.requests.slice(0, 14).map((r) => [r.key, r.n, r.rows, `${ms(r.ms)} ms`]),
      );
    }
  }
  await page.close();
}

const checked = (answer: Answer) => {
  if (answer.error) throw new Error(`detectPage failed: ${answer.error}`);
  return answer;
};

export async function detectionGrowthBench(bundled: CorpusPack, sentences: BenchSentences): Promise<void> {
  // The first statements of a pack are the same at every size: these two quotes are in both corpora.
  const quoted = syntheticPack(bundled, 2, SEED, sentences.corpusTexts).quotes.filter((q) => q.id.endsWith('-1')).map((q) => `“${q.text}”`);
  const page = (words: number, seed: number) => articleParagraphs(sentences.growth, words, seed);
  const withQuotes = (paragraphs: string[]) => {
    paragraphs.splice(paragraphs.length / 2, 0, ...quoted);
    return paragraphs.join('\n\n');
  };
  const quoting = withQuotes(page(5_000, 9));
  // The same, of sentences that name no known person or organisation: verification then reads no voice's statements
  // (lib/verify reads every statement of each voice a page names), which isolates the report's own reads.
  const names = [...bundled.people, ...bundled.organisations].flatMap((r) => [r.name, ...r.aliases]).map((n) => n.toLowerCase());
  const nameless = sentences.growth.filter((s) => !names.some((n) => s.toLowerCase().includes(n)));
  const quotingNameless = withQuotes(articleParagraphs(nameless, 5_000, 9));
  const kinds = [
    { label: '5k words, matches nothing', texts: [1, 2, 3, 4].map((s) => page(5_000, s).join('\n\n')), runs: RUNS },
    { label: '5k words quoting 2 corpus quotes', texts: [quoting], runs: RUNS },
    { label: '  the same, naming no known voice (diagnostic)', texts: [quotingNameless], runs: RUNS },
    { label: '100k words, matches nothing', texts: [5, 6].map((s) => page(100_000, s).join('\n\n')), runs: LONG_RUNS },
  ];
  const texts = kinds.flatMap((k) => k.texts);
  const quotingIndex = texts.indexOf(quoting);
  const server = await startServer({ '/host': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body><p>Benchmark host page.</p></body></html>' });
  const script = await pageBundle(new URL('./growth-corpus.ts', import.meta.url));
  const small = await launchBenchBrowser(true);
  let large = await launchBenchBrowser(true);
  try {
    const installs = [await install(small, script, bundled, SMALL, sentences.corpusTexts), await install(large, script, bundled, LARGE, sentences.corpusTexts)];
    table(
      'Detection growth: the corpora, in the extension’s own database (full rebuild of the index in an extension page)',
      ['statements', 'generate', 'write records', 'build + write index', 'documents', 'distinct hashes', 'JS heap after (extension page)'],
      installs.map((r, i) => [i === 0 ? SMALL : LARGE, `${ms(r.generateMs)} ms`, `${ms(r.writeMs)} ms`, `${ms(r.indexMs)} ms`, r.docs, r.fingerprints, `${(r.heapBytes / 2 ** 20).toFixed(0)} MB`]),
    );

    if (PROFILE) {
      for (const [browser, size] of [[small, SMALL], [large, LARGE]] as const) await profile(browser, script, size, [quoting, quotingNameless], server.url('/host'));
      return;
    }
    const worlds = { small: await contentWorld(small.context, server.url('/host'), texts), large: await contentWorld(large.context, server.url('/host'), texts) };
    await worlds.small.detect(0); // the first message opens the service worker's database connection
    await worlds.large.detect(0);
    const rows: (string | number)[][] = [];
    let offset = 0;
    for (const kind of kinds) {
      progress(`detection growth: ${kind.label}, ${kind.runs} messages to each corpus, interleaved`);
      const samples = { small: [] as number[], large: [] as number[] };
      const found = { small: 0, large: 0 };
      const failed = { small: new Set<string>(), large: new Set<string>() };
      for (let run = 0; run < kind.runs; run++) {
        const text = offset + (run % kind.texts.length);
        for (const which of run % 2 === 0 ? (['small', 'large'] as const) : (['large', 'small'] as const)) {
          const answer = await worlds[which].detect(text);
          // A failed answer is a finding, not a timing: it is counted and named.
          if (answer.error) failed[which].add(answer.error);
          else samples[which].push(answer.ms);
          found[which] = answer.found;
        }
      }
      for (const which of ['small', 'large'] as const) {
        for (const error of failed[which]) console.log(`  ${kind.label} at ${which === 'small' ? SMALL : LARGE} statements: detectPage failed: ${error}`);
      }
      offset += kind.texts.length;
      const t = { small: summarise(samples.small), large: summarise(samples.large) };
      const ratio = (pick: (x: Timing) => number) => `${(pick(t.large) / pick(t.small)).toFixed(2)}x`;
      const answered = `${samples.small.length} / ${samples.large.length}`;
      rows.push([
        kind.label,
        kind.runs,
        answered,
        `${ms(t.small.p50)} / ${ms(t.small.p95)} / ${ms(t.small.max)} ms`,
        `${ms(t.large.p50)} / ${ms(t.large.p95)} / ${ms(t.large.max)} ms`,
        ratio((x) => x.p50),
        ratio((x) => x.p95),
        `${found.small} / ${found.large}`,
      ]);
    }
    table(
      `Detection growth, end to end (content script message → answer), ${SMALL} vs ${LARGE} statements, interleaved in one run`,
      ['page', 'runs each', 'answered', `${SMALL}: p50 / p95 / max`, `${LARGE}: p50 / p95 / max`, 'growth p50', 'growth p95 (target < 2x)', 'quotes found'],
      rows,
    );
    await worlds.large.page.close();
    await worlds.small.page.close();

    progress('cold start of the large corpus’s service worker');
    await large.context.close();
    const launched = performance.now();
    large = await launchBenchBrowser(true, large.profile);
    const workerMs = performance.now() - launched;
    const cold = await contentWorld(large.context, server.url('/host'), texts);
    const first = checked(await cold.detect(quotingIndex));
    const sinceLaunch = performance.now() - launched;
    const warm = summarise(await Array.from({ length: 5 }).reduce<Promise<number[]>>(async (all) => [...(await all), checked(await cold.detect(quotingIndex)).ms], Promise.resolve([])));

    progress('detection while a full rebuild runs beside the index in use');
    const repair = await extensionPage(large, script);
    await repair.evaluate(() => window.growthCorpus.startRebuild());
    const during: Answer[] = [];
    for (let i = 0; i < RUNS_DURING_REBUILD; i++) during.push(checked(await cold.detect(quotingIndex)));
    const stillRebuilding = await repair.evaluate(() => window.growthCorpus.rebuilding);
    const duringTiming = summarise(during.map((a) => a.ms));

    // An update of the extension that changes the index's format: the next start rebuilds the index in the service worker
    // itself (ensureTextIndex), while pages ask it, and the old index answers meanwhile.
    progress('cold start after a format change: the service worker rebuilds the index while pages ask');
    await waitFor('the repair to finish', async () => ((await repair.evaluate(() => window.growthCorpus.rebuilding)) ? null : true), { timeout: 600_000, interval: 1_000 });
    await repair.evaluate(() => window.growthCorpus.markIndexStale());
    await cold.page.close();
    await large.context.close();
    const relaunched = performance.now();
    large = await launchBenchBrowser(true, large.profile);
    const updated = await contentWorld(large.context, server.url('/host'), texts);
    const afterUpdate: Answer[] = [];
    for (let i = 0; i < RUNS_DURING_REBUILD; i++) afterUpdate.push(checked(await updated.detect(quotingIndex)));
    const sinceRelaunch = performance.now() - relaunched;
    const checker = await extensionPage(large, script);
    const rebuiltInWorker = await checker.evaluate(() => window.growthCorpus.indexCurrent());
    const [firstAfterUpdate, ...restAfterUpdate] = afterUpdate;
    const restTiming = summarise(restAfterUpdate.map((a) => a.ms));

    table(`Service worker: cold start and rebuild, ${LARGE} statements (page quoting 2 corpus quotes)`, ['measure', 'value', 'target'], [
      ['browser start until the service worker runs', `${ms(workerMs)} ms`, ''],
      ['first answer after the cold start (message → answer)', `${ms(first.ms)} ms, ${first.found} quotes found`, 'from the stored index'],
      ['browser start until that first answer', `${ms(sinceLaunch)} ms`, ''],
      ['next 5 answers, p50 / max', `${ms(warm.p50)} / ${ms(warm.max)} ms`, ''],
      [`answers during a full rebuild (${RUNS_DURING_REBUILD}), p50 / max`, `${ms(duringTiming.p50)} / ${ms(duringTiming.max)} ms, ${during.filter((a) => a.found === first.found).length} of ${during.length} found the same quotes`, 'never blocked'],
      ['the rebuild was still running after those answers', stillRebuilding ? 'yes' : 'no (the answers may have come after it)', 'yes'],
      [
        'after a format change, the rebuild in the service worker: first answer; next answers p50 / max',
        `${ms(firstAfterUpdate?.ms ?? NaN)} ms; ${ms(restTiming.p50)} / ${ms(restTiming.max)} ms, ${afterUpdate.filter((a) => a.found === first.found).length} of ${afterUpdate.length} found the same quotes`,
        'never blocked',
      ],
      [
        `  the worker's rebuild was still running after those ${afterUpdate.length} answers (${ms(sinceRelaunch)} ms from the start)`,
        rebuiltInWorker ? 'no (the answers may have come after it)' : 'yes',
        'yes',
      ],
    ]);
  } finally {
    for (const b of [small, large]) {
      await b.context.close().catch(() => undefined);
      await rm(b.profile, { recursive: true, force: true });
    }
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bundled = loadCorpusFromDisk();
  await detectionGrowthBench(bundled, benchSentences(bundled));
}
