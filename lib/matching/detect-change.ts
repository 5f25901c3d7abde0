// Detection of a live page's update in proportion to what changed. The content
// script sends only the span that changed (lib/dom/text-change.ts); the background
// holds the page's previous detection, and here detects again only a window of the
// new text around the change, keeping what it found elsewhere (moved by the change's
// length when after it). A 100k-word page that gains a paragraph is fingerprinted,
// looked up and aligned for that paragraph and its surroundings, not for 100k words.
import type { TextChange } from '../dom/text-change';
import type { FingerprintStore } from './index-types';
import { type DetectParams, DEFAULT_DETECT_PARAMS, type DetectedQuote, type Detection, detect } from './detect';
import { type Occurrence, locatedFrom } from './occurrences';

/**
 * Unchanged characters detected again on each side of a change (about 650 words): a
 * quotation the change completes, or cuts into, is found again whole as long as it
 * reaches no further than this from the change. Quotations found before that reach
 * into the window are detected again whole however long they are (the window grows
 * to take them in).
 */
export const CHANGE_CONTEXT_CHARS = 4_000;

/** A window of text: [start, end) offsets. */
interface Span {
  start: number;
  end: number;
}

const spanOf = (o: Occurrence): Span => ({ start: o.ranges[0]?.start ?? 0, end: o.ranges.at(-1)?.end ?? 0 });

const shifted = (o: Occurrence, by: number): Occurrence =>
  by === 0 ? o : { ...o, ranges: o.ranges.map((r) => ({ start: r.start + by, end: r.end + by })) };

/** Back to just after whitespace (or the text's start): a window never starts inside a word. */
function wordStart(text: string, at: number): number {
  let i = Math.max(0, at);
  while (i > 0 && !/\s/.test(text[i - 1] ?? '')) i--;
  return i;
}

/** On to whitespace (or the text's end): a window never ends inside a word. */
function wordEnd(text: string, at: number): number {
  let i = Math.min(text.length, at);
  while (i < text.length && !/\s/.test(text[i] ?? '')) i++;
  return i;
}

/**
 * The window around `change` to detect again, in the previous text's offsets (`old`)
 * and the new text's (`now`): the change with CHANGE_CONTEXT_CHARS each side, widened
 * to whole words and to take in every previous occurrence it touches.
 */
export function changeWindow(previous: Detection, change: TextChange, next: string): { old: Span; now: Span } {
  const delta = change.inserted.length - change.deleted;
  const occurrences = previous.quotes.flatMap((q) => q.occurrences.map(spanOf));
  let start = change.start - CHANGE_CONTEXT_CHARS;
  let end = change.start + change.deleted + CHANGE_CONTEXT_CHARS; // in the previous text
  for (;;) {
    // Before the change both texts agree; after it, the new text is the old moved by delta.
    const nowStart = wordStart(next, Math.min(start, change.start));
    const nowEnd = wordEnd(next, Math.max(end + delta, change.start + change.inserted.length));
    const oldStart = nowStart;
    const oldEnd = nowEnd - delta;
    const touched = occurrences.filter((o) => o.start < oldEnd && o.end > oldStart);
    const widerStart = Math.min(oldStart, ...touched.map((o) => o.start));
    const widerEnd = Math.max(oldEnd, ...touched.map((o) => o.end));
    if (widerStart === oldStart && widerEnd === oldEnd) return { old: { start: oldStart, end: oldEnd }, now: { start: nowStart, end: nowEnd } };
    start = widerStart;
    end = widerEnd;
  }
}

/**
 * The detection of `next`, the text `change` makes of the one `previous` was detected
 * on: the quotes found outside the change's window are kept (moved when after it),
 * the window is detected again. Which statement the page is a copy of is a judgement
 * on its whole text, made when the text was sent whole; an update keeps it.
 */
export async function detectChange(
  previous: Detection,
  change: TextChange,
  next: string,
  store: FingerprintStore,
  params: DetectParams = DEFAULT_DETECT_PARAMS,
): Promise<Detection> {
  const window = changeWindow(previous, change, next);
  const delta = change.inserted.length - change.deleted;
  const found = await detect(next.slice(window.now.start, window.now.end), store, params);

  const byQuote = new Map<string, { statementId: string; occurrences: Occurrence[] }>();
  const add = (quote: DetectedQuote, occurrence: Occurrence) => {
    const entry = byQuote.get(quote.quoteId) ?? { statementId: quote.statementId, occurrences: [] };
    entry.occurrences.push(occurrence);
    byQuote.set(quote.quoteId, entry);
  };
  for (const quote of previous.quotes) {
    for (const occurrence of quote.occurrences) {
      const { start, end } = spanOf(occurrence);
      if (end <= window.old.start) add(quote, occurrence);
      else if (start >= window.old.end) add(quote, shifted(occurrence, delta));
    }
  }
  for (const quote of found.quotes) for (const occurrence of quote.occurrences) add(quote, shifted(occurrence, window.now.start));

  const quotes = [...byQuote].flatMap(([quoteId, { statementId, occurrences }]) => {
    const located = locatedFrom(occurrences);
    return located ? [{ quoteId, statementId, ...located }] : [];
  });
  quotes.sort((a, b) => (a.ranges[0]?.start ?? 0) - (b.ranges[0]?.start ?? 0) || (a.quoteId < b.quoteId ? -1 : 1));
  return { statements: previous.statements, quotes };
}
