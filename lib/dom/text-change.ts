// A live page's text usually changes in one place (a paragraph loaded, a comment
// added, a ticker updated). Instead of sending the whole text again (about 600 KB for
// 100k words) with every update, the content script sends what changed: one span of
// the text it sent last, replaced by new characters. The background keeps that last
// text per frame and applies the change (lib/messaging/page-texts.ts).

/** The background's answer to a change made against a text it no longer holds: send the whole text again. */
export const STALE_TEXT_ERROR = 'The background no longer holds the text this change was made against';

/** Replace `deleted` characters at `start` of the previous text by `inserted`. */
export interface TextChange {
  start: number;
  deleted: number;
  inserted: string;
}

/** The one span where `next` differs from `previous` (their common start and end left out). */
export function textChange(previous: string, next: string): TextChange {
  const shorter = Math.min(previous.length, next.length);
  let start = 0;
  while (start < shorter && previous.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && previous.charCodeAt(previous.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  return { start, deleted: previous.length - start - end, inserted: next.slice(start, next.length - end) };
}

/** The text after `change`; null when the change does not fit `previous` (it was made against another text). */
export function applyTextChange(previous: string, change: TextChange): string | null {
  const { start, deleted, inserted } = change;
  if (start < 0 || deleted < 0 || start + deleted > previous.length) return null;
  return previous.slice(0, start) + inserted + previous.slice(start + deleted);
}

/** A text, or anything that can give its length and a slice of it (lib/dom/text-pieces.ts). */
export interface Sliceable {
  readonly length: number;
  slice(start: number, end: number): string;
}

/**
 * One change doing what `first` then `second` did (`second` made against the text `first`
 * gave), given the text after both: the span from the earlier start to the later end, so
 * several small edits not yet sent become one.
 */
export function mergeChanges(first: TextChange, second: TextChange, after: Sliceable): TextChange {
  const { length } = after;
  const middle = length - second.inserted.length + second.deleted; // the text's length between the two changes
  const base = middle - first.inserted.length + first.deleted; // and before the first
  // What both leave alone at the end of the text.
  const tail = Math.min(middle - first.start - first.inserted.length, middle - second.start - second.deleted);
  const start = Math.min(first.start, second.start);
  return { start, deleted: base - start - tail, inserted: after.slice(start, length - tail) };
}
