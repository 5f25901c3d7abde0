// Reads a page's visible text as one string, remembering which text node each
// character came from, so that a match found in the string (by the background)
// can be turned back into a DOM Range to highlight. Runs on every page: one pass
// over text nodes, no layout, no computed styles, iterative and depth-capped.

import { lastStartAtOrBefore } from '../sorted-starts';

/** Elements whose text is not page content. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'IFRAME', 'OBJECT', 'SELECT', 'CANVAS']);

/** Elements that start a new line of text: a separator keeps words of adjacent blocks apart. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TD', 'TH', 'TR', 'UL', 'BODY',
]);

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

/**
 * Elements nested deeper than this below the root are not read. Real pages nest a few dozen
 * levels (HTML parsers stop nesting at 512); a page can build a far deeper tree by script,
 * and the walk must stay cheap and never recurse on it.
 */
export const MAX_DEPTH = 512;

export function extractPageText(root: Element, isOwnUi: (el: Element) => boolean = () => false): PageText {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  let truncated = false;
  /** The blocks enclosing the current node, innermost last; `entered` says, per open element, whether it is one. */
  const blocks: Node[] = [root];
  const entered: boolean[] = [];
  let depth = 1;
  let node: Node | null = root.firstChild;
  // An iterative walk (no recursion, no per-node ancestor search), so depth costs nothing but the cap.
  while (node) {
    if (node.nodeType === Node.TEXT_NODE && (node as Text).data) {
      const data = (node as Text).data;
      const block = blocks[blocks.length - 1] ?? root;
      if (lastBlock && block !== lastBlock) {
        parts.push('\n');
        length += 1;
      }
      lastBlock = block;
      if (length + data.length > MAX_PAGE_CHARS) {
        truncated = true;
        break;
      }
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
    } else if (node.nodeType === Node.ELEMENT_NODE && node.firstChild && depth < MAX_DEPTH) {
      const el = node as Element;
      if (!SKIPPED.has(el.tagName) && !isOwnUi(el)) {
        const isBlock = BLOCKS.has(el.tagName);
        if (isBlock) blocks.push(el);
        entered.push(isBlock);
        depth += 1;
        node = el.firstChild;
        continue;
      }
    }
    // Next: the sibling, or the sibling of the nearest open ancestor that has one.
    while (node && !node.nextSibling) {
      const parent: Node | null = node.parentNode;
      if (!parent || parent === root) {
        node = null;
        break;
      }
      if (entered.pop()) blocks.pop();
      depth -= 1;
      node = parent;
    }
    node = node?.nextSibling ?? null;
  }
  return { text: parts.join(''), nodes, starts, truncated };
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
