// Paints a highlight over a DOM Range by wrapping each piece of text it covers
// in a custom element, and removes it again leaving the page's DOM exactly as it
// was (split text nodes are re-joined). A custom tag keeps page rules for <mark>
// off it; inline !important styles beat even `* { all: unset !important }`.

export const MARK_TAG = 'policy-lens-mark';

export interface Highlight {
  readonly id: string;
  readonly elements: HTMLElement[];
  remove(): void;
}

export interface PaintOptions {
  id: string;
  /** CSS colour of the highlight background. */
  color: string;
  /** Accessible description of what the highlight is (e.g. "Quote by Chris Hopson"). */
  title: string;
  onActivate?: (id: string) => void;
}

/** The text nodes a range covers, split so that each lies wholly inside it. */
function coveredTextNodes(range: Range, splits: [Text, Text][]): Text[] {
  const { startContainer, endContainer, startOffset, endOffset } = range;
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  if (root.nodeType === Node.TEXT_NODE) {
    nodes.push(root as Text);
  } else {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (range.intersectsNode(node)) nodes.push(node as Text);
    }
  }
  return nodes
    .map((node) => {
      let text = node;
      const end = node === endContainer ? endOffset : text.data.length;
      if (end < text.data.length) splits.push([text, text.splitText(end)]);
      const start = node === startContainer ? startOffset : 0;
      if (start > 0) {
        const rest = text.splitText(start);
        splits.push([text, rest]);
        text = rest;
      }
      return text;
    })
    .filter((text) => text.data.trim().length > 0);
}

export function paintHighlight(range: Range, options: PaintOptions): Highlight {
  const splits: [Text, Text][] = [];
  const elements = coveredTextNodes(range, splits).map((text) => {
    const mark = text.ownerDocument.createElement(MARK_TAG);
    mark.dataset.highlightId = options.id;
    mark.title = options.title;
    mark.style.cssText = [
      `background-color: ${options.color} !important`,
      'color: inherit !important',
      'display: inline !important',
      'visibility: visible !important',
      'opacity: 1 !important',
      'cursor: pointer !important',
      'border-radius: 2px !important',
      'box-decoration-break: clone !important',
    ].join(';');
    text.parentNode?.insertBefore(mark, text);
    mark.append(text);
    if (options.onActivate) mark.addEventListener('click', () => options.onActivate?.(options.id));
    return mark;
  });

  return {
    id: options.id,
    elements,
    remove() {
      for (const mark of elements) {
        mark.replaceWith(...mark.childNodes);
      }
      // Undo the splits newest first, so each pair is adjacent again when re-joined.
      for (const [left, right] of splits.reverse()) {
        if (right.parentNode && right.previousSibling === left) {
          left.appendData(right.data);
          right.remove();
        }
      }
      elements.length = 0;
    },
  };
}

/** Scrolls a highlight into view and flashes it, respecting reduced-motion preferences. */
export function revealHighlight(highlight: Highlight): void {
  const first = highlight.elements[0];
  if (!first) return;
  const reduce = first.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  first.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  for (const el of highlight.elements) el.style.setProperty('outline', '2px solid currentColor', 'important');
  setTimeout(() => highlight.elements.forEach((el) => el.style.removeProperty('outline')), 1500);
}
