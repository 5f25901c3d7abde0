// "Capture this PDF as a statement": what the capture page is handed for a PDF, through
// the same handoff as a web page (the background's startCapture): its address, title,
// author and creation date from the document information, and its text. A PDF opened
// from disk has no address a statement could be recognised by, so it is not offered.
import { MAX_PAGE_CHARS } from '../dom/page-text';
import type { CaptureInput } from '../messaging/page-input';
import type { DocumentText } from './document-text';
import type { PdfIdentity } from './identity';
import type { PdfMetadata } from './pdf-metadata';

export function pdfCaptureInput(identity: PdfIdentity, metadata: PdfMetadata, doc: DocumentText): CaptureInput | null {
  const text = doc.text.trim();
  if (!identity.url || !text) return null;
  return {
    url: identity.url,
    metadata: {
      title: metadata.title,
      ...(metadata.author ? { author: metadata.author } : {}),
      ...(metadata.publishedDate ? { publishedDate: metadata.publishedDate } : {}),
      canonicalUrl: identity.url,
      mainText: text.slice(0, MAX_PAGE_CHARS),
    },
  };
}
