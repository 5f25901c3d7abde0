// PDF.js in Node, for the unit tests and the fixture checks: its legacy build runs
// on Node 20 with its worker in the same thread. The extension uses the modern build.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';

export function openPdfInNode(data: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes ownership of the buffer it is given: pass a copy.
  return getDocument({ data: data.slice(), verbosity: 0, isEvalSupported: false }).promise;
}
