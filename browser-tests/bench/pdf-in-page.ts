// The PDF benchmark's in-page part, bundled by pdf-bench.ts with esbuild and run in
// Chromium on a page served on 127.0.0.1: PDF.js (the extension's own version and
// modules) reads a 300-page PDF's text with our page-by-page extraction and with
// PDF.js's plain getTextContent loop as the floor; re-anchors 200 highlights with
// lib/pdf alone (a proxy for the viewer); and writes the 200 highlights that the
// viewer's own figure (pdf-viewer-bench.ts) imports into the extension.
import { GlobalWorkerOptions, type PDFDocumentProxy, getDocument } from 'pdfjs-dist';
import { type DocumentText } from '../../lib/pdf/document-text';
import { extractDocumentText } from '../../lib/pdf/extract-text';
import { highlightAddress, pdfIdentity } from '../../lib/pdf/identity';
import { describePdfOffsets, placeHighlights } from '../../lib/pdf/pdf-highlights';
import type { Annotation } from '../../lib/schema';

GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';

const open = async (url: string): Promise<PDFDocumentProxy> => getDocument({ url, isEvalSupported: false }).promise;

/** Longest main-thread task seen while `work` runs (PerformanceObserver 'longtask': tasks over 50 ms). */
async function withLongTasks<T>(work: () => Promise<T>): Promise<{ result: T; longestTaskMs: number; longTasks: number }> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => durations.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  const result = await work();
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return { result, longestTaskMs: Math.max(0, ...durations), longTasks: durations.length };
}

/** PDF.js's own loop: each page's text content, one page after another. */
async function floorLoop(pdf: PDFDocumentProxy): Promise<number> {
  let chars = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    const { items } = await (await pdf.getPage(n)).getTextContent({ disableNormalization: true });
    for (const item of items) if ('str' in item) chars += item.str.length;
  }
  return chars;
}

/** Runs `read` on a freshly opened copy (PDF.js caches a page's text once read). */
async function timed(url: string, read: (pdf: PDFDocumentProxy) => Promise<unknown>) {
  const pdf = await open(url);
  const start = performance.now();
  const { longestTaskMs, longTasks } = await withLongTasks(() => read(pdf));
  const ms = performance.now() - start;
  const pages = pdf.numPages;
  await pdf.destroy();
  return { ms, pages, longestTaskMs, longTasks };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Floor and ours alternately, `rounds` times each, so neither gains from running second. */
async function extraction(url: string, rounds: number) {
  const floor: Awaited<ReturnType<typeof timed>>[] = [];
  const ours: Awaited<ReturnType<typeof timed>>[] = [];
  let chars = 0;
  for (let round = 0; round < rounds; round++) {
    floor.push(await timed(url, floorLoop));
    ours.push(await timed(url, async (pdf) => (chars = (await extractDocumentText(pdf)).text.length)));
  }
  return {
    pages: ours[0]?.pages ?? 0,
    chars,
    floorMs: median(floor.map((r) => r.ms)),
    oursMs: median(ours.map((r) => r.ms)),
    longestTaskMs: Math.max(...ours.map((r) => r.longestTaskMs)),
    longTasks: Math.max(...ours.map((r) => r.longTasks)),
  };
}

/** The characters each benchmark highlight covers: a sentence's length. */
const HIGHLIGHT_CHARS = 80;

/** Every `step`-th sentence-sized span of the text, saved as a highlight on the PDF at `address` (deterministic). */
function highlightsOn(doc: DocumentText, fingerprints: readonly (string | null)[], address: string, count: number): Annotation[] {
  const identity = pdfIdentity(fingerprints, address);
  const step = Math.floor(doc.text.length / (count + 1));
  return Array.from({ length: count }, (_, i) => {
    const at = doc.text.indexOf(' ', (i + 1) * step) + 1;
    const selection = describePdfOffsets(doc, at, at + HIGHLIGHT_CHARS);
    if (!selection) throw new Error('no selection');
    return {
      id: `hl-bench-${i}`,
      origin: 'user',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      url: highlightAddress(identity),
      pageTitle: 'Briefing pack',
      target: { source: highlightAddress(identity), selector: [selection.quote, selection.position] },
      note: '',
      tags: [],
      colour: 'yellow',
      topicIds: [],
      pdf: { fingerprint: identity.fingerprint, page: selection.page },
    } satisfies Annotation;
  });
}

/** The PDF's text, read as the viewer reads it, with its fingerprints. */
async function readText(url: string) {
  const pdf = await open(url);
  const doc = await extractDocumentText(pdf);
  const { fingerprints } = pdf;
  await pdf.destroy();
  return { doc, fingerprints };
}

/** `count` highlights spread over the PDF at `url`, for the viewer's figure to import. */
async function highlights(url: string, count: number): Promise<Annotation[]> {
  const { doc, fingerprints } = await readText(url);
  return highlightsOn(doc, fingerprints, url, count);
}

async function anchoring(url: string, revisedUrl: string, count: number) {
  const { doc, fingerprints } = await readText(url);
  const revised = (await readText(revisedUrl)).doc;
  const saved = highlightsOn(doc, fingerprints, url, count);
  const time = (text: DocumentText) => {
    const start = performance.now();
    const placed = placeHighlights(text, saved);
    const ms = performance.now() - start;
    // The same words (whitespace aside: a revision moves page and line breaks).
    const words = (s: string) => s.replace(/\s+/g, ' ');
    const correct = placed.filter((p) => p.anchor && words(text.text.slice(p.anchor.start, p.anchor.end)) === words(p.annotation.target.selector[0].exact)).length;
    return { ms, correct, orphans: placed.filter((p) => !p.anchor).length };
  };
  return { count, same: time(doc), revised: time(revised) };
}

declare global {
  interface Window {
    pdfBench: { extraction: typeof extraction; anchoring: typeof anchoring; highlights: typeof highlights };
  }
}

window.pdfBench = { extraction, anchoring, highlights };
