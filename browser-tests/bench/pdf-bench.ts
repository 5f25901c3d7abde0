// The PDF viewer's figures (issue 17), in Debian's Chromium with the built extension:
// time from opening a 100-page text PDF in the viewer to the sidebar's answer; text
// extraction throughput on a 300-page PDF, ours beside PDF.js's own getTextContent
// loop (the floor), with the longest main-thread task while it runs; and re-anchoring
// 200 highlights in that 300-page PDF, in the real viewer in Chromium and Firefox ESR
// (pdf-viewer-bench.ts) and, as a proxy, lib/pdf's anchoring alone in a web page. The
// PDFs are the five seeds' paragraphs, cycled to fill the pages (a briefing pack made of
// real statements), written with pdf-lib. BENCH_PDF_PAGES (default 300),
// BENCH_PDF_HIGHLIGHTS (200) and BENCH_PDF_RUNS (3) make a quick run smaller.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { seedParagraphs, writePdf } from '../../test-support/pdf/pdf-fixtures';
import { PAGES_AHEAD } from '../../lib/pdf/extract-text';
import { VIEWER_MARKS } from '../../lib/pdf/viewer-timing';
import type { Annotation } from '../../lib/schema';
import { EXTENSION_BUILDS } from '../support/extension-builds.js';
import { launchChromium } from '../support/index.js';
import { type BytesServer, pdfRoute, startBytesServer } from '../support/pdf-server.js';
import { pdfViewerAnchoringBench } from './pdf-viewer-bench.js';
import { table } from './print.js';

const SEEDS = ['000_6c823f81c49f4fe7', '001_dd90e785487b905b', '002_7246522f2062f2ca', '003_4b14374bd2fd4ead', '004_ffba3f601b83b3c8'];
const PARAGRAPHS_PER_PAGE = 6;
const VIEWER_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 3);
const HIGHLIGHTS = Number(process.env.BENCH_PDF_HIGHLIGHTS ?? 200);
/** The large document's pages (the 300). */
const LARGE = Number(process.env.BENCH_PDF_PAGES ?? 300);
const EXTRACTION_ROUNDS = 3;

const ms = (n: number) => `${n.toFixed(1)} ms`;
const progress = (what: string) => process.stderr.write(`… ${what}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const seedText = SEEDS.flatMap((seed) => seedParagraphs(readFileSync(new URL(`../../lib/corpus/seeds/${seed}.txt`, import.meta.url), 'utf8')));

/** The pack's permanent /ID (PDF.js's fingerprint), and another one for a copy that no highlight was made on. */
const PACK_ID = 'be0c0000000000000000000000000000';
const TWIN_ID = 'be0c0000000000000000000000000777';

/**
 * `pages` pages of seed paragraphs: the 'revised' edition inserts one more paragraph at
 * the top; the 'twin' has the same pages under another fingerprint.
 */
function pack(pages: number, edition: 'original' | 'revised' | 'twin' = 'original'): Promise<Uint8Array> {
  const paragraphs = Array.from({ length: pages * PARAGRAPHS_PER_PAGE }, (_, i) => seedText[i % seedText.length] as string);
  if (edition === 'revised') paragraphs.splice(1, 0, seedText[seedText.length - 1] as string);
  return writePdf({
    paragraphs,
    paragraphsPerPage: PARAGRAPHS_PER_PAGE,
    title: `Briefing pack (${pages} pages)`,
    id: [edition === 'twin' ? TWIN_ID : PACK_ID, edition === 'revised' ? '00000000000000000000000000000002' : '00000000000000000000000000000001'],
  });
}

async function benchPage(server: BytesServer): Promise<void> {
  const bundle = await build({ entryPoints: [new URL('./pdf-in-page.ts', import.meta.url).pathname], bundle: true, format: 'esm', write: false, minify: true, logLevel: 'error' });
  const js = (text: string | Uint8Array) => ({ body: typeof text === 'string' ? new TextEncoder().encode(text) : text, type: 'text/javascript', cors: false });
  const worker = readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.worker.min.mjs'));
  server.set('/bench.mjs', js(bundle.outputFiles[0]?.contents ?? new Uint8Array()));
  server.set('/pdf.worker.mjs', js(new Uint8Array(worker)));
  server.set('/', {
    body: new TextEncoder().encode('<!doctype html><meta charset="utf-8"><title>pdf bench</title><script type="module" src="/bench.mjs"></script>'),
    type: 'text/html; charset=utf-8',
    cors: false,
  });
}

/**
 * The figures taken in one Chromium: opening the viewer to the sidebar's answer, text
 * extraction, and the anchoring proxy. Resolves to the highlights the viewer's own figure imports.
 */
async function chromiumFigures(server: BytesServer): Promise<Annotation[]> {
  const session = await launchChromium(EXTENSION_BUILDS.chromium);
  try {
    const viewerRows: string[][] = [];
    for (const pages of [100, LARGE]) {
      const answers: number[] = [];
      for (let run = 0; run < VIEWER_RUNS; run++) {
        progress(`opening the ${pages}-page PDF in the viewer (run ${run + 1})`);
        const { page } = await session.open(session.extensionUrl(`/pdf-viewer.html?file=${encodeURIComponent(server.url(pages === 100 ? '/pack-100.pdf' : '/pack-large.pdf'))}`));
        const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, VIEWER_MARKS.sidebarAnswer, { timeout: 120_000, polling: 50 });
        answers.push((await handle.jsonValue()) as number);
        await page.close();
      }
      viewerRows.push([`${pages} pages`, String(VIEWER_RUNS), ms(median(answers)), ms(Math.max(...answers)), pages === 100 ? '' : '(for scale)']);
    }
    table('PDF viewer: from opening the page to the sidebar’s answer (navigation start → sidebar rendered; download, PDF.js, text read, detection)', ['document', 'runs', 'median', 'max', ''], viewerRows);

    const { page } = await session.open(server.url('/'));
    await page.waitForFunction(() => 'pdfBench' in window);
    progress(`reading the ${LARGE}-page PDF’s text, ours and PDF.js’s own loop`);
    const x = await page.evaluate(([url, rounds]) => window.pdfBench.extraction(url, rounds), [server.url('/pack-large.pdf'), EXTRACTION_ROUNDS] as const);
    table(`PDF text extraction, ${x.pages} pages (${(x.chars / 1e6).toFixed(2)} M characters)`, ['method', `median of ${EXTRACTION_ROUNDS}`, 'pages/s', 'longest main-thread task', 'tasks > 50 ms'], [
      ['PDF.js getTextContent, one page after another (floor)', ms(x.floorMs), (x.pages / (x.floorMs / 1000)).toFixed(0), '', ''],
      [`ours (lib/pdf/extract-text.ts, ${PAGES_AHEAD} pages ahead)`, ms(x.oursMs), (x.pages / (x.oursMs / 1000)).toFixed(0), ms(x.longestTaskMs), String(x.longTasks)],
    ]);
    progress(`re-anchoring ${HIGHLIGHTS} highlights in the ${LARGE}-page PDF with lib/pdf alone`);
    const a = await page.evaluate(([url, revised, n]) => window.pdfBench.anchoring(url, revised, n), [server.url('/pack-large.pdf'), server.url('/pack-large-revised.pdf'), HIGHLIGHTS] as const);
    table(`Proxy: re-anchoring ${a.count} highlights in a ${LARGE}-page PDF after its text is read, lib/pdf's placeHighlights alone in a web page (not the viewer: no database, no painting; the real figure is below)`, ['document', 'time', 'correct', 'orphans'], [
      ['the same PDF', ms(a.same.ms), String(a.same.correct), String(a.same.orphans)],
      ['a revised edition (a paragraph inserted on page 1)', ms(a.revised.ms), String(a.revised.correct), String(a.revised.orphans)],
    ]);
    const highlights = await page.evaluate(([url, n]) => window.pdfBench.highlights(url, n), [server.url('/pack-large.pdf'), HIGHLIGHTS] as const);
    await page.close();
    return highlights;
  } finally {
    await session.close();
  }
}

export async function pdfBench(): Promise<void> {
  progress(`writing the PDF benchmark documents (100 and ${LARGE} pages)`);
  const server = await startBytesServer({
    '/pack-100.pdf': pdfRoute(await pack(100)),
    '/pack-large.pdf': pdfRoute(await pack(LARGE)),
    '/pack-large-revised.pdf': pdfRoute(await pack(LARGE, 'revised')),
    '/pack-large-twin.pdf': pdfRoute(await pack(LARGE, 'twin')),
  });
  try {
    await benchPage(server);
    // Its browser is closed before the viewer's figure starts its own, so they do not share the CPU.
    const highlights = await chromiumFigures(server);
    await pdfViewerAnchoringBench(highlights, server.url('/pack-large.pdf'), server.url('/pack-large-twin.pdf'), LARGE, VIEWER_RUNS);
  } finally {
    await server.close();
  }
}
