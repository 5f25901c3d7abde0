// Which part of the page a batch of DOM changes touched, from a MutationObserver's
// records, so that a live page is read again only there (lib/dom/page-text-splice.ts)
// and not whole after every update. One record (a paragraph added, a text node
// edited) gives the exact children that changed; several give, in the smallest
// element holding all their targets, the run of its children from the first one any
// record touched to the last, so paragraphs a live page appended over a few seconds
// are read once, and nothing else. Changes outside the page's body (the head's title)
// or made only by the extension's own frames are left out.

/** The children of `container` strictly between `after` and `before` (null: from its first child, to its last). */
export interface Region {
  container: Element;
  after: Node | null;
  before: Node | null;
}

/** Nothing in `root` changed; or read it all again (its body was replaced, or changes were too many to follow). */
export type Changed = Region | 'none' | 'all';

/** Beyond this many records in one batch the changes are not followed one by one: the page is read again whole. */
export const MAX_RECORDS = 500;

const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

/** Whether a record only adds or removes the extension's own frames. */
function ownOnly(record: MutationRecord, isOwnUi: (el: Element) => boolean): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => isElement(n) && isOwnUi(n));
}

/** The element whose children a record changed (a text node's parent for a text edit), with the changed children's neighbours. */
function regionOf(record: MutationRecord): Region | null {
  if (record.type === 'characterData') {
    const text = record.target;
    const parent = text.parentNode;
    return parent && isElement(parent) ? { container: parent, after: text.previousSibling, before: text.nextSibling } : null;
  }
  if (!isElement(record.target)) return null; // a fragment's or the document's own children
  const { target, previousSibling, nextSibling } = record;
  // A neighbour that has since moved away no longer bounds anything: widen to that end.
  const stays = (n: Node | null) => (n && n.parentNode === target ? n : null);
  return { container: target, after: stays(previousSibling), before: stays(nextSibling) };
}

/** Whether sibling `a` comes before sibling `b`. */
const precedes = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** `region` as a run of `ancestor`'s children: itself, or the child of `ancestor` holding its container. */
function seenFrom(ancestor: Element, region: Region): Region {
  let child: Node = region.container;
  if (child === ancestor) return region;
  while (child.parentNode !== ancestor) child = child.parentNode as Node; // ancestor contains it
  return { container: ancestor, after: child.previousSibling, before: child.nextSibling };
}

/** The run of children covering two runs of the same element's children. */
function union(a: Region, b: Region): Region {
  return {
    container: a.container,
    after: a.after && b.after ? (precedes(a.after, b.after) ? a.after : b.after) : null,
    before: a.before && b.before ? (precedes(a.before, b.before) ? b.before : a.before) : null,
  };
}

export function changedRegion(records: readonly MutationRecord[], root: Element, isOwnUi: (el: Element) => boolean): Changed {
  if (!root.isConnected) return 'all';
  if (records.length > MAX_RECORDS) return 'all';
  const inRoot = records.filter((r) => r.type !== 'attributes' && r.target.isConnected && root.contains(r.target) && !ownOnly(r, isOwnUi));
  const regions = inRoot.map(regionOf);
  if (regions.some((r) => r === null)) return 'all';
  const [first, ...rest] = regions as Region[];
  if (!first) return 'none';
  if (rest.length === 0) return first;
  // Several records: the smallest element holding all their targets...
  let container: Element = first.container;
  for (const { container: other } of rest) {
    while (!container.contains(other)) {
      const parent: Element | null = container.parentElement;
      if (!parent || !root.contains(parent)) return 'all';
      container = parent;
    }
  }
  // ...and the run of its children that any of them touched.
  return (regions as Region[]).map((r) => seenFrom(container, r)).reduce(union);
}
