// Finds the double-quoted passages of a text. Typography varies by site (straight
// " or curly “ ”), and British style continues one quotation over several paragraphs
// by reopening each paragraph with a mark and closing only the last; a naive
// "between two marks" pairing would then take the gap between paragraphs for a
// quote. Single quotes are left alone: they are also apostrophes, and news sites use
// them for titles and scare quotes ('cut bureaucracy'), not for speech.

export interface QuotationSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or the end of the last paragraph when none closes it). */
  close: number;
  /** The quoted words: [start, end) excludes the enclosing marks but keeps marks that reopen paragraphs. */
  start: number;
  end: number;
  /** Whether a closing mark was found; an unclosed span is less certain. */
  closed: boolean;
}

const OPENING = new Set(['“', '"', '„']);
const CLOSING = new Set(['”', '"']);

/** A quotation still open at a line end continues when the next paragraph reopens it with a mark. */
function reopeningMarkAfter(text: string, lineEnd: number): number | undefined {
  let i = lineEnd;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i < text.length && OPENING.has(text[i] as string) ? i : undefined;
}

/** Trims whitespace inside the marks so the span is the words themselves. */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return [start, end];
}

export function findQuotationSpans(text: string): QuotationSpan[] {
  const spans: QuotationSpan[] = [];
  let open = -1;
  const finish = (end: number, close: number, closed: boolean): void => {
    const [s, e] = trimmed(text, open + 1, end);
    if (e > s) spans.push({ open, close, start: s, end: e, closed });
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (open < 0) {
      // A closing-only mark (”) with nothing open is stray; a straight one opens.
      if (OPENING.has(ch)) open = i;
      continue;
    }
    if (ch === '\n') {
      const reopen = reopeningMarkAfter(text, i);
      if (reopen !== undefined) {
        i = reopen; // the reopening mark belongs to the quotation
        continue;
      }
      // The paragraph ended with the quotation open and the next does not reopen it.
      let end = i;
      while (end > open && /\s/.test(text[end - 1] as string)) end--;
      finish(end, end, false);
      continue;
    }
    if (CLOSING.has(ch)) finish(i, i + 1, true);
  }
  if (open >= 0) finish(text.length, text.length, false);
  return spans;
}
