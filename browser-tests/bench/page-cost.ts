// What every page pays for the extension, measured from outside as a user's browser
// pays it: Debian's Chromium started twice, with the built extension and without it,
// loading the same pages served on 127.0.0.1, one cold load (a new tab) at a time,
// alternating between the two browsers in one run so background load falls on both
// alike. Per load, the DevTools protocol's Performance.getMetrics (ScriptDuration and
// TaskDuration of the tab's renderer: the page's scripts and the content script,
// which runs in that renderer) is read before the navigation and once the page has
// been idle for a while, and a PerformanceObserver the page registers in its <head>
// records every long task (over 50 ms) of the tab's main thread.
//
// The pages are real English in the corpus's domain that matches nothing
// (test-support/bench/bench-pages.ts): development-set sentences the bundled corpus
// does not know, shuffled and grouped into paragraphs, in an article layout with a
// header, navigation and footer. A live page appends a new paragraph every second.
//
// Floors, in browsers of their own in the same rotation (floor-extension.ts): an extension
// whose only content script is empty, injected where and when ours is, is what any
// extension with a content script makes a page pay; one whose script sends the body's
// textContent in one message is what any script that hands a page's text to its
// background pays; on the live page, one whose script only observes the page with a
// MutationObserver doing nothing is what any script that follows a page's changes pays. The table prints without / floors / with side by side,
// the extension's whole added cost (with − without) and the part above each floor, ours.
// The 5k-word page is also loaded with floors that each do one part of the sender alone
// (touch the extension API; touch the DOM; read the text; send a tiny message; send the
// text through a port), printed in a second table, so the sender's cost is split, and with
// the pull floors: a content script that never touches the extension API and a service worker
// that reads each loaded page itself with scripting.executeScript (the cost of a design whose
// page never messages at load), reading the text in the injected function, or calling a reader
// the content script left on its isolated world's global, or spinning PULL_BUSY_MS in the
// page first, which shows the window sees that work.
// The live page's figures are given twice: from before the navigation to the end (the load,
// the first read of the whole page and every update), and from FIRST_READ_MS after the
// load event to the end (the updates alone).
import type { BrowserContext } from 'playwright-core';
import { rm } from 'node:fs/promises';
import { articleParagraphs } from '../../test-support/bench/bench-pages';
import { PULL_BUSY_MS, PULL_KINDS, SENDER_PARTS } from '../../test-support/bench/floor-manifest';
import { benchSentences } from '../../test-support/bench/bench-sentences';
import { loadCorpusFromDisk } from '../support/corpus-on-disk.js';
import { startServer } from '../support/server.js';
import { type BenchBrowser, launchBenchBrowser } from './bench-browser.js';
import { writeFloorExtension } from './floor-extension.js';
import { ms, progress, table } from './print.js';
import { quantile } from './timing.js';

/** Cold loads per page and browser; override with BENCH_PAGE_LOADS=6 for a quick run. */
const LOADS = Number(process.env.BENCH_PAGE_LOADS ?? 20);
/** How long a page is left idle after its load event: the content script reads it and gets its answer well inside this. */
const IDLE_AFTER_LOAD_MS = 2_000;
/** How long the live page is watched (it appends a paragraph every second); override with BENCH_LIVE_SECONDS. */
const LIVE_SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 60);
/**
 * On the live page, the split between the load with its first read and the updates after it:
 * by then the content script has read the whole page and had its answer (it reads in idle time
 * after the load event; the 100k-word article's row is watched for less).
 */
const FIRST_READ_MS = 5_000;
/** A task longer than this is a long task (the Long Tasks API's threshold). */
const LONG_TASK_MS = 50;

interface LoadCost {
  scriptMs: number;
  /** V8CompileDuration: compiling scripts before they run (a content script's top level; what lazy compilation leaves to later calls is script time). */
  compileMs: number;
  taskMs: number;
  /** On the live page: script and task time from FIRST_READ_MS after the load event to the end (the updates alone). */
  laterScriptMs: number;
  laterTaskMs: number;
  longTasks: number;
  longestTaskMs: number;
  /** Navigation timing, from the navigation's start: where a later load event comes from. */
  domContentLoadedEndMs: number;
  loadEventStartMs: number;
  loadEventEndMs: number;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An article page; `liveParagraphs`, when given, are appended one a second by the page's own script. */
export function articleHtml(paragraphs: readonly string[], liveParagraphs: readonly string[] = []): string {
  const live = liveParagraphs.length
    ? `<script>const more=${JSON.stringify(liveParagraphs)};let n=0;setInterval(()=>{const p=document.createElement('p');p.textContent=more[n++%more.length];document.querySelector('article').append(p)},1000);</script>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Health and care: the week in policy</title>
<script>window.__longTasks=[];new PerformanceObserver((list)=>{for(const e of list.getEntries())window.__longTasks.push(e.duration)}).observe({type:'longtask'});</script>
<style>body{font:16px/1.5 Georgia,serif;max-width:42em;margin:0 auto}header,footer{font-family:sans-serif}</style></head>
<body><header><a href="/">Health Policy News</a><nav><a href="/news">News</a> <a href="/analysis">Analysis</a> <a href="/jobs">Jobs</a></nav></header>
<main><article><h1>Health and care: the week in policy</h1><p class="byline">By our correspondent</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main><footer><p>© Health Policy News. All rights reserved.</p></footer>${live}</body></html>`;
}

const metric = (metrics: { name: string; value: number }[], name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;

/** One cold load in a new tab: the renderer's script and task time from before the navigation to `watchMs` after the load event. */
async function coldLoad(context: BrowserContext, url: string, watchMs: number): Promise<LoadCost> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = (await cdp.send('Performance.getMetrics')).metrics;
    await page.goto(url, { waitUntil: 'load' });
    const split = watchMs > FIRST_READ_MS;
    if (split) await page.waitForTimeout(FIRST_READ_MS);
    const middle = split ? (await cdp.send('Performance.getMetrics')).metrics : [];
    await page.waitForTimeout(split ? watchMs - FIRST_READ_MS : watchMs);
    const after = (await cdp.send('Performance.getMetrics')).metrics;
    const seen = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        longTasks: (window as unknown as { __longTasks: number[] }).__longTasks,
        domContentLoadedEnd: navigation?.domContentLoadedEventEnd ?? NaN,
        loadEventStart: navigation?.loadEventStart ?? NaN,
        loadEventEnd: navigation?.loadEventEnd ?? NaN,
      };
    });
    return {
      scriptMs: metric(after, 'ScriptDuration') - metric(before, 'ScriptDuration'),
      compileMs: metric(after, 'V8CompileDuration') - metric(before, 'V8CompileDuration'),
      taskMs: metric(after, 'TaskDuration') - metric(before, 'TaskDuration'),
      laterScriptMs: metric(after, 'ScriptDuration') - metric(middle, 'ScriptDuration'),
      laterTaskMs: metric(after, 'TaskDuration') - metric(middle, 'TaskDuration'),
      longTasks: seen.longTasks.filter((d) => d > LONG_TASK_MS).length,
      longestTaskMs: Math.max(0, ...seen.longTasks),
      domContentLoadedEndMs: seen.domContentLoadedEnd,
      loadEventStartMs: seen.loadEventStart,
      loadEventEndMs: seen.loadEventEnd,
    };
  } finally {
    await page.close();
  }
}

/** The browsers a page is loaded in: no extension, the floors (floor-extension.ts), the real extension. */
const KINDS = ['without', 'empty', 'sender', 'observer', 'with'] as const;
type Kind = (typeof KINDS)[number] | (typeof SENDER_PARTS)[number] | (typeof PULL_KINDS)[number];
/** The floors a loaded page is measured against; the live page is measured against the observer instead of the sender. */
const STATIC_KINDS: readonly Kind[] = ['without', 'empty', 'sender', 'with'];
const LIVE_KINDS: readonly Kind[] = ['without', 'empty', 'observer', 'with'];
/** The 5k-word page is also loaded with the floors that split the sender's cost and with the pull floors (floor-manifest.ts). */
const SPLIT_KINDS: readonly Kind[] = [...STATIC_KINDS, ...SENDER_PARTS, ...PULL_KINDS];
/** What each browser of the 5k-word page's split table runs, as printed. */
const SPLIT_WHAT: Partial<Record<Kind, string>> = {
  without: 'no extension',
  empty: 'an empty content script',
  touch: 'reads chrome.runtime.id (the first touch of the extension API)',
  body: 'reads document.body.nodeType (the first touch of the DOM)',
  read: "reads the body's textContent, sends nothing",
  tiny: 'sends a one-character message',
  port: "sends the body's textContent through runtime.connect",
  sender: "sends the body's textContent in one runtime.sendMessage",
  pull: "empty; the service worker reads the body's textContent with scripting.executeScript on load",
  pullCall: "sets a text reader on its isolated world's global; the service worker calls it with scripting.executeScript on load",
  pullBusy: `as pull, the injected function first spinning ${PULL_BUSY_MS} ms (must lie that far above pull)`,
  with: 'the real extension',
};
/** Which pages to load (BENCH_PAGE_CASES=5k for a quick look at the 5k-word page alone): 5k, 100k, live. */
const CASES = (process.env.BENCH_PAGE_CASES ?? '5k,100k,live').split(',');

interface PageCase {
  label: string;
  path: string;
  loads: number;
  watchMs: number;
  kinds: readonly Kind[];
}

/** Loads each case `loads` times in each of its browsers, rotating which goes first so none always loads after the same one. */
async function measure(browsers: Record<Kind, BenchBrowser>, url: (path: string) => string, cases: readonly PageCase[]) {
  const results = new Map<string, Record<Kind, LoadCost[]>>();
  for (const c of cases) {
    const costs = Object.fromEntries(c.kinds.map((kind) => [kind, []])) as unknown as Record<Kind, LoadCost[]>;
    progress(`page cost: ${c.label}, ${c.loads} cold loads each ${c.kinds.join(', ')}, rotating`);
    for (let i = 0; i < c.loads; i++) {
      const order = c.kinds.map((_, k) => c.kinds[(i + k) % c.kinds.length] as Kind);
      for (const which of order) costs[which].push(await coldLoad(browsers[which].context, url(c.path), c.watchMs));
    }
    results.set(c.label, costs);
  }
  return results;
}

const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5);

export async function pageCostBench(articleSentences: readonly string[]): Promise<void> {
  const article5k = articleParagraphs(articleSentences, 5_000, 11);
  const article100k = articleParagraphs(articleSentences, 100_000, 12);
  const server = await startServer({
    '/article-5k': articleHtml(article5k),
    '/article-100k': articleHtml(article100k),
    '/live-100k': articleHtml(article100k, articleParagraphs(articleSentences, 2_000, 13)),
  });
  const allCases: (PageCase & { key: string })[] = [
    { key: '5k', label: '5k-word article', path: '/article-5k', loads: LOADS, watchMs: IDLE_AFTER_LOAD_MS, kinds: SPLIT_KINDS },
    { key: '100k', label: '100k-word article', path: '/article-100k', loads: Math.max(2, Math.round(LOADS / 2)), watchMs: IDLE_AFTER_LOAD_MS, kinds: STATIC_KINDS },
    { key: 'live', label: `100k-word page adding a paragraph every second, ${LIVE_SECONDS} s`, path: '/live-100k', loads: 2, watchMs: LIVE_SECONDS * 1000, kinds: LIVE_KINDS },
  ];
  const cases = allCases.filter((c) => CASES.includes(c.key));
  const kinds = [...new Set(cases.flatMap((c) => c.kinds))];
  const floorDirs = new Map<Kind, string>();
  const browsers = {} as Record<Kind, BenchBrowser>;
  try {
    for (const kind of kinds) {
      if (kind === 'without' || kind === 'with') browsers[kind] = await launchBenchBrowser(kind === 'with');
      else {
        floorDirs.set(kind, await writeFloorExtension(kind));
        browsers[kind] = await launchBenchBrowser({ dir: floorDirs.get(kind) ?? '' });
      }
    }
    const results = await measure(browsers, server.url, cases);
    const version = browsers.with.context.browser()?.version() ?? 'unknown version';
    const rows: string[][] = [];
    for (const c of cases) {
      const r = results.get(c.label);
      if (!r) continue;
      const live = c.path.startsWith('/live');
      const row = (what: string, pick: (cost: LoadCost) => number, unit: string, target: string) => {
        const at = (kind: Kind) => (c.kinds.includes(kind) ? median(r[kind].map(pick)) : undefined);
        const [a, e, t, o, b] = KINDS.map(at) as [number, number, number | undefined, number | undefined, number];
        const signed = (x: number) => `${x >= 0 ? '+' : ''}${ms(x)} ${unit}`;
        // A share is told only where the page itself does work every second (the live page: % of its script and task time).
        const share = (x: number) => (live && unit === 'ms' && a > 0 ? ` (${((x / a) * 100).toFixed(1)}%)` : '');
        const cell = (x: number | undefined) => (x === undefined ? '—' : `${ms(x)} ${unit}`);
        const above = (floor: number | undefined) => (floor === undefined ? '—' : `${signed(b - floor)}${share(b - floor)}`);
        rows.push([c.label, c.kinds.map((kind) => r[kind].length).join('+'), what, cell(a), cell(e), cell(t), cell(o), cell(b), above(a), above(e), above(t), above(o), target]);
      };
      row(live ? 'script time, load and all updates' : 'script time (ScriptDuration)', (x) => x.scriptMs, 'ms', live ? '< +5% added script time' : c.path.endsWith('5k') ? '< +2 ms' : '< +15 ms');
      row('compile time (V8CompileDuration)', (x) => x.compileMs, 'ms', '');
      row('script + compile time', (x) => x.scriptMs + x.compileMs, 'ms', '');
      row(live ? 'task time, load and all updates' : 'task time (TaskDuration)', (x) => x.taskMs, 'ms', '');
      if (live) {
        const after = `from ${FIRST_READ_MS / 1000} s after load (updates only)`;
        row(`script time ${after}`, (x) => x.laterScriptMs, 'ms', '< +5% added script time');
        row(`task time ${after}`, (x) => x.laterTaskMs, 'ms', '');
      }
      row('long tasks (> 50 ms)', (x) => x.longTasks, '', c.path.endsWith('5k') ? 'none added' : '');
      row('longest task', (x) => x.longestTaskMs, 'ms', c.path.endsWith('100k') ? '< 50 ms' : '');
      if (!live) {
        row('domContentLoadedEventEnd', (x) => x.domContentLoadedEndMs, 'ms', '');
        row('loadEventStart', (x) => x.loadEventStartMs, 'ms', '');
        row('loadEventEnd', (x) => x.loadEventEndMs, 'ms', '');
      }
    }
    table(
      `What every page pays: the real extension, cold loads in Chromium ${version} without it, with only a floor content script (empty; sending the body's textContent in one message; on the live page an observer doing nothing) and with it, rotating in one run (medians; pages of real development-set sentences matching nothing; ${IDLE_AFTER_LOAD_MS} ms watched after load)`,
      ['page', 'loads', 'measure', 'without', 'empty script', 'textContent sender', 'empty observer', 'with', 'added (with − without)', 'ours (with − empty script)', 'ours (with − sender)', 'ours (with − empty observer)', 'target'],
      rows,
    );
    const split = results.get('5k-word article');
    if (split) {
      const scriptAt = (kind: Kind) => median(split[kind].map((x) => x.scriptMs));
      table(
        "Where the textContent sender's cost goes, and what pulling the text instead costs: the 5k-word article's script time in the same rotation, each floor alone (floor-manifest.ts; medians)",
        ['browser', 'what its content script does', 'script time', 'compile time', 'task time', 'script time above the empty script'],
        SPLIT_KINDS.map((kind) => [kind, SPLIT_WHAT[kind] ?? '', `${ms(scriptAt(kind))} ms`, `${ms(median(split[kind].map((x) => x.compileMs)))} ms`, `${ms(median(split[kind].map((x) => x.taskMs)))} ms`, `${ms(scriptAt(kind) - scriptAt('empty'))} ms`]),
      );
    }
  } finally {
    for (const b of Object.values(browsers)) {
      await b.context.close();
      await rm(b.profile, { recursive: true, force: true });
    }
    for (const dir of floorDirs.values()) await rm(dir, { recursive: true, force: true });
    await server.close();
  }
}

// Alone: npx tsx browser-tests/bench/page-cost.ts (after `npm run build`).
if (import.meta.url === `file://${process.argv[1]}`) await pageCostBench(benchSentences(loadCorpusFromDisk()).article);
