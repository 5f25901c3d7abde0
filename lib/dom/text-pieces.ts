// A page's text as a few pieces (the text read whole, then the changes read since), so
// that following a live page's change costs what changed. In V8 slicing a plain string
// is free (the slice points into it), but slicing a string built with `+` first copies
// all of it into one: splicing a change into the middle of a 100k-word page's text
// (a paragraph added above its footer) copied about a megabyte at every update. Here
// a change only slices the two pieces it touches; the text is joined into one string
// only when something needs it whole (a first send, anchoring highlights).

/** Beyond this many pieces they are joined back into one (rarely: a live page adds two per change). */
const MAX_PIECES = 64;

export interface TextPieces {
  readonly length: number;
  /** The text in [start, end), like String.prototype.slice with non-negative bounds. */
  slice(start: number, end: number): string;
  /** The text with [start, end) replaced by `inserted`; this one is left as it was. */
  splice(start: number, end: number, inserted: string): TextPieces;
  /** The whole text (joined once, then remembered). */
  toString(): string;
}

export function textPieces(text: string): TextPieces {
  return fromPieces([text]);
}

function fromPieces(initial: readonly string[]): TextPieces {
  let pieces = initial.length > MAX_PIECES ? [initial.join('')] : initial;
  const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  /** The pieces' parts overlapping [start, end). */
  const parts = (start: number, end: number): string[] => {
    const out: string[] = [];
    let at = 0;
    for (const piece of pieces) {
      const next = at + piece.length;
      if (next > start && at < end) out.push(piece.slice(Math.max(0, start - at), Math.min(piece.length, end - at)));
      at = next;
      if (at >= end) break;
    }
    return out;
  };
  return {
    length,
    slice: (start, end) => parts(start, Math.min(end, length)).join(''),
    splice: (start, end, inserted) => fromPieces([...parts(0, start), inserted, ...parts(end, length)].filter((piece) => piece !== '')),
    toString() {
      if (pieces.length !== 1) pieces = [pieces.join('')];
      return pieces[0] ?? '';
    },
  };
}
