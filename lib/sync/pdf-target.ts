// Highlights in PDFs, in and out of W3C Web Annotation and Hypothesis files. As the
// Hypothesis client does, a PDF is named by `urn:x-pdf:<fingerprint>` (the target's
// source, or for a PDF on the web among the document's links) and the page by a
// PageSelector (0-based `index`, printed `label`), so Hypothesis's PDF annotations
// import onto the same document and ours carry the same identity out.
import { fingerprintOfUrn, pdfUrn } from '../pdf/identity';
import type { Annotation, PdfLocation } from '../schema';

/** Hypothesis's selector for the page a PDF annotation is on. */
export interface PageSelector {
  type: 'PageSelector';
  index: number;
  label: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The addresses a Hypothesis `document` lists (`link[].href`), where a PDF's urn:x-pdf: is. */
export function documentLinks(document: unknown): string[] {
  if (!isObject(document) || !Array.isArray(document.link)) return [];
  return document.link.flatMap((link) => (isObject(link) && typeof link.href === 'string' ? [link.href] : []));
}

/** The PDF and page an imported annotation is on, if any of its addresses is a urn:x-pdf:. */
export function pdfLocationOf(addresses: readonly unknown[], selectors: readonly unknown[]): PdfLocation | undefined {
  const fingerprint = addresses.map((a) => (typeof a === 'string' ? fingerprintOfUrn(a) : null)).find((f) => f !== null);
  if (!fingerprint) return undefined;
  const page = selectors.find((s): s is Record<string, unknown> => isObject(s) && s.type === 'PageSelector');
  const index = page?.index;
  return { fingerprint, page: typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index + 1 : 1 };
}

/** A W3C target for a highlight: a PDF's is its urn:x-pdf: with a PageSelector after the text selectors. */
export function webAnnotationTarget(a: Annotation): {
  source: string;
  selector: [Annotation['target']['selector'][0], Annotation['target']['selector'][1], ...PageSelector[]];
} {
  if (!a.pdf) return { source: a.target.source, selector: a.target.selector };
  return {
    source: pdfUrn(a.pdf.fingerprint),
    selector: [...a.target.selector, { type: 'PageSelector', index: a.pdf.page - 1, label: String(a.pdf.page) }],
  };
}
