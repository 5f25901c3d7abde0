// Anchoring compares text with every run of whitespace collapsed to one space, and
// maps what it finds back to offsets in the original. Pages are re-flowed all the
// time (indentation, line breaks, non-breaking spaces, a <br> turned into a space),
// and counting each such change as an edit would spend a quote's error budget on
// nothing a reader can see; collapsed, a re-flowed quote still matches exactly.
// Selectors keep offsets in the page text model itself (lib/dom/page-text.ts), so
// collapsing is internal to anchoring and never stored. The map back is sparse (one
// entry per run of two or more whitespace characters), so reading a big page costs
// one regular-expression pass and little memory.

export interface CollapsedText {
  /** The text with each whitespace run replaced by one space (nothing trimmed). */
  readonly text: string;
  /**
   * Where the original has runs of two or more whitespace characters:
   * from collapsed offset collapsedAt[k] on, removed[k] characters (in total) have
   * been dropped before it. Both ascending.
   */
  readonly collapsedAt: Int32Array;
  readonly removed: Int32Array;
}

/**
 * Whitespace that collapsing changes: a run of two or more, or one character that
 * is not a plain space. Leaving single spaces alone (most of them) makes collapsing
 * a big page several times faster than replacing every run.
 */
const CHANGED_WHITESPACE = /\s\s+|(?! )\s/g;

export function collapseText(original: string): CollapsedText {
  const collapsedAt: number[] = [];
  const removed: number[] = [];
  let dropped = 0;
  for (const run of original.matchAll(/\s{2,}/g)) {
    dropped += run[0].length - 1;
    // The run's one kept space is at run.index − (dropped before it); what follows it has moved by `dropped`.
    collapsedAt.push(run.index + run[0].length - dropped);
    removed.push(dropped);
  }
  return {
    text: original.replace(CHANGED_WHITESPACE, ' '),
    collapsedAt: Int32Array.from(collapsedAt),
    removed: Int32Array.from(removed),
  };
}

/** Collapses a short string (a quote or its context) the same way, without a map. */
export function collapseString(original: string): string {
  return original.replace(CHANGED_WHITESPACE, ' ');
}

/** The number of entries of an ascending array that are at most `value`. */
function countAtMost(sorted: Int32Array, value: number, plus: (k: number) => number = () => 0): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) + plus(mid) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original offset of collapsed offset `offset`. */
export function toOriginalOffset(collapsed: CollapsedText, offset: number): number {
  const k = countAtMost(collapsed.collapsedAt, offset);
  return offset + (k > 0 ? (collapsed.removed[k - 1] as number) : 0);
}

/** The collapsed offset of original offset `offset`; inside a whitespace run, that of its one space. */
export function toCollapsedOffset(collapsed: CollapsedText, offset: number): number {
  const { collapsedAt, removed } = collapsed;
  // Entries whose first moved character is at or before `offset` in the original.
  const k = countAtMost(collapsedAt, offset, (i) => removed[i] as number);
  const position = offset - (k > 0 ? (removed[k - 1] as number) : 0);
  // An offset in the dropped part of the next run belongs to that run's space.
  const next = collapsedAt[k];
  return next === undefined ? position : Math.min(position, next - 1);
}

/** Original offsets [start, end) of collapsed span [start, end), which must be non-empty. */
export function toOriginalSpan(collapsed: CollapsedText, start: number, end: number): { start: number; end: number } {
  return { start: toOriginalOffset(collapsed, start), end: toOriginalOffset(collapsed, end - 1) + 1 };
}
