// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/describe';
import { rangeFromOffsets } from '../dom/page-text';
import { joinPages } from './document-text';
import { mapTextLayer, renderedText } from './text-layer-map';

/** A text layer as PDF.js renders one: a span per item, <br> at line ends, a marked-content span. */
function layer(items: string[]): HTMLElement {
  const div = document.createElement('div');
  div.className = 'textLayer';
  for (const str of items) {
    if (str === '\n') {
      div.append(document.createElement('br'));
      continue;
    }
    const span = document.createElement('span');
    span.textContent = str;
    div.append(span);
  }
  document.body.append(div);
  return div;
}

describe('mapping a text layer onto the document text', () => {
  const doc = joinPages(['Page one text.', 'The NHS said: “more to do”.\nNext line here.']);

  it('places every rendered text node at its offset in the document', () => {
    const two = layer(['The NHS said: ', '“more to do”.', '\n', 'Next line here.']);
    const mapped = mapTextLayer(doc, 2, two);
    expect(mapped.nodes.map((n) => n.data)).toEqual(['The NHS said: ', '“more to do”.', 'Next line here.']);
    expect(mapped.starts.map((s, i) => doc.text.slice(s, s + (mapped.nodes[i] as Text).data.length))).toEqual([
      'The NHS said: ',
      '“more to do”.',
      'Next line here.',
    ]);
  });

  it('leaves out nodes that are not the page’s text instead of guessing', () => {
    const two = layer(['The NHS said: ', 'an injected label', 'Next line here.']);
    expect(mapTextLayer(doc, 2, two).nodes.map((n) => n.data)).toEqual(['The NHS said: ', 'Next line here.']);
  });

  it('turns a selection across spans into document offsets, and offsets back into a range', () => {
    const one = layer(['Page one ', 'text.']);
    const two = layer(['The NHS said: ', '“more to do”.', '\n', 'Next line here.']);
    const text = renderedText(doc, [mapTextLayer(doc, 1, one), mapTextLayer(doc, 2, two)]);
    const selection = document.createRange();
    selection.setStart((two.children[0] as Element).firstChild as Text, 4);
    selection.setEnd((two.children[1] as Element).firstChild as Text, 12);
    const described = describeRange(text, selection);
    expect(described?.quote.exact).toBe('NHS said: “more to do”');
    const back = rangeFromOffsets(text, described?.position.start ?? 0, described?.position.end ?? 0);
    expect(back?.toString()).toBe('NHS said: “more to do”');
  });
});
