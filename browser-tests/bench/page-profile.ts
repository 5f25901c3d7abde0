// Where the content script's time goes on a page that matches nothing: one cold load at a
// time in Chromium with the built extension, traced (DevTools timeline and V8 compile
// events) and sampled (V8's CPU profiler), the events and samples that belong to the
// content script's bundle summed by kind: its compilation, its evaluation (the top-level
// code and what main() does at once), later calls into it, and per function (self time,
// with the native it was in, and inclusive time). Not part of `npm run bench` (tracing and
// sampling slow what they watch); run alone after `npm run build`:
// npx tsx browser-tests/bench/page-profile.ts (BENCH_PROFILE_LOADS, default 6;
// BENCH_PROFILE_WORDS, default 5000; BENCH_PROFILE_CPU=0 to trace without sampling).
// Function names are the bundle's: build with minification off to read them.
import { rm } from 'node:fs/promises';
import { loadCorpusFromDisk } from '../support/corpus-on-disk.js';
import { startServer } from '../support/server.js';
import { articleParagraphs } from '../../test-support/bench/bench-pages';
import { benchSentences } from '../../test-support/bench/bench-sentences';
import { launchBenchBrowser } from './bench-browser.js';
import { articleHtml } from './page-cost.js';

const LOADS = Number(process.env.BENCH_PROFILE_LOADS ?? 6);
const WORDS = Number(process.env.BENCH_PROFILE_WORDS ?? 5_000);
/** BENCH_PROFILE_LIVE=20 profiles the live page (a paragraph added every second) for that many seconds instead. */
const LIVE_SECONDS = Number(process.env.BENCH_PROFILE_LIVE ?? 0);
const WATCH_MS = LIVE_SECONDS ? LIVE_SECONDS * 1000 : 2_000;
const CPU = process.env.BENCH_PROFILE_CPU !== '0';

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: Record<string, unknown> } }
interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.compile', 'blink.user_timing', 'disabled-by-default-v8.gc'];

const sentences = benchSentences(loadCorpusFromDisk());
const live = LIVE_SECONDS ? articleParagraphs(sentences.article, 2_000, 13) : [];
const server = await startServer({ '/article': articleHtml(articleParagraphs(sentences.article, WORDS, 11), live) });
const browser = await launchBenchBrowser(true);
const isContent = (url: unknown) => typeof url === 'string' && url.includes('content-scripts/content.js');
const sums = new Map<string, number[]>();
const add = (key: string, ms: number, load: number) => {
  const row = sums.get(key) ?? Array.from({ length: LOADS }, () => 0);
  row[load] = (row[load] ?? 0) + ms;
  sums.set(key, row);
};
try {
  for (let load = 0; load < LOADS; load++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    if (CPU) await cdp.send('Profiler.start');
    await cdp.send('Performance.enable');
    const before = (await cdp.send('Performance.getMetrics')).metrics;
    await page.goto(server.url('/article'), { waitUntil: 'load' });
    await page.waitForTimeout(WATCH_MS);
    const after = (await cdp.send('Performance.getMetrics')).metrics;
    const { profile } = CPU ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }) : { profile: { nodes: [], samples: [], timeDeltas: [] } as Profile };
    await cdp.send('Tracing.end');
    await done;
    await page.close();
    const metric = (m: { name: string; value: number }[], n: string) => (m.find((x) => x.name === n)?.value ?? 0) * 1000;
    add('ScriptDuration (whole renderer)', metric(after, 'ScriptDuration') - metric(before, 'ScriptDuration'), load);

    // Trace: top-level events on the page's main thread that belong to the bundle.
    const compileByUrl = events.filter((e) => e.ph === 'X' && (e.name === 'v8.compile' || e.name === 'V8.CompileCode' || e.name === 'v8.parseOnBackground') && isContent(e.args?.data?.url));
    for (const e of compileByUrl) add(`trace ${e.name}`, (e.dur ?? 0) / 1000, load);
    for (const e of events.filter((x) => x.ph === 'X' && (x.name === 'EvaluateScript' || x.name === 'FunctionCall') && isContent(x.args?.data?.url))) add(`trace ${e.name}`, (e.dur ?? 0) / 1000, load);

    // CPU profile: self time of each function of the bundle and of the natives and GC it calls.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const inBundle = (id: number): ProfileNode | undefined => {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const node = byId.get(at);
        if (node && isContent(node.callFrame.url)) return node;
      }
      return undefined;
    };
    profile.samples.forEach((id, i) => {
      const owner = inBundle(id);
      if (!owner) return;
      const node = byId.get(id);
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const self = node && !isContent(node.callFrame.url) ? ` → ${node.callFrame.functionName || '(anonymous native)'}` : '';
      add(`cpu ${owner.callFrame.functionName || '(anonymous)'}@${owner.callFrame.lineNumber}:${owner.callFrame.columnNumber}${self}`, dt, load);
      add('cpu TOTAL under the bundle', dt, load);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at)?.callFrame;
        if (!f || !isContent(f.url)) continue;
        const key = `incl ${f.functionName || '(anonymous)'}@${f.lineNumber}:${f.columnNumber}`;
        if (!seen.has(key)) add(key, dt, load);
        seen.add(key);
      }
    });
  }
  const rows = [...sums.entries()].map(([key, values]) => [key, [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0, values.reduce((a, b) => a + b, 0) / values.length] as const);
  rows.sort((a, b) => b[2] - a[2]);
  console.log(`Content script profile, ${LOADS} cold loads of a ${WORDS}-word article (ms per load: median, mean)`);
  for (const [key, median, mean] of rows.filter((r) => r[2] >= 0.05)) console.log(`${median.toFixed(2).padStart(8)} ${mean.toFixed(2).padStart(8)}  ${key}`);
} finally {
  await browser.context.close();
  await rm(browser.profile, { recursive: true, force: true });
  await server.close();
}
