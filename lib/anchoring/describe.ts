// Turns what the user selected into the W3C selectors a highlight is saved as: the
// quoted text with some context either side (TextQuoteSelector), and where it was
// (TextPositionSelector). Offsets are in the page text model of
// lib/dom/page-text.ts, the same string anchoring searches on a later visit, so a
// highlight described and re-anchored on an unchanged page lands where it was.
import type { TextPositionSelector, TextQuoteSelector } from '../schema';
import type { PageText } from '../dom/page-text';

/**
 * Characters of context kept on each side of a quote. 32, as the Hypothesis client
 * keeps: about five words, enough to tell apart repeated occurrences of a short
 * quote, short enough that an edit near the quote rarely reaches it.
 */
export const CONTEXT_CHARS = 32;

export interface QuoteSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

const isWhitespace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/**
 * Selectors for text offsets [start, end) of `text`. The span is first trimmed of
 * whitespace at both ends (a triple-click takes the paragraph's line break with it,
 * and whitespace is what pages re-flow most); null when nothing but whitespace is left.
 */
export function describeOffsets(text: string, start: number, end: number): QuoteSelectors | null {
  let from = Math.max(0, start);
  let to = Math.min(text.length, end);
  while (from < to && isWhitespace(text[from])) from++;
  while (to > from && isWhitespace(text[to - 1])) to--;
  if (from >= to) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - CONTEXT_CHARS), from),
      suffix: text.slice(to, to + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}

/**
 * Where a boundary point lies relative to a range (−1 before, 0 inside, 1 after),
 * or null when the node is no longer in the range's document: the extraction is
 * older than the DOM and cannot describe it.
 */
function compare(range: Range, node: Node, offset: number): number | null {
  try {
    return range.comparePoint(node, offset);
  } catch {
    return null;
  }
}

/** The first index in [0, count) for which `test` is true (count if none); `test` must be monotone. */
function firstWhere(count: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Text offsets [start, end) of a DOM range in `page`. Boundaries may sit in text
 * nodes or between an element's children (a triple-click ends at the start of the
 * next block; selectNodeContents gives element offsets), or inside text the model
 * skips (a script, the extension's own UI): each is resolved to the nearest text
 * the model holds, by binary search over its nodes in document order.
 */
export function offsetsFromRange(page: PageText, range: Range): { start: number; end: number } | null {
  const { nodes, starts } = page;
  let stale = false;
  const where = (node: Text, offset: number): number => {
    const result = compare(range, node, offset);
    if (result === null) stale = true;
    return result ?? 0;
  };
  // The first node that ends at or after the range's start…
  const first = firstWhere(nodes.length, (i) => where(nodes[i] as Text, (nodes[i] as Text).data.length) >= 0);
  // …and the last node that begins at or before its end.
  const last = firstWhere(nodes.length, (i) => where(nodes[i] as Text, 0) > 0) - 1;
  if (stale || first > last) return null;
  const firstNode = nodes[first] as Text;
  const lastNode = nodes[last] as Text;
  const start = (starts[first] as number) + (firstNode === range.startContainer ? range.startOffset : 0);
  const end = (starts[last] as number) + (lastNode === range.endContainer ? range.endOffset : lastNode.data.length);
  return end > start ? { start, end } : null;
}

/** Selectors for a DOM range (the user's selection) in a page read by extractPageText. */
export function describeRange(page: PageText, range: Range): QuoteSelectors | null {
  const offsets = offsetsFromRange(page, range);
  return offsets && describeOffsets(page.text, offsets.start, offsets.end);
}
