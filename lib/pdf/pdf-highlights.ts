// Highlights in a PDF: a selection becomes W3C selectors over the document's text
// (TextQuoteSelector, TextPositionSelector) plus its page, and saved highlights are
// re-anchored on the document's text each time it is opened, with the same anchoring
// as web pages, so a revised PDF (a paragraph inserted, a page added) still shows them
// and a highlight whose words are gone is kept as an orphan.
import { type Anchor, anchorAll } from '../anchoring/anchor';
import { type QuoteSelectors, describeOffsets } from '../anchoring/describe';
import type { Annotation } from '../schema';
import type { NewAnnotation } from '../storage/annotations';
import { type DocumentText, pageOfOffset } from './document-text';
import { type PdfIdentity, highlightAddress } from './identity';

export interface PdfSelection extends QuoteSelectors {
  /** 1-based page the selection starts on. */
  page: number;
}

/** Selectors for offsets [start, end) of the document's text; null when only whitespace is selected. */
export function describePdfOffsets(doc: DocumentText, start: number, end: number): PdfSelection | null {
  const described = describeOffsets(doc.text, start, end);
  return described && { ...described, page: pageOfOffset(doc, described.position.start) };
}

/** What storage needs to save a selection in this document as a highlight. */
export function newPdfAnnotation(identity: PdfIdentity, title: string, selection: PdfSelection, statementId?: string): NewAnnotation {
  return {
    url: highlightAddress(identity),
    pageTitle: title,
    quote: selection.quote,
    position: selection.position,
    pdf: { fingerprint: identity.fingerprint, page: selection.page },
    ...(statementId ? { statementId } : {}),
  };
}

export interface PlacedHighlight {
  annotation: Annotation;
  /** Where it is in the document's text now; null for an orphan. */
  anchor: Anchor | null;
  /** The page it is on now; null for an orphan. */
  page: number | null;
}

/** Re-anchors saved highlights on the document's text (in one pass, see lib/anchoring/anchor.ts). */
export function placeHighlights(doc: DocumentText, annotations: readonly Annotation[]): PlacedHighlight[] {
  const anchors = anchorAll(
    doc.text,
    annotations.map((a) => ({ quote: a.target.selector[0], position: a.target.selector[1] })),
  );
  return annotations.map((annotation, i) => {
    const anchor = anchors[i] ?? null;
    return { annotation, anchor, page: anchor ? pageOfOffset(doc, anchor.start) : null };
  });
}
