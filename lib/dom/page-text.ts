// Reads a page's visible text as one string, remembering which text node each
// character came from, so that a match found in the string (by the background)
// can be turned back into a DOM Range to highlight. Runs on every page: one pass
// over text nodes, no layout, no computed styles, iterative and depth-capped.

import { lastStartAtOrBefore } from '../sorted-starts';
import { type TextPieces, textPieces } from './text-pieces';

/** Elements whose text is not page content. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'IFRAME', 'OBJECT', 'SELECT', 'CANVAS']);

/** Elements that start a new line of text: a separator keeps words of adjacent blocks apart. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TD', 'TH', 'TR', 'UL', 'BODY',
]);

/** Whether an element's text is part of the page's text (its ancestors' permitting). */
export const isRead = (el: Element, isOwnUi: (el: Element) => boolean) => !SKIPPED.has(el.tagName) && !isOwnUi(el);

/** Whether an element starts a new line of the page's text. */
export const isBlock = (el: Element) => BLOCKS.has(el.tagName);

/**
 * Beyond this many characters (about 300k words) the rest of a page is not read:
 * it bounds the message to the background and the work on pathological pages.
 */
export const MAX_PAGE_CHARS = 2_000_000;

export interface PageText {
  text: string;
  nodes: Text[];
  /** starts[i] is where nodes[i] begins in text; ascending. */
  starts: number[];
  truncated: boolean;
}

/** A page's text as the content script read it, with what is needed to re-read only a changed part (lib/dom/page-text-splice.ts). */
export interface PageReading extends PageText {
  /** The element read (the body). */
  root: Element;
  /** The text as pieces: a live page's change is spliced into them without copying the rest (lib/dom/text-pieces.ts). */
  pieces: TextPieces;
  /** ends[i] is where nodes[i] ends in text (its data may have changed since). */
  ends: number[];
  /** blocks[i] is the innermost block element holding nodes[i]: a separator goes between nodes of different blocks. */
  blocks: Node[];
}

/**
 * Elements nested deeper than this below the root are not read. Real pages nest a few dozen
 * levels (HTML parsers stop nesting at 512); a page can build a far deeper tree by script,
 * and the walk must stay cheap and never recurse on it.
 */
export const MAX_DEPTH = 512;

/** How many nodes a reader visits between asking whether it should pause (a clock read costs more than a node). */
const NODES_PER_CHECK = 64;

/** Where a reader starts: `container`'s children from `first` up to (not including) `stop`. */
export interface ReadStart {
  container: Node;
  first: Node | null;
  stop: Node | null;
  /** The depth of `container`'s children below the root (the root's children are at 1). */
  depth: number;
  /** The innermost block enclosing `container`'s children (the root, when none below it). */
  block: Node;
  /** The block of the text node read just before `first`; null at the start of the text. */
  lastBlock: Node | null;
  /** The text's length before `first`. */
  length: number;
}

export interface TextRead {
  parts: string[];
  nodes: Text[];
  starts: number[];
  ends: number[];
  blocks: Node[];
  /** The text's length after the last node read, and that node's block. */
  length: number;
  lastBlock: Node | null;
  truncated: boolean;
}

/** A walk over text nodes that can stop when asked and carry on later, so a long page is read in slices. */
export interface TextReader {
  /** Reads until done (true) or until `pause()` says to stop for now (false). */
  step(pause?: () => boolean): boolean;
  /** What was read so far. */
  result(): TextRead;
  /** Whether the node the walk would go on from is still where it was (the page may change between slices). */
  intact(): boolean;
}

export function textReader(start: ReadStart, isOwnUi: (el: Element) => boolean = () => false): TextReader {
  const read: TextRead = { parts: [], nodes: [], starts: [], ends: [], blocks: [], length: start.length, lastBlock: start.lastBlock, truncated: false };
  const { container, stop } = start;
  /** The blocks enclosing the current node, innermost last; `entered` says, per open element, whether it is one. */
  const blocks: Node[] = [start.block];
  const entered: boolean[] = [];
  let depth = start.depth;
  let node: Node | null = start.first === stop ? null : start.first;
  // An iterative walk (no recursion, no per-node ancestor search), so depth costs nothing but the cap.
  const step = (pause?: () => boolean): boolean => {
    let visited = 0;
    while (node) {
      if (pause && ++visited % NODES_PER_CHECK === 0 && pause()) return false;
      if (node.nodeType === Node.TEXT_NODE && (node as Text).data) {
        const data = (node as Text).data;
        const block = blocks[blocks.length - 1] ?? start.block;
        if (read.lastBlock && block !== read.lastBlock) {
          read.parts.push('\n');
          read.length += 1;
        }
        read.lastBlock = block;
        if (read.length + data.length > MAX_PAGE_CHARS) {
          read.truncated = true;
          node = null;
          break;
        }
        read.nodes.push(node as Text);
        read.starts.push(read.length);
        read.parts.push(data);
        read.length += data.length;
        read.ends.push(read.length);
        read.blocks.push(block);
      } else if (node.nodeType === Node.ELEMENT_NODE && node.firstChild && depth < MAX_DEPTH) {
        const el = node as Element;
        if (isRead(el, isOwnUi)) {
          const block = isBlock(el);
          if (block) blocks.push(el);
          entered.push(block);
          depth += 1;
          node = el.firstChild;
          continue;
        }
      }
      node = following(node);
    }
    return true;
  };
  /** Next: the sibling, or the sibling of the nearest open ancestor that has one; null past `stop` or the container's end. */
  const following = (from: Node): Node | null => {
    let at: Node = from;
    for (;;) {
      const parent = at.parentNode;
      if (parent === container) return at.nextSibling === stop ? null : at.nextSibling;
      if (!parent) return null; // taken out of the page mid-walk
      if (at.nextSibling) return at.nextSibling;
      if (entered.pop()) blocks.pop();
      depth -= 1;
      at = parent;
    }
  };
  return { step, result: () => read, intact: () => !node || node.isConnected };
}

/** The reading of a whole element (`read` from a reader started at its first child). */
export function readingOf(root: Element, read: TextRead): PageReading {
  const text = read.parts.join('');
  return { root, text, pieces: textPieces(text), nodes: read.nodes, starts: read.starts, ends: read.ends, blocks: read.blocks, truncated: read.truncated };
}

/** Where a reader of all of `root` starts. */
export const wholeOf = (root: Element): ReadStart => ({ container: root, first: root.firstChild, stop: null, depth: 1, block: root, lastBlock: null, length: 0 });

export function extractPageText(root: Element, isOwnUi: (el: Element) => boolean = () => false): PageReading {
  const reader = textReader(wholeOf(root), isOwnUi);
  reader.step();
  return readingOf(root, reader.result());
}

/** The DOM position of text offset `offset`, clamped into its node (separators fall between nodes). */
function domPoint(page: PageText, offset: number): { node: Text; offset: number } | null {
  const i = lastStartAtOrBefore(page.starts, offset);
  const node = page.nodes[i];
  const start = page.starts[i];
  if (!node?.isConnected || start === undefined) return null;
  return { node, offset: Math.min(Math.max(offset - start, 0), node.data.length) };
}

/** A DOM Range over text offsets [start, end) of an extraction; null when it no longer fits the DOM. */
export function rangeFromOffsets(page: PageText, start: number, end: number): Range | null {
  if (page.nodes.length === 0 || end <= start) return null;
  const from = domPoint(page, start);
  // The end is exclusive: find the node holding the last character, then step past it.
  const to = domPoint(page, end - 1);
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, Math.min(to.offset + 1, to.node.data.length));
  return range;
}
