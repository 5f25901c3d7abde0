// Painting highlights on a long page, inside real Chromium: the CSS Custom Highlight
// API as the content script does it (lib/dom/painter.ts) against wrapping each
// piece of highlighted text in an element, as the extension did before (and as
// most highlighters do). Each figure is the script's own work plus the style and
// layout it forces (read back through `offsetHeight`), the main-thread cost a
// user would feel; painting to the screen itself is not included.
import { extractPageText, rangeFromOffsets } from '../../lib/dom/page-text';
import { browserPainterDeps, createPainter } from '../../lib/dom/painter';

const MARK_TAG = 'bench-mark';

/** Wraps each text node a range covers (split at its ends) in an element, as mark-based highlighters do. */
function wrapRange(range: Range): HTMLElement[] {
  const nodes: Text[] = [];
  // From the range's first text node to its last only, so the walk costs the range, not the page.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  walker.currentNode = range.startContainer;
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE && range.intersectsNode(node)) nodes.push(node as Text);
    if (node === range.endContainer) break;
  }
  return nodes.map((node) => {
    let text = node;
    if (text === range.endContainer && range.endOffset < text.data.length) text.splitText(range.endOffset);
    if (text === range.startContainer && range.startOffset > 0) text = text.splitText(range.startOffset);
    const mark = document.createElement(MARK_TAG);
    mark.style.setProperty('background-color', '#ffe066', 'important');
    text.before(mark);
    mark.append(text);
    return mark;
  });
}

function layout(): void {
  void document.body.offsetHeight;
}

function timed(work: () => void): number {
  const start = performance.now();
  work();
  layout();
  return performance.now() - start;
}

/** Ranges of `length` characters spread evenly over the page's text. */
function spreadRanges(count: number, length: number): Range[] {
  const page = extractPageText(document.body);
  const step = Math.floor(page.text.length / count);
  return Array.from({ length: count }, (_, i) => rangeFromOffsets(page, i * step, i * step + length)).filter((r): r is Range => r !== null);
}

export function paintingBench(paragraphs: string[], count: number) {
  const article = document.createElement('article');
  for (const paragraph of paragraphs) {
    const p = document.createElement('p');
    p.textContent = paragraph;
    article.append(p);
  }
  document.body.replaceChildren(article);
  layout();

  const deps = browserPainterDeps(window);
  if (!deps) throw new Error('This browser has no CSS Custom Highlight API');
  const painter = createPainter(document, deps);
  const ranges = spreadRanges(count, 120);
  const highlightPaint = timed(() => ranges.forEach((range, i) => painter.paint(`h${i}`, [range], '#ffe066')));
  const highlightRemove = timed(() => painter.clear());
  painter.dispose();

  const markRanges = spreadRanges(count, 120);
  let marks: HTMLElement[] = [];
  const markPaint = timed(() => {
    marks = markRanges.flatMap(wrapRange);
  });
  const markRemove = timed(() => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      parent?.normalize();
    }
  });
  const elementsAdded = marks.length;
  document.body.replaceChildren();
  return { ranges: ranges.length, highlightPaint, highlightRemove, markPaint, markRemove, elementsAdded };
}
