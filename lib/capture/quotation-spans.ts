// Finds the quoted passages of a text, in double marks (straight " or curly “ ”) and
// in single marks (British house style: ‘…’ or '…'). Single marks are also
// apostrophes, so a single mark opens a quotation only after a space or an opening
// bracket and before a letter, and closes one only after a non-space and before a
// non-letter: "don’t", "curate’s" and "people’s" never open or close anything. A
// quotation in the other kind of mark inside one is nested and part of it.
// British style continues one quotation over several paragraphs by reopening each
// paragraph with a mark and closing only the last; a quotation still open at a line
// break continues when the next line reopens it, when the break is a single one inside
// a sentence (hard-wrapped text), or when a line after a few lines of page furniture
// (a caption, a "Read more" link) reopens it, or when the next few lines, sentences of
// prose holding no mark of its kind but one reopening them (a mark turned the wrong way
// included), lead to one that ends with the mark closing it (a statement pasted with its
// paragraphs not all reopened), and ends there otherwise: a page whose
// lines are its paragraphs does not run an unclosed quotation on through its own
// words. Sloppy copy is tolerated:
// a straight " that opens a word while a straight quotation is open ends it and opens
// the next, and a straight ' quotation may close with a straight ". A right mark ’ opens
// or reopens one where only an opening mark can stand (a CMS's "smart quotes" gone wrong:
// Pulse's "He added: ’I want to pay tribute …"), and is kept only when the quotation it
// opens closes: "nurses’ pay", "it’s" and "’90s" stay apostrophes.

import { isHardWrapped, isWrappedBreak } from './wrapped-lines';

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
  /** The kind of mark that encloses it. */
  marks: 'double' | 'single';
}

type Kind = QuotationSpan['marks'];

const WORD = /[\p{L}\p{N}]/u;
/** What may stand before an opening mark: nothing, a space, or opening punctuation. */
const BEFORE_OPENING = /[\s([{—–\-/“"‘:]/;
/** What may follow an opening single mark: the quoted word, a bracket or an ellipsis. */
const AFTER_SINGLE_OPENING = /[\p{L}\p{N}[(…]/u;

/** A speech colon or comma with its space ("He added: ’I want …"), after which a ’ can only open. */
const SPEECH_PUNCTUATION_BEFORE = /[:,]\s?$/;

const isWord = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);

/**
 * A right mark where only an opening mark can stand: opening a paragraph before a capital
 * ("’More fundamentally, …", never "’90s"), or after a speech colon or comma before a letter.
 * Unsure by nature, so findQuotationSpans keeps the quotation only if it closes.
 */
function rightMarkOpens(text: string, i: number): boolean {
  const after = text[i + 1] ?? '';
  if (i === 0 || text[i - 1] === '\n') return /\p{Lu}/u.test(after);
  return SPEECH_PUNCTUATION_BEFORE.test(text.slice(Math.max(0, i - 2), i)) && /\p{L}/u.test(after);
}

function openerAt(text: string, i: number): Kind | undefined {
  const ch = text[i];
  const before = text[i - 1];
  const after = text[i + 1];
  if (ch === '“' || ch === '„') return 'double';
  if (ch === '"') return (before === undefined || BEFORE_OPENING.test(before)) && !isSpace(after) ? 'double' : undefined;
  if (ch === '‘' || ch === "'") {
    const opensWord = (before === undefined || BEFORE_OPENING.test(before)) && after !== undefined && AFTER_SINGLE_OPENING.test(after);
    return opensWord ? 'single' : undefined;
  }
  if (ch === '’') return rightMarkOpens(text, i) ? 'single' : undefined;
  return undefined;
}

function closesAt(text: string, i: number, kind: Kind): boolean {
  const ch = text[i];
  if (kind === 'double') return ch === '”' || (ch === '"' && !(isSpace(text[i - 1]) && isWord(text[i + 1])));
  return (ch === '’' || ch === "'") && !isSpace(text[i - 1]) && !isWord(text[i + 1]);
}

/**
 * A plural possessive ("members’ pay") inside a single-quoted passage, told apart from its
 * closing mark: a mark still to close the passage follows in the paragraph before any mark
 * opening another, or the paragraph ends open and the next reopens it ("He said: ‘We put up
 * nurses’ pay last month, …¶‘So …"). "warned of ‘huge increases’ in agency costs. ‘What we found
 * …,’ he said" closes at "increases’": the later mark closes the quotation opened after it.
 */
function isPluralPossessive(text: string, i: number, paragraphEnd: number): boolean {
  if (text[i - 1] !== 's' || text[i + 1] !== ' ' || !/\p{Ll}/u.test(text[i + 2] ?? '')) return false;
  for (let j = i + 1; j < paragraphEnd; j++) {
    if (closesAt(text, j, 'single')) return true;
    if (openerAt(text, j) === 'single') return false;
  }
  return reopeningMarkAfter(text, paragraphEnd, 'single') !== undefined;
}

function paragraphEndFrom(text: string, i: number): number {
  const end = text.indexOf('\n', i);
  return end < 0 ? text.length : end;
}

/** Where the next line reopens a quotation of `kind`, if it does. */
function reopeningMarkAfter(text: string, lineEnd: number, kind: Kind): number | undefined {
  let i = lineEnd;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i < text.length && openerAt(text, i) === kind ? i : undefined;
}

/** How many lines of page furniture may stand inside a quotation before a line resumes it. */
const MAX_FURNITURE_LINES = 4;
/** A line ending a sentence or a quotation: the page's own paragraph, not furniture. */
const SENTENCE_END = /[.!”"’']/;

/**
 * A page whose lines are its paragraphs ends a quotation at a line break, unless the quotation
 * resumes after a few lines of page furniture set inside it: a caption ("Image: … File pic: PA"),
 * a "READ MORE: …" link or a list of links, none ending in a full stop, and then a line reopening
 * the quotation with its mark. A line ending a sentence is the page's own paragraph: the writer
 * left the quotation unclosed, and it does not run on through the page's words.
 */
function resumesAfterFurniture(text: string, lineEnd: number, kind: Kind): boolean {
  let at = lineEnd;
  for (let lines = 0; lines < MAX_FURNITURE_LINES; lines++) {
    if (text[at + 1] === '\n' || at + 1 >= text.length) return false; // a blank line ends it
    const end = paragraphEndFrom(text, at + 1);
    let last = end - 1;
    while (last > at && /\s/.test(text[last] as string)) last--;
    if (last === at || SENTENCE_END.test(text[last] as string)) return false;
    if (end < text.length && text[end + 1] !== '\n' && openerAt(text, end + 1) === kind) return true;
    at = end;
  }
  return false;
}

/**
 * How many lines without a mark an unclosed quotation may run through to the line that closes it.
 * A statement pasted as several paragraphs reopens none of them: the League of California Cities'
 * (capture's fresh-set-3) runs three bare paragraphs after the one its opening mark begins.
 */
const MAX_BARE_LINES = 3;

/** The end of a line of the quotation's prose: a heading, a caption or "X said:" is the page's. */
const PROSE_END = /[.!?…]/;

/**
 * A quotation whose writer did not reopen every later paragraph: the next lines hold no mark of its
 * kind but one reopening a line (or the closing mark turned the wrong way for it: "”All schools are
 * working very hard …"), each ends a sentence, until one ends with the mark that closes it ("…the
 * ambulance service will now become like the police service …¶GMB members would like to know …¶The
 * only way … supported by the public.”"). A line holding any other mark of the kind, or ending
 * without a full stop (a subheading, "Stephen Knight … said:"), is the page's. Returns where to read
 * on: the next line's reopening mark, which belongs to the quotation, or `lineEnd`.
 */
function closesAfterBareLines(text: string, lineEnd: number, kind: Kind): number | undefined {
  let at = lineEnd;
  let next: number | undefined;
  for (let lines = 0; lines < MAX_BARE_LINES; lines++) {
    let start = at;
    while (start < text.length && /\s/.test(text[start] as string)) start++;
    if (start >= text.length) return undefined;
    const end = paragraphEndFrom(text, start);
    let last = end - 1;
    while (last > start && /\s/.test(text[last] as string)) last--;
    const reopens = openerAt(text, start) === kind || (closesAt(text, start, kind) && /\p{Lu}/u.test(text[start + 1] ?? ''));
    next ??= reopens ? start : lineEnd;
    for (let j = reopens ? start + 1 : start; j < last; j++) if (openerAt(text, j) === kind || closesAt(text, j, kind)) return undefined;
    if (closesAt(text, last, kind) && !isSpace(text[last - 1])) return next;
    if (!PROSE_END.test(text[last] as string)) return undefined;
    at = end;
  }
  return undefined;
}

/** Trims whitespace inside the marks so the span is the words themselves. */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return [start, end];
}

/**
 * `hardWrapped`: whether the page's lines are wrapped inside paragraphs (wrapped-lines.ts), so that a
 * quotation open at a single line break goes on; pass the page's own reading when `text` is its unwrapped copy.
 */
export function findQuotationSpans(text: string, hardWrapped = isHardWrapped(text)): QuotationSpan[] {
  const spans: QuotationSpan[] = [];
  let open = -1;
  let kind = 'double' as Kind;
  let nested: Kind | undefined;
  /** The right mark ’ that opened or reopened the open quotation (rightMarkOpens), until a mark closes it. */
  let unsure: number | undefined;
  /**
   * Where the last unsure quotation was given up: a ’ before it opens none, since its quotation
   * could close no sooner. Without this, a paragraph of "said: ’A…" runs each read on to its end:
   * 112,000 characters took 11 s.
   */
  let settledTo = -1;
  const finish = (end: number, close: number, closed: boolean): void => {
    const [s, e] = trimmed(text, open + 1, end);
    if (e > s) spans.push({ open, close, start: s, end: e, closed, marks: kind });
    open = -1;
    nested = undefined;
    unsure = undefined;
  };
  const begin = (i: number, k: Kind): void => {
    open = i;
    kind = k;
    nested = undefined;
    unsure = text[i] === '’' ? i : undefined;
  };
  /** Ends the open quotation, unclosed, at the line break before `i`. */
  const endBefore = (i: number): void => {
    let end = i;
    while (end > open && /\s/.test(text[end - 1] as string)) end--;
    finish(end, end, false);
  };
  /** The unsure ’ did not lead to a closing mark by `i`: it was an apostrophe. Returns where to read on. */
  const abandonUnsure = (i: number): number => {
    const at = unsure as number;
    settledTo = i;
    if (at === open) {
      open = -1;
      unsure = undefined;
    } else endBefore(at); // as if that paragraph had not reopened the quotation
    return at;
  };
  for (let i = 0; ; i++) {
    if (i >= text.length) {
      if (open < 0) break;
      if (unsure === undefined) {
        finish(text.length, text.length, false);
        break;
      }
      i = abandonUnsure(i);
      continue;
    }
    const ch = text[i] as string;
    if (open < 0) {
      const k = ch === '’' && i < settledTo ? undefined : openerAt(text, i);
      if (k) begin(i, k);
      continue;
    }
    if (ch === '\n') {
      const reopen = reopeningMarkAfter(text, i, kind);
      if (reopen !== undefined) {
        if (text[reopen] === '’') unsure ??= reopen;
        i = reopen; // the reopening mark belongs to the quotation
        nested = undefined;
        continue;
      }
      // A quotation an unsure ’ opened must close in its paragraphs, not run on past them.
      if (unsure !== undefined) {
        i = abandonUnsure(i);
        continue;
      }
      // A single line break inside an open quotation is a wrapped line on a hard-wrapped page, or one going on in
      // lower case; on a page whose lines are its paragraphs it ends the quotation, but for furniture set inside it.
      const wrapped = text[i + 1] !== '\n' && (hardWrapped || isWrappedBreak(text, i));
      if (wrapped && /\S/.test(text.slice(i + 1, paragraphEndFrom(text, i + 1)))) continue;
      if (resumesAfterFurniture(text, i, kind)) continue;
      const bare = closesAfterBareLines(text, i, kind);
      if (bare !== undefined) {
        i = bare;
        nested = undefined;
        continue;
      }
      endBefore(i);
      continue;
    }
    if (kind === 'double' && ch === '"' && isSpace(text[i - 1]) && isWord(text[i + 1])) {
      // A straight mark opening a word: the previous quotation was never closed.
      finish(i, i, false);
      begin(i, 'double');
      continue;
    }
    if (closesAt(text, i, kind)) {
      if (nested === kind) {
        nested = undefined;
        continue;
      }
      if (kind === 'single' && isPluralPossessive(text, i, paragraphEndFrom(text, i))) continue;
      finish(i, i + 1, true);
      continue;
    }
    if (nested && closesAt(text, i, nested)) {
      nested = undefined;
      continue;
    }
    if (kind === 'single' && !nested && ch === '"' && closesAt(text, i, 'double')) {
      finish(i, i + 1, true); // 'opened with one mark," closed with the other
      continue;
    }
    const inner = openerAt(text, i);
    if (inner && !nested && (inner !== kind || ch === '‘' || ch === '“')) nested = inner;
  }
  return spans;
}
