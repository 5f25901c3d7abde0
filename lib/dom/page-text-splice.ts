// Brings a page's reading (lib/dom/page-text.ts) up to date after a change in one
// region of the page (lib/dom/changed-region.ts) by reading only that region again:
// its old text nodes are a contiguous run of the reading, found by two binary
// searches in document order, and replaced by what the region holds now. The result
// is the reading a whole new pass would give (page-text-splice.test.ts checks this on
// random edits), and the one change to the text, ready to send
// (lib/dom/text-change.ts), so a live page costs what changed.
import type { Region } from './changed-region';
import { MAX_DEPTH, MAX_PAGE_CHARS, type PageReading, type ReadStart, type TextReader, isBlock, isRead, textReader } from './page-text';
import type { TextChange } from './text-change';

/** A region's new text being read (in slices, like the whole page), and how to fold it into the old reading. */
export interface RegionRead {
  reader: TextReader;
  /** The reading after the change, and the change; null when the whole page must be read again (it got too long). */
  finish(): { reading: PageReading; change: TextChange } | null;
}

/** Whether `node` is in the page before the region (still connected, and ahead of its first child). */
function before(node: Node, { container, after }: Region): boolean {
  if (!node.isConnected) return false;
  if (after) return node === after || after.contains(node) || (node.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  return (node.compareDocumentPosition(container) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** Whether `node` is in the page after the region. */
function behind(node: Node, { container, before: next }: Region): boolean {
  if (!node.isConnected) return false;
  if (next) return node === next || (next.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const position = container.compareDocumentPosition(node);
  return (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && (position & Node.DOCUMENT_POSITION_CONTAINED_BY) === 0;
}

/** The first index in [0, length) where `test` turns false (it holds on a prefix); `length` if it never does. */
function firstNot(length: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where a reader of the region starts, or null when the region's text is not part of the page's
 * text (it sits in a script, a text box, the extension's own frame, below the depth cap).
 */
function regionStart(root: Element, region: Region, isOwnUi: (el: Element) => boolean): Omit<ReadStart, 'lastBlock' | 'length'> | null {
  let depth = 1;
  let block: Node | null = null;
  for (let at: Node = region.container; at !== root; ) {
    const el = at as Element;
    if (!isRead(el, isOwnUi)) return null;
    block ??= isBlock(el) ? el : null;
    depth += 1;
    const parent = at.parentNode;
    if (!parent) return null;
    at = parent;
  }
  if (depth > MAX_DEPTH) return null;
  const first = region.after ? region.after.nextSibling : region.container.firstChild;
  return { container: region.container, first, stop: region.before, depth, block: block ?? root };
}

/** Starts reading `region` again for `reading`; 'unchanged' when its text is not part of the page's. */
export function readRegion(reading: PageReading, region: Region, isOwnUi: (el: Element) => boolean): RegionRead | 'unchanged' {
  const start = regionStart(reading.root, region, isOwnUi);
  if (!start) return 'unchanged';
  const n = reading.nodes.length;
  // The old nodes of the region (or taken out of it) lie between those before and those behind it.
  const a = firstNot(n, (i) => before(reading.nodes[i] as Node, region));
  const b = firstNot(n, (i) => i < a || !behind(reading.nodes[i] as Node, region));
  const from = a > 0 ? (reading.ends[a - 1] as number) : 0;
  const to = b < n ? (reading.starts[b] as number) : reading.pieces.length;
  const reader = textReader({ ...start, lastBlock: a > 0 ? (reading.blocks[a - 1] as Node) : null, length: from }, isOwnUi);
  return {
    reader,
    finish() {
      const read = reader.result();
      const nextBlock = b < n ? (reading.blocks[b] as Node) : null;
      // A separator before the first node after the region, if its block differs from the one read last.
      if (nextBlock && read.lastBlock && nextBlock !== read.lastBlock) {
        read.parts.push('\n');
        read.length += 1;
      }
      const inserted = read.parts.join('');
      const shift = read.length - to;
      if (read.truncated || reading.truncated || reading.pieces.length + shift > MAX_PAGE_CHARS) return null;
      const pieces = reading.pieces.splice(from, to, inserted);
      const moved = (list: number[]) => list.slice(b).map((x) => x + shift);
      const next: PageReading = {
        root: reading.root,
        // Joined only if something needs the whole text (a live page's changes are sent as changes).
        get text() {
          return pieces.toString();
        },
        pieces,
        nodes: [...reading.nodes.slice(0, a), ...read.nodes, ...reading.nodes.slice(b)],
        starts: [...reading.starts.slice(0, a), ...read.starts, ...moved(reading.starts)],
        ends: [...reading.ends.slice(0, a), ...read.ends, ...moved(reading.ends)],
        blocks: [...reading.blocks.slice(0, a), ...read.blocks, ...reading.blocks.slice(b)],
        truncated: false,
      };
      return { reading: next, change: { start: from, deleted: to - from, inserted } };
    },
  };
}
