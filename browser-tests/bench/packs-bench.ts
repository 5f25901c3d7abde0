// The corpus-pack figures (issue 12), in Debian's Chromium: installing a pack of N
// statements from its file, capturing one statement (the index work that makes it
// recognisable), applying a version that changes 100 statements (from the full file, and
// the next such version through its delta, as a subscription's check), and detection on
// the resulting index. The pack is synthetic but realistic English: statements are
// runs of the seed statements' real sentences with two words in five swapped for
// other seed words (test-support/corpus/synthetic-pack.ts). The files are made here,
// in Node, and served from 127.0.0.1; the page reads them as a chosen file is read.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { deltaPath, makeDelta, serializeDelta } from '../../lib/corpus/pack-delta';
import { type CorpusPack, serializePack, toPackFile } from '../../lib/corpus/pack-format';
import { capturedStatement, changedPack, syntheticPack } from '../../test-support/corpus/synthetic-pack';
import { englishPage } from '../../test-support/matching/english-page';
import type { UpdateStep } from '../../lib/storage/text-index';
import { EXTENSION_BUILDS } from '../support/extension-builds.js';
import { launchChromium } from '../support/index.js';
import { loadCorpusFromDisk } from '../support/corpus-on-disk.js';
import { type BytesRoute, startBytesServer } from '../support/pdf-server.js';
import type { PacksBenchInput } from './packs-in-page.js';
import { table } from './print.js';

/** Pack sizes in statements; override with BENCH_PACK_SIZES=5000 for a quick run. */
const PACK_SIZES = (process.env.BENCH_PACK_SIZES ?? '5000,50000').split(',').map(Number);
/** Statements version 2 changes (the target: an update changing 100 statements in < 2 s). */
const CHANGED = 100;
/** Statements captured one after another; the p50 and max of their index work are reported. */
const CAPTURES = 5;
const SEED = 2026;
/** Set BENCH_PACK_PROFILE=<folder> to write each run's CPU profile there (open it in DevTools' Performance panel). */
const PROFILE_DIR = process.env.BENCH_PACK_PROFILE;

const ms = (n: number) => n.toFixed(1);
/** The index steps that read and compute, and those that write (reading the filter chunks pending hashes fall in counts as compute). */
const COMPUTE_STEPS: readonly UpdateStep[] = ['read texts', 'fingerprint', 'read buckets', 'read buckets (all)', 'edit buckets', 'make the filter', 'filter chunks', 'pending hashes'];
const WRITE_STEPS: readonly UpdateStep[] = ['write docs', 'write buckets', 'write filter and meta', 'commit'];
const sum = (steps: Partial<Record<UpdateStep, number>>, names: readonly UpdateStep[]) => names.reduce((n, name) => n + (steps[name] ?? 0), 0);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const progress = (what: string) => process.stderr.write(`… ${what}\n`);

const packFile = (pack: CorpusPack) => {
  const { events, organisations, people, topics, statements, quotes, ...header } = pack;
  return toPackFile(header, { events, organisations, people, topics, statements, quotes });
};
const packText = (pack: CorpusPack) => serializePack(packFile(pack));
const json = (text: string): BytesRoute => ({ body: new TextEncoder().encode(text), type: 'application/json', cors: false });

async function benchSize(base: CorpusPack, statements: number) {
  progress(`corpus packs: writing a pack of ${statements} statements and its next version`);
  const pack = syntheticPack(base, statements, SEED);
  const v2 = changedPack(pack, CHANGED, SEED + 1);
  const v3 = changedPack(v2, CHANGED, SEED + 2);
  const made = makeDelta(packFile(v2), packFile(v3));
  if (!made.ok) throw new Error(made.reason);
  const delta = new TextEncoder().encode(serializeDelta(made.delta));
  // Version 3 is published as a subscription would find it: the full file, and beside it the delta
  // from version 2, on a host that answers a `Range` request as static hosts (web servers, CDNs,
  // object stores, repository pages) do.
  const server = await startBytesServer({
    '/pack-v1.json': json(packText(pack)),
    '/pack-v2.json': json(packText(v2)),
    '/published/pack.json': { ...json(packText(v3)), ranges: true },
    [`/published/${deltaPath('pack.json', v2.version)}`]: { body: delta, type: 'application/json', cors: false },
  });
  const bundle = await build({ entryPoints: [new URL('./packs-in-page.ts', import.meta.url).pathname], bundle: true, format: 'iife', write: false, logLevel: 'error' });
  server.set('/bench.js', { body: bundle.outputFiles[0]?.contents ?? new Uint8Array(), type: 'text/javascript', cors: false });
  server.set('/', { body: new TextEncoder().encode('<!doctype html><meta charset="utf-8"><title>packs bench</title><script src="/bench.js"></script>'), type: 'text/html; charset=utf-8', cors: false });
  const input: PacksBenchInput = {
    v1Url: server.url('/pack-v1.json'),
    v2Url: server.url('/pack-v2.json'),
    v3PackUrl: server.url('/published/pack.json'),
    v3DeltaBytes: delta.byteLength,
    captures: Array.from({ length: CAPTURES }, (_, i) => capturedStatement(base, i, SEED + i)),
    englishPages: [0, 1, 2, 3].map((i) => englishPage(5_000, i)),
    quotingPage: `${englishPage(2_500, 5)}\n\n${pack.statements.slice(0, 2).map((s) => s.text).join('\n\n')}\n\n${englishPage(2_500, 6)}`,
  };
  // The extension is loaded too (launchChromium's persistent profile on disk), but the bench runs on its own page.
  const session = await launchChromium(EXTENSION_BUILDS.chromium, { args: ['--enable-precise-memory-info', '--js-flags=--expose-gc'] });
  const { context } = session;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`  [page error] ${error.message}`));
    page.setDefaultTimeout(0);
    await page.goto(server.url('/'));
    progress(`corpus packs: installing, capturing, updating and detecting at ${statements} statements`);
    const cdp = PROFILE_DIR ? await context.newCDPSession(page) : undefined;
    await cdp?.send('Profiler.enable');
    await cdp?.send('Profiler.start');
    const result = await page.evaluate((i) => window.packsBench.run(i), input);
    if (cdp) await writeFile(join(PROFILE_DIR ?? '', `packs-${statements}.cpuprofile`), JSON.stringify((await cdp.send('Profiler.stop')).profile));
    return { statements, version: context.browser()?.version() ?? 'unknown version', ...result };
  } finally {
    await session.close();
    await server.close();
  }
}

export async function packsBench(): Promise<void> {
  const base = loadCorpusFromDisk();
  for (const statements of PACK_SIZES) {
    const r = await benchSize(base, statements);
    const total = (s: typeof r.install) => s.readMs + s.validateMs + s.applyMs + s.indexMs;
    table(
      `Corpus packs in Chromium ${r.version}: ${r.statements} statements of recombined seed sentences (file ${mb(r.install.fileBytes)})`,
      ['step', 'time', 'target'],
      [
        ['install the pack from a file: read the file', `${ms(r.install.readMs)} ms`, ''],
        ['  parse + validate', `${ms(r.install.validateMs)} ms`, ''],
        [`  install its records (${r.install.changed} statements)`, `${ms(r.install.applyMs)} ms`, ''],
        ['  index them', `${ms(r.install.indexMs)} ms`, ''],
        ['  total (installPackFile)', `${ms(total(r.install))} ms`, '< 30 s at 50k'],
        [`  proxy, the floor: a bare bulkPut of the chunk rows the install writes (${r.floors.productLayoutRows} rows), one transaction`, `${ms(r.floors.productLayoutMs)} ms`, ''],
        ['  proxy, the index step on the floor\'s rows: read + compute (texts, fingerprints, buckets, filter)', `${ms(sum(r.floors.indexSteps, COMPUTE_STEPS))} ms`, ''],
        ['  proxy, the index step on the floor\'s rows: writes (docs, buckets, filter, meta, commit)', `${ms(sum(r.floors.indexSteps, WRITE_STEPS))} ms`, ''],
        ['    by step', Object.entries(r.floors.indexSteps).map(([step, took]) => `${step} ${ms(took)}`).join(' / '), ''],
        [`capture one statement: index work (p50 / max of ${r.capture.runs})`, `${ms(r.capture.p50)} / ${ms(r.capture.max)} ms`, '< 200 ms'],
        [`update changing ${r.update.changed} statements from the full file (${mb(r.update.fileBytes)}): read the file`, `${ms(r.update.readMs)} ms`, ''],
        ['  parse + validate', `${ms(r.update.validateMs)} ms`, ''],
        ['  install (compare and write)', `${ms(r.update.applyMs)} ms`, ''],
        ['  update the text index', `${ms(r.update.indexMs)} ms`, ''],
        ['  total (installPackFile)', `${ms(total(r.update))} ms`, '< 2 s'],
        [`update changing ${r.deltaUpdate.changed} statements through its delta (${mb(r.deltaUpdate.fileBytes)}): fetch the pack file's header and the delta`, `${ms(r.deltaUpdate.readMs)} ms`, ''],
        ['  parse + validate against the installed version', `${ms(r.deltaUpdate.validateMs)} ms`, ''],
        ['  install (compare and write)', `${ms(r.deltaUpdate.applyMs)} ms`, ''],
        ['  update the text index', `${ms(r.deltaUpdate.indexMs)} ms`, ''],
        ['  total (checkPack, a subscription\'s check)', `${ms(total(r.deltaUpdate))} ms`, '< 2 s'],
        ['full rebuild of the same index (explicit repair only)', `${ms(r.rebuildMs)} ms`, ''],
        ['peak JS heap (sampled every 50 ms)', mb(r.peakHeapBytes), ''],
      ],
    );
    const stepNames = [...new Set(r.captures.flatMap((c) => Object.keys(c.steps) as UpdateStep[]))];
    table(
      'Each capture\'s index work by step (updateTextIndex), in the order taken; heap in use before it',
      ['capture', 'total', ...stepNames, 'heap'],
      r.captures.map((c, i) => [String(i + 1), `${ms(c.ms)} ms`, ...stepNames.map((step) => (c.steps[step] === undefined ? '' : `${ms(c.steps[step])} ms`)), mb(c.heapBytes)]),
    );
    table(
      'Detection on that corpus: index grown incrementally vs the same texts rebuilt in full (same pages)',
      ['index', 'page', 'runs', 'p50', 'p95', 'found'],
      (['incremental', 'rebuilt'] as const).flatMap((kind) => [
        [kind, '5k words of English, matches nothing', String(r[kind].english.runs), `${ms(r[kind].english.p50)} ms`, `${ms(r[kind].english.p95)} ms`, ''],
        [kind, '5k words quoting 2 statements whole', String(r[kind].quoting.runs), `${ms(r[kind].quoting.p50)} ms`, `${ms(r[kind].quoting.p95)} ms`, `${r[kind].found.statements} statements, ${r[kind].found.quotes} quotes`],
      ]),
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await packsBench();
