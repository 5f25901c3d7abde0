// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { randomInt, seededRandom } from '../../test-support/seeded-random';
import { changedRegion } from './changed-region';
import { type PageReading, extractPageText } from './page-text';
import { readRegion } from './page-text-splice';
import { applyTextChange } from './text-change';

const isOwnUi = (el: Element) => el.hasAttribute('data-own');
const WORDS = ['health', 'care', 'white', 'paper', 'integrated', 'systems', 'we', 'welcome', 'the', 'council'];

/** Applies the page's changes to `reading` as the content script does; null when it would read the page again whole. */
function follow(reading: PageReading, records: MutationRecord[]) {
  const changed = changedRegion(records, document.body, isOwnUi);
  if (changed === 'all') return null;
  if (changed === 'none') return { reading, change: null };
  const read = readRegion(reading, changed, isOwnUi);
  if (read === 'unchanged') return { reading, change: null };
  read.reader.step();
  return read.finish();
}

function expectSameReading(got: PageReading, fresh: PageReading) {
  expect(got.text).toBe(fresh.text);
  expect(got.nodes).toEqual(fresh.nodes);
  expect(got.starts).toEqual(fresh.starts);
  expect(got.ends).toEqual(fresh.ends);
  expect(got.blocks).toEqual(fresh.blocks);
}

/** One edit of the page, returning the mutation record a browser gives for it (happy-dom's leave out the neighbours). */
type Edit = (el: Element, texts: Text[], phrase: () => string) => MutationRecord | null;
const childList = (target: Node, previousSibling: Node | null, nextSibling: Node | null) =>
  ({ type: 'childList', target, previousSibling, nextSibling, addedNodes: [], removedNodes: [] }) as unknown as MutationRecord;
const insert = (parent: Node, node: Node, next: Node | null) => {
  const previous = next ? next.previousSibling : parent.lastChild;
  parent.insertBefore(node, next);
  return childList(parent, previous, next);
};
const paragraph = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
const EDITS: Edit[] = [
  (el, _, phrase) => insert(el, paragraph(phrase()), null),
  (el, _, phrase) => insert(el, document.createTextNode(` ${phrase()} `), el.firstChild),
  (el) => {
    const parent = el.parentNode;
    if (el === document.body || !parent) return null;
    const record = childList(parent, el.previousSibling, el.nextSibling);
    el.remove();
    return record;
  },
  (_, texts, phrase) => {
    const text = texts[Math.floor(texts.length / 2)];
    if (!text) return null;
    text.data = phrase();
    return { type: 'characterData', target: text } as unknown as MutationRecord;
  },
  (el, _, phrase) => {
    el.innerHTML = `<em>${phrase()}</em> ${phrase()}`;
    return childList(el, null, null);
  },
  (el) => insert(el, Object.assign(document.createElement('script'), { textContent: 'var skipped = 1;' }), null),
  (el, _, phrase) => (el.parentNode && el !== document.body ? insert(el.parentNode, Object.assign(document.createElement('span'), { textContent: phrase() }), el.nextSibling) : null),
];

describe('re-reading only the changed region', () => {
  it('gives the same reading and text as a whole new pass, after random edits, one or several at a time', () => {
    const random = seededRandom(16);
    const word = () => WORDS[randomInt(random, 0, WORDS.length - 1)] as string;
    const phrase = () => Array.from({ length: randomInt(random, 1, 6) }, word).join(' ');
    let followed = 0;
    for (let round = 0; round < 200; round++) {
      document.body.innerHTML = `<header>Site <a href="/">home</a></header><main><article><h1>${phrase()}</h1>${Array.from({ length: 6 }, () => `<p>${phrase()} <b>${phrase()}</b> ${phrase()}</p>`).join('')}</article><aside><div>${phrase()}<span>${phrase()}</span></div></aside></main><div data-own="x">own ui</div><footer>${phrase()}</footer>`;
      let reading = extractPageText(document.body, isOwnUi);
      const records: MutationRecord[] = [];
      const edits = randomInt(random, 1, 5);
      for (let e = 0; e < edits; e++) {
        const elements = [...document.body.querySelectorAll('*')].filter((el) => !el.closest('[data-own]'));
        const el = elements[randomInt(random, 0, elements.length - 1)] as Element;
        const texts = reading.nodes.filter((n) => n.isConnected);
        const edit = EDITS[randomInt(random, 0, EDITS.length - 1)] as Edit;
        const record = edit(el, texts, phrase);
        if (record) records.push(record);
      }
      const before = reading.text;
      const result = follow(reading, records);
      const fresh = extractPageText(document.body, isOwnUi);
      if (!result) continue;
      followed++;
      reading = result.reading;
      expectSameReading(reading, fresh);
      expect(result.change ? applyTextChange(before, result.change) : before).toBe(fresh.text);
    }
    expect(followed).toBeGreaterThan(150);
  });

  it('re-reads only the paragraph a live page added, and sends only it', () => {
    document.body.innerHTML = `<article>${Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i} of the story.</p>`).join('')}</article>`;
    const reading = extractPageText(document.body);
    const article = document.querySelector('article') as HTMLElement;
    const last = article.lastChild;
    const p = document.createElement('p');
    p.textContent = 'Update: we welcome the white paper.';
    article.append(p);
    // The record a browser gives for it (happy-dom leaves out the neighbours).
    const record = { type: 'childList', target: article, addedNodes: [p], removedNodes: [], previousSibling: last, nextSibling: null } as unknown as MutationRecord;
    const changed = changedRegion([record], document.body, isOwnUi);
    const read = changed !== 'all' && changed !== 'none' ? readRegion(reading, changed, isOwnUi) : null;
    if (!read || read === 'unchanged') throw new Error('the added paragraph was not followed');
    read.reader.step();
    expect(read.reader.result().nodes).toEqual([p.firstChild]);
    expect(read.finish()?.change).toEqual({ start: reading.text.length, deleted: 0, inserted: '\nUpdate: we welcome the white paper.' });
  });

  it('re-reads only the paragraphs a live page added over several updates, as one change', () => {
    document.body.innerHTML = `<article>${Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i} of the story.</p>`).join('')}</article>`;
    const reading = extractPageText(document.body);
    const article = document.querySelector('article') as HTMLElement;
    const records = ['First update.', 'Second update.', 'Third update.'].map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      return insert(article, p, null);
    });
    const changed = changedRegion(records, document.body, isOwnUi);
    const read = changed !== 'all' && changed !== 'none' ? readRegion(reading, changed, isOwnUi) : null;
    if (!read || read === 'unchanged') throw new Error('the added paragraphs were not followed');
    read.reader.step();
    expect(read.reader.result().nodes).toHaveLength(3);
    expect(read.finish()?.change).toEqual({ start: reading.text.length, deleted: 0, inserted: '\nFirst update.\nSecond update.\nThird update.' });
  });

  it('ignores changes to text that is not the page’s (a script, the extension’s own frame) and outside the body', () => {
    document.head.innerHTML = '<title>Old</title>';
    document.body.innerHTML = '<p>Story.</p><script>var a = 1;</script><div data-own="sidebar"></div>';
    const reading = extractPageText(document.body, isOwnUi);
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    (document.querySelector('script')?.firstChild as Text).data = 'var a = 2;';
    document.title = 'New';
    document.body.append(Object.assign(document.createElement('div'), { textContent: '' }));
    document.body.lastElementChild?.setAttribute('data-own', 'save');
    const [script, ...others] = observer.takeRecords();
    expect(changedRegion(others, document.body, isOwnUi)).toBe('none');
    const inScript = script ? changedRegion([script], document.body, isOwnUi) : 'none';
    expect(inScript !== 'none' && inScript !== 'all' && readRegion(reading, inScript, isOwnUi)).toBe('unchanged');
  });

  it('reads the page again whole when its body was replaced', () => {
    document.body.innerHTML = '<p>Story.</p>';
    const root = document.body;
    document.documentElement.replaceChild(document.createElement('body'), root);
    expect(changedRegion([], root, isOwnUi)).toBe('all');
  });
});
