// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_PAGE_CHARS, extractPageText, rangeFromOffsets } from './page-text';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('extractPageText', () => {
  it('joins inline text as written and separates blocks', () => {
    const page = extractPageText(body('<h1>Head<em>line</em></h1><p>First <b>para</b>graph.</p><p>Second.</p>'));
    expect(page.text).toBe('Headline\nFirst paragraph.\nSecond.');
  });

  it('skips scripts, styles, templates and the extension’s own UI', () => {
    const root = body('<p>Kept</p><script>var x = "no";</script><style>p{}</style><template>t</template><own-ui>ui</own-ui><p>too</p>');
    const page = extractPageText(root, (el) => el.tagName === 'OWN-UI');
    expect(page.text).toBe('Kept\ntoo');
  });

  it('maps every node back to its offset', () => {
    const page = extractPageText(body('<p>Alpha <a href="#">beta</a> gamma</p><ul><li>delta</li></ul>'));
    page.nodes.forEach((node, i) => expect(page.text.slice(page.starts[i], page.starts[i]! + node.data.length)).toBe(node.data));
  });

  it('stops at the size limit and says so', () => {
    const big = 'word '.repeat(MAX_PAGE_CHARS / 5 + 10);
    const page = extractPageText(body(`<p>${big}</p><p>more</p>`));
    expect(page.truncated).toBe(true);
    expect(page.text.length).toBeLessThanOrEqual(MAX_PAGE_CHARS);
  });
});

describe('rangeFromOffsets', () => {
  it('round-trips any span of the text, across element boundaries', () => {
    const page = extractPageText(body('<p>The <b>white</b> paper, <a href="#">published</a> today.</p><p>Second <i>para</i>.</p>'));
    for (const [start, end] of [
      [0, 3],
      [4, 9],
      [2, 20],
      [10, page.text.length],
    ] as const) {
      const range = rangeFromOffsets(page, start, end);
      expect(range?.toString().replace(/\n/g, '')).toBe(page.text.slice(start, end).replace(/\n/g, ''));
    }
  });

  it('returns null for an empty span or a node that left the document', () => {
    const page = extractPageText(body('<p>gone soon</p>'));
    expect(rangeFromOffsets(page, 3, 3)).toBeNull();
    document.body.innerHTML = '';
    expect(rangeFromOffsets(page, 0, 4)).toBeNull();
  });
});

describe('extractPageText on a very deep tree', () => {
  it('reads what is within the depth cap and stops below it, without recursing', () => {
    document.body.innerHTML = '<p>Shallow words here.</p><div id="deep"></div><p>After the deep part.</p>';
    let at = document.getElementById('deep')!;
    // Well past the cap (happy-dom itself recurses on much deeper trees; the browser test uses 100,000).
    for (let i = 0; i < MAX_DEPTH * 4; i++) {
      const child = document.createElement('div');
      at.append(child);
      at = child;
    }
    at.append('Bottom of the deep tree.');
    const page = extractPageText(document.body);
    expect(page.text).toContain('Shallow words here.');
    expect(page.text).toContain('After the deep part.');
    expect(page.text).not.toContain('Bottom of the deep tree.');
  });

  it('reads text just within the cap', () => {
    document.body.innerHTML = '';
    let at: Element = document.body;
    for (let i = 0; i < MAX_DEPTH - 2; i++) {
      const child = document.createElement('div');
      at.append(child);
      at = child;
    }
    at.append('Still read.');
    expect(extractPageText(document.body).text).toBe('Still read.');
  });
});
