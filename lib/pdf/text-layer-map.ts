// Maps the text PDF.js's text layer rendered for a page back onto the document's
// text (document-text.ts), so a selection in the layer becomes offsets (for W3C
// selectors) and offsets become DOM ranges (to paint highlights). The layer holds
// one span per text item, in content order, with the items' own strings: each text
// node is found in the page's text at or after the previous one. Nodes that cannot
// be found (PDF.js may add its own) are left out rather than guessed.
import type { PageText } from '../dom/page-text';
import { type DocumentText, pageSpan } from './document-text';

export interface LayerNodes {
  nodes: Text[];
  /** Offsets of each node in the document's text. */
  starts: number[];
}

/** Text nodes of `layer` (one page's text layer) placed in the document's text. */
export function mapTextLayer(doc: DocumentText, page: number, layer: Node): LayerNodes {
  const { start, end } = pageSpan(doc, page);
  const text = doc.text.slice(start, end);
  const walker = (layer.ownerDocument ?? (layer as Document)).createTreeWalker(layer, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let cursor = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data) continue;
    const at = text.indexOf(node.data, cursor);
    if (at === -1) continue;
    nodes.push(node);
    starts.push(start + at);
    cursor = at + node.data.length;
  }
  return { nodes, starts };
}

/**
 * A PageText over the whole document text whose nodes are those of the rendered text
 * layers, given in page order: what lib/anchoring/describe.ts and lib/dom/page-text.ts
 * need to turn a selection into offsets and offsets into a Range.
 */
export function renderedText(doc: DocumentText, layers: readonly LayerNodes[]): PageText {
  return {
    text: doc.text,
    nodes: layers.flatMap((l) => l.nodes),
    starts: layers.flatMap((l) => l.starts),
    truncated: false,
  };
}
