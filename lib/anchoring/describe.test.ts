// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPageText, rangeFromOffsets } from '../dom/page-text';
import { anchorQuote } from './anchor';
import { CONTEXT_CHARS, describeOffsets, describeRange } from './describe';

const ARTICLE =
  '<h1>Integration white paper</h1>' +
  '<p>Chris Hopson said <a href="/x">the bill <em>will</em> help</a> trusts.</p>' +
  '<script>var tracking = "not text";</script>' +
  '<p>  Second paragraph, with <b>bold</b> words.  </p>' +
  '<own-ui>Save highlight</own-ui>' +
  '<ul><li>First point</li><li>Second point</li></ul>';

const isOwnUi = (el: Element) => el.tagName === 'OWN-UI';

function page() {
  document.body.innerHTML = ARTICLE;
  return extractPageText(document.body, isOwnUi);
}

function textIn(selector: string, index = 0): Text {
  const el = document.querySelectorAll(selector)[index]!;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text;
}

function range(start: [Node, number], end: [Node, number]): Range {
  const r = document.createRange();
  r.setStart(...start);
  r.setEnd(...end);
  return r;
}

/** The text a range shows, as the model writes it: blocks end in a line break, whitespace at the ends dropped. */
const shown = (r: Range) => r.toString().trim();
const words = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('describeOffsets', () => {
  const text = 'Health leaders welcomed the plans.\nThe bill will help trusts plan services together.';

  it('keeps the quote with up to CONTEXT_CHARS of context either side, adjacent to it', () => {
    const start = text.indexOf('bill');
    const end = text.indexOf('trusts') + 'trusts'.length;
    const { quote, position } = describeOffsets(text, start, end)!;
    expect(quote.exact).toBe('bill will help trusts');
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(quote.prefix.length).toBe(CONTEXT_CHARS);
    expect(text.slice(start - quote.prefix.length, end + quote.suffix.length)).toBe(quote.prefix + quote.exact + quote.suffix);
  });

  it('takes shorter context at the edges of the text', () => {
    const { quote } = describeOffsets(text, 0, 6)!;
    expect(quote.prefix).toBe('');
    const last = describeOffsets(text, text.length - 9, text.length)!;
    expect(last.quote.suffix).toBe('');
  });

  it('trims whitespace off the selection, and gives null when nothing else is selected', () => {
    const newline = text.indexOf('\n');
    const { quote, position } = describeOffsets(text, newline - 6, newline + 4)!;
    expect(quote.exact).toBe('plans.\nThe');
    expect(text.slice(position.start, position.end)).toBe(quote.exact);
    expect(describeOffsets(text, newline, newline + 1)).toBeNull();
    expect(describeOffsets(text, 5, 5)).toBeNull();
  });
});

describe('describeRange', () => {
  it('describes a selection inside one text node', () => {
    const p = page();
    const node = textIn('p');
    const selected = range([node, 6], [node, 12]);
    const { quote, position } = describeRange(p, selected)!;
    expect(quote.exact).toBe('Hopson');
    expect(p.text.slice(position.start, position.end)).toBe('Hopson');
  });

  it('describes a selection across a link, emphasis and a paragraph boundary', () => {
    const p = page();
    const selected = range([textIn('a'), 4], [textIn('b'), 2]);
    const { quote } = describeRange(p, selected)!;
    expect(quote.exact).toBe('bill will help trusts.\n  Second paragraph, with bo');
    // Range.toString() would include the script between the paragraphs; the page text model does not.
    expect(shown(selected)).toContain('tracking');
  });

  it('describes a triple-click: a paragraph from its element to the start of the next block', () => {
    const p = page();
    const [first, second] = document.querySelectorAll('p');
    const selected = range([first!, 0], [second!, 0]);
    const { quote } = describeRange(p, selected)!;
    expect(quote.exact).toBe('Chris Hopson said the bill will help trusts.');
    expect(describeRange(p, range([second!, 0], [second!, second!.childNodes.length]))!.quote.exact).toBe(
      'Second paragraph, with bold words.',
    );
  });

  it('describes selectNode and selectNodeContents ranges, whose boundaries are on elements', () => {
    const p = page();
    const em = document.querySelector('em')!;
    const byNode = document.createRange();
    byNode.selectNode(em);
    expect(describeRange(p, byNode)!.quote.exact).toBe('will');
    const list = document.createRange();
    list.selectNodeContents(document.querySelector('ul')!);
    expect(describeRange(p, list)!.quote.exact).toBe('First point\nSecond point');
  });

  it('skips text the model leaves out (scripts, the extension’s own UI) at a selection’s ends', () => {
    const p = page();
    const script = document.querySelector('script')!;
    const ownUi = document.querySelector('own-ui')!;
    const selected = range([script.firstChild!, 3], [ownUi.firstChild!, 4]);
    const { quote } = describeRange(p, selected)!;
    expect(quote.exact).toBe('Second paragraph, with bold words.');
    expect(quote.exact).not.toContain('tracking');
    expect(describeRange(p, range([ownUi.firstChild!, 0], [ownUi.firstChild!, 4]))).toBeNull();
  });

  it('round-trips: the described offsets give back the selected text, and anchor where they were', () => {
    const p = page();
    const cases: Range[] = [
      range([textIn('h1'), 0], [textIn('em'), 2]),
      range([textIn('a'), 0], [textIn('li', 1), 6]),
      range([document.querySelector('p')!, 1], [document.querySelector('ul')!, 1]),
    ];
    for (const selected of cases) {
      const { quote, position } = describeRange(p, selected)!;
      const back = rangeFromOffsets(p, position.start, position.end)!;
      expect(words(back.toString())).toBe(words(shown(selected)));
      expect(anchorQuote(p.text, quote, position)).toMatchObject({ start: position.start, end: position.end });
    }
  });

  it('gives null for an extraction older than the DOM it is asked about', () => {
    const p = page();
    document.body.innerHTML = '<p>A new page</p>';
    const node = textIn('p');
    expect(describeRange(p, range([node, 0], [node, 5]))).toBeNull();
  });
});
