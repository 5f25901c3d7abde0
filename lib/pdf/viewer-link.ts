// The address of the extension's PDF viewer for a document and, optionally, one of its
// highlights: `pdf-viewer.html?file=<PDF address>#policy-lens-highlight=<id>`. A PDF from
// disk has no address to give; the viewer then asks for the file.
import { HIGHLIGHT_FRAGMENT } from '../highlights/open-link';
import type { Annotation } from '../schema';
import { cleanUrl } from '../url-key';

export const VIEWER_PATH = '/pdf-viewer.html';
export const FILE_PARAM = 'file';

/** Path and query of the viewer for a PDF at `address` (a web address), or of the empty viewer. */
export function viewerPath(address?: string, highlightId?: string): `${typeof VIEWER_PATH}${string}` {
  const query = address ? `?${FILE_PARAM}=${encodeURIComponent(address)}` : '';
  const fragment = highlightId ? `#${HIGHLIGHT_FRAGMENT}=${encodeURIComponent(highlightId)}` : '';
  return `${VIEWER_PATH}${query}${fragment}`;
}

/** The viewer opened at a highlight in a PDF (whose url is its web address, or its urn when from disk). */
export function pdfHighlightPath(annotation: Pick<Annotation, 'id' | 'url'>): `${typeof VIEWER_PATH}${string}` {
  return viewerPath(cleanUrl(annotation.url) ?? undefined, annotation.id);
}

/** The PDF address a viewer location names (`?file=`), if it is a web address. */
export function fileFromSearch(search: string): string | null {
  const file = new URLSearchParams(search).get(FILE_PARAM);
  return file === null ? null : cleanUrl(file);
}
