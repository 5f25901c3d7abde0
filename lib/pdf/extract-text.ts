// Reads a PDF's text page by page with PDF.js, reporting progress as it goes, so a
// 300-page document stays responsive: PDF.js extracts text in its worker, and the
// page awaits each answer, leaving the main thread free between pages. A few pages
// are requested ahead so the worker is never idle while the page handles an answer.
import { type DocumentText, joinPages, pageText } from './document-text';

/** The part of PDF.js's PDFDocumentProxy read here (also what tests pass). */
export interface PdfTextSource {
  numPages: number;
  getPage(pageNumber: number): Promise<{ getTextContent(params?: TextContentParams): Promise<{ items: readonly object[] }> }>;
}

interface TextContentParams {
  disableNormalization?: boolean;
}

/**
 * As the viewer's text layer asks for it: un-normalised (ligatures such as "ﬁ" kept), so
 * the model's strings are the layer's own and map onto it exactly. Matching folds
 * ligatures itself (NFKD in lib/matching/tokens.ts).
 */
const TEXT_CONTENT_PARAMS: TextContentParams = { disableNormalization: true };

/**
 * Pages requested ahead of the one being read. The worker answers in order; four
 * keeps it busy through the main thread's pauses without holding many pages' text
 * items in memory at once.
 */
export const PAGES_AHEAD = 4;

export type ExtractionProgress = (pagesDone: number, pageCount: number) => void;

async function readPage(pdf: PdfTextSource, pageNumber: number): Promise<string> {
  const page = await pdf.getPage(pageNumber);
  return pageText((await page.getTextContent(TEXT_CONTENT_PARAMS)).items);
}

/**
 * The document's text (document-text.ts). `signal` stops the reading (a newer
 * document replaced this one): the promise then rejects with the signal's reason.
 */
export async function extractDocumentText(
  pdf: PdfTextSource,
  onProgress: ExtractionProgress = () => undefined,
  signal?: AbortSignal,
): Promise<DocumentText> {
  const pages: string[] = [];
  const pending = new Map<number, Promise<string>>();
  const request = (n: number) => {
    if (n <= pdf.numPages && !pending.has(n)) pending.set(n, readPage(pdf, n));
  };
  for (let n = 1; n <= pdf.numPages; n++) {
    signal?.throwIfAborted();
    for (let ahead = n; ahead <= n + PAGES_AHEAD; ahead++) request(ahead);
    pages.push(await (pending.get(n) as Promise<string>));
    pending.delete(n);
    onProgress(n, pdf.numPages);
  }
  return joinPages(pages);
}
