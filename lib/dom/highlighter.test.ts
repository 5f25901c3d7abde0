// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { MARK_TAG, paintHighlight } from './highlighter';
import { extractPageText, rangeFromOffsets } from './page-text';

const PAGE = '<p>Chris Hopson said <a href="/x">the bill <em>will</em> help</a> trusts.</p><p>Second paragraph here.</p>';

function setup() {
  document.body.innerHTML = PAGE;
  const page = extractPageText(document.body);
  const start = page.text.indexOf('bill');
  const end = page.text.indexOf('Second') + 'Second paragraph'.length;
  return { page, range: rangeFromOffsets(page, start, end)! };
}

describe('paintHighlight', () => {
  it('wraps exactly the covered text, across a link and a paragraph boundary', () => {
    const { range } = setup();
    const highlight = paintHighlight(range, { id: 'h1', color: 'yellow', title: 'Quote' });
    const marked = [...document.querySelectorAll(MARK_TAG)].map((m) => m.textContent).join('|');
    expect(marked).toBe('bill |will| help| trusts.|Second paragraph');
    expect(highlight.elements.every((el) => el.dataset.highlightId === 'h1')).toBe(true);
  });

  it('removes itself leaving the DOM exactly as it was, node for node', () => {
    const { range } = setup();
    const before = document.body.innerHTML;
    const textNodesBefore = document.body.querySelectorAll('*').length;
    paintHighlight(range, { id: 'h1', color: 'yellow', title: 'Quote' }).remove();
    expect(document.body.innerHTML).toBe(before);
    expect(document.body.querySelectorAll('*').length).toBe(textNodesBefore);
    // Split text nodes were re-joined: each element holds as many text nodes as before.
    const p = document.querySelector('p')!;
    expect([...p.childNodes].map((n) => n.nodeName)).toEqual(['#text', 'A', '#text']);
  });

  it('calls back with its id when clicked', () => {
    const { range } = setup();
    const onActivate = vi.fn();
    const highlight = paintHighlight(range, { id: 'h7', color: 'yellow', title: 'Quote', onActivate });
    highlight.elements[1]!.click();
    expect(onActivate).toHaveBeenCalledWith('h7');
  });

  it('styles marks inline with !important so page rules cannot hide them', () => {
    const { range } = setup();
    const [mark] = paintHighlight(range, { id: 'h1', color: 'rgb(255, 230, 0)', title: 'Quote' }).elements;
    expect(mark!.style.getPropertyPriority('background-color')).toBe('important');
  });
});
