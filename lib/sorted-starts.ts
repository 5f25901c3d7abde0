// Where an offset falls in a text made of consecutive pieces (a page's text nodes, a
// PDF's pages), given the ascending offsets where the pieces start. One binary
// search, shared by the web page's text model (lib/dom/page-text.ts) and the PDF's
// (lib/pdf/document-text.ts), so the two never drift apart.

/**
 * The index of the last start at or before `offset` in ascending `starts`: the piece
 * holding `offset`. An offset before the first start, or an empty list, gives 0.
 */
export function lastStartAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? Infinity) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
