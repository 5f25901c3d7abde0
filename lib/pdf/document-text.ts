// The text model of a PDF: each page's text as PDF.js gives it (its text items in
// content order, a line break where an item ends a line), pages joined by a blank
// line. Detection, W3C selectors and re-anchoring all use this one string, as they
// use the page text model on web pages, and the text layer maps back onto it
// (text-layer-map.ts).

import { lastStartAtOrBefore } from '../sorted-starts';

/** Between pages: a blank line, so words of adjacent pages never run together. */
export const PAGE_SEPARATOR = '\n\n';

/** What this module reads of a PDF.js text item (TextItem; marked-content items carry no `str`). */
export interface TextItemLike {
  str: string;
  hasEOL?: boolean;
}

export interface DocumentText {
  text: string;
  /** pageStarts[i] is where page i + 1 begins in text; ascending. */
  pageStarts: number[];
}

const isTextItem = (item: object): item is TextItemLike => typeof (item as Partial<TextItemLike>).str === 'string';

/** One page's text from its text content items, as the text layer lays it out. */
export function pageText(items: readonly object[]): string {
  let text = '';
  for (const item of items) {
    if (!isTextItem(item)) continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text;
}

/** The document's text from its pages' texts, in page order. */
export function joinPages(pages: readonly string[]): DocumentText {
  const pageStarts: number[] = [];
  let length = 0;
  pages.forEach((page, i) => {
    if (i > 0) length += PAGE_SEPARATOR.length;
    pageStarts.push(length);
    length += page.length;
  });
  return { text: pages.join(PAGE_SEPARATOR), pageStarts };
}

/** The 1-based page holding text offset `offset` (the last page starting at or before it). */
export function pageOfOffset(doc: DocumentText, offset: number): number {
  return lastStartAtOrBefore(doc.pageStarts, offset) + 1;
}

/** Offsets [start, end) of 1-based page `page` in the document's text. */
export function pageSpan(doc: DocumentText, page: number): { start: number; end: number } {
  const start = doc.pageStarts[page - 1] ?? doc.text.length;
  const next = doc.pageStarts[page];
  return { start, end: next === undefined ? doc.text.length : next - PAGE_SEPARATOR.length };
}
