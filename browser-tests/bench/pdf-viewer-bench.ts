// Re-anchoring highlights in the real PDF viewer (issue 17's target: 200 highlights in
// a 300-page PDF in under 300 ms once its text is read), measured in the built
// extension's own viewer page in Chromium and Firefox ESR, end to end: the highlights are
// imported through the Highlights page as a user's sync file, then the viewer opens the
// PDF they were made on and, alternately, a copy of it with another fingerprint that has
// none (the same pages and text), so the cost of the highlights shows side by side. The
// figures are the viewer's own performance entries (lib/pdf/viewer-timing.ts): the time
// from navigation to the text being read, the re-anchoring step as the target names it
// (from the text being read to the PDF's highlights re-anchored on it and painted on the
// rendered pages, including any wait for their IndexedDB read, which starts while the text
// is read) and its synchronous part (re-anchored and painted), and the time until
// everything is shown (answer, marks, the sidebar's list of highlights).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANCHOR_PAINT_MEASURE, REANCHOR_MEASURE, VIEWER_MARKS } from '../../lib/pdf/viewer-timing';
import type { Annotation } from '../../lib/schema';
import { serializeSyncFile } from '../../lib/sync/export';
import { syncFile } from '../../test-support/sync/fixtures';
import { EXTENSION_BUILDS } from '../support/extension-builds.js';
import { launchFirefoxForExtensionPages } from '../support/firefox-extension-pages.js';
import { errorMessage, launchChromium, waitFor } from '../support/index.js';
import { progress, table } from './print.js';

/** A 300-page PDF takes seconds to read on a loaded 2-core machine; Firefox is slower than Chromium. */
const OPEN_TIMEOUT_MS = 300_000;

/** What the viewer's performance timeline holds once everything is shown. */
interface ViewerRun {
  textReadMs: number;
  reanchorMs: number;
  anchorPaintMs: number;
  readyMs: number;
  /** Highlight cards in the sidebar, those "Not found", and highlights with boxes on the rendered pages. */
  listed: number;
  notFound: number;
  painted: number;
}

/** In the viewer page (sent as source text: self-contained): its timings once ready, else null. */
function readViewerRun(names: { textRead: string; ready: string; reanchor: string; anchorPaint: string }): ViewerRun | null {
  const ready = performance.getEntriesByName(names.ready, 'mark')[0];
  const textRead = performance.getEntriesByName(names.textRead, 'mark')[0];
  const reanchor = performance.getEntriesByName(names.reanchor, 'measure')[0];
  const anchorPaint = performance.getEntriesByName(names.anchorPaint, 'measure')[0];
  if (!ready || !textRead || !reanchor || !anchorPaint) return null;
  const cards = [...(document.querySelector('.pdf-sidebar-host')?.shadowRoot?.querySelectorAll('article[data-highlight-id]') ?? [])];
  const painted = new Set([...document.querySelectorAll('policy-lens-mark')].map((box) => box.getAttribute('data-highlight-id')));
  return {
    textReadMs: textRead.startTime,
    reanchorMs: reanchor.duration,
    anchorPaintMs: anchorPaint.duration,
    readyMs: ready.startTime,
    listed: cards.length,
    notFound: cards.filter((card) => card.textContent?.includes('Not found')).length,
    painted: cards.filter((card) => painted.has(card.getAttribute('data-highlight-id'))).length,
  };
}

const NAMES = { textRead: VIEWER_MARKS.textRead, ready: VIEWER_MARKS.ready, reanchor: REANCHOR_MEASURE, anchorPaint: ANCHOR_PAINT_MEASURE };

/** One browser with the built extension: imports a sync file on the Highlights page, opens the viewer and times it. */
interface ViewerBrowser {
  name: string;
  /** Resolves to the import's status line. */
  importFile(json: string): Promise<string>;
  time(pdfUrl: string): Promise<ViewerRun>;
  close(): Promise<void>;
}

const viewerPath = (pdfUrl: string) => `/pdf-viewer.html?file=${encodeURIComponent(pdfUrl)}`;

async function chromium(): Promise<ViewerBrowser> {
  const session = await launchChromium(EXTENSION_BUILDS.chromium);
  return {
    name: 'Chromium',
    async importFile(json) {
      const { page } = await session.open(session.extensionUrl('/highlights.html'));
      await page.locator('input[type="file"]').setInputFiles({ name: 'highlights.json', mimeType: 'application/json', buffer: Buffer.from(json) });
      await page.getByRole('button', { name: 'Apply import' }).click();
      const status = page.getByRole('status').filter({ hasText: 'Imported:' });
      await status.waitFor({ timeout: OPEN_TIMEOUT_MS });
      const text = (await status.textContent()) ?? '';
      await page.close();
      return text;
    },
    async time(pdfUrl) {
      const { page } = await session.open(session.extensionUrl(viewerPath(pdfUrl)));
      const run = await waitFor('the viewer to be ready', () => page.evaluate(readViewerRun, NAMES), { timeout: OPEN_TIMEOUT_MS, interval: 50 });
      await page.close();
      return run;
    },
    close: () => session.close(),
  };
}

async function firefox(): Promise<ViewerBrowser> {
  const browser = await launchFirefoxForExtensionPages(EXTENSION_BUILDS.firefox);
  const files = await mkdtemp(join(tmpdir(), 'policy-lens-pdf-bench-'));
  return {
    name: 'Firefox ESR',
    async importFile(json) {
      const path = join(files, 'highlights.json');
      await writeFile(path, json);
      const tab = await browser.open(browser.extensionUrl('/highlights.html'));
      await tab.setFiles('input[type="file"]', [path]);
      await tab.click('button', 'Apply import');
      const status = await waitFor(
        'the import report',
        () => tab.run(() => [...document.querySelectorAll('[role="status"]')].map((s) => s.textContent ?? '').find((text) => text.startsWith('Imported:'))),
        { timeout: OPEN_TIMEOUT_MS, interval: 200 },
      );
      await tab.close();
      return status;
    },
    async time(pdfUrl) {
      const tab = await browser.open(browser.extensionUrl(viewerPath(pdfUrl)));
      const run = await waitFor('the viewer to be ready', () => tab.run(readViewerRun, NAMES), { timeout: OPEN_TIMEOUT_MS, interval: 50 });
      await tab.close();
      return run;
    },
    async close() {
      await browser.close();
      await rm(files, { recursive: true, force: true });
    },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const spread = (values: number[]) => `${ms(median(values))} (max ${ms(Math.max(...values))})`;

function row(browser: string, what: string, runs: ViewerRun[]): string[] {
  const last = runs.at(-1) as ViewerRun;
  return [
    browser,
    what,
    String(runs.length),
    spread(runs.map((r) => r.textReadMs)),
    spread(runs.map((r) => r.reanchorMs)),
    spread(runs.map((r) => r.anchorPaintMs)),
    spread(runs.map((r) => r.readyMs - r.textReadMs)),
    spread(runs.map((r) => r.readyMs)),
    `${last.listed} / ${last.notFound} / ${last.painted}`,
  ];
}

/**
 * Imports `highlights` (made on the PDF at `withUrl`) into each browser's extension and
 * opens `withUrl` and `withoutUrl` (the same PDF under another fingerprint) alternately,
 * `runs` times each.
 */
export async function pdfViewerAnchoringBench(highlights: Annotation[], withUrl: string, withoutUrl: string, pages: number, runs: number): Promise<void> {
  const file = serializeSyncFile(syncFile({ annotations: highlights }));
  const rows: string[][] = [];
  const notMeasured: string[] = [];
  for (const launch of [chromium, firefox]) {
    let browser: ViewerBrowser | null = null;
    try {
      browser = await launch();
      progress(`${browser.name}: importing ${highlights.length} highlights on the Highlights page`);
      const status = await browser.importFile(file);
      if (!status.includes(`Imported: ${highlights.length} new`)) throw new Error(`the import said "${status}"`);
      const withRuns: ViewerRun[] = [];
      const withoutRuns: ViewerRun[] = [];
      for (let run = 0; run < runs; run++) {
        progress(`${browser.name}: opening the ${pages}-page PDF with and without its highlights (run ${run + 1} of ${runs})`);
        withRuns.push(await browser.time(withUrl));
        withoutRuns.push(await browser.time(withoutUrl));
      }
      rows.push(row(browser.name, `${highlights.length} highlights`, withRuns), row(browser.name, 'none (a copy under another fingerprint)', withoutRuns));
    } catch (error) {
      notMeasured.push(`${browser?.name ?? launch.name}: not measured (${errorMessage(error)})`);
    } finally {
      await browser?.close();
    }
  }
  table(
    `Re-anchoring ${highlights.length} highlights in the real viewer, a ${pages}-page PDF (built extension; target < 300 ms once the text is read). Medians, max in brackets`,
    ['browser', 'highlights', 'runs', 'open → text read', 'text read → highlights anchored + painted', 'of which anchor + paint', 'text read → all shown', 'open → all shown', 'listed / not found / painted'],
    rows,
  );
  for (const line of notMeasured) console.log(line);
  console.log(
    '"painted": highlights with boxes on the pages PDF.js has rendered (it renders pages as they scroll into view; the others are painted when they do). "text read → all shown" includes recognition (the background\'s answer) and the sidebar\'s list, which come after the highlights are painted.',
  );
}
