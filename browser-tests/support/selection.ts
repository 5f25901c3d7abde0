// Selecting text in a page as a user would: from `from` in one text node to the end of `to`
// (in the same or a later one), then releasing the mouse, which is when the Save quote button
// appears.
import type { PageHandle } from './session.js';

export function selectText(page: PageHandle, from: string, to: string = from): Promise<unknown> {
  return page.evaluate(`(() => {
    const find = (text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(text);
        if (at !== -1) return [node, at];
      }
      throw new Error('not on the page: ' + text);
    };
    const [startNode, startAt] = find(${JSON.stringify(from)});
    const [endNode, endAt] = find(${JSON.stringify(to)});
    const range = document.createRange();
    range.setStart(startNode, startAt);
    range.setEnd(endNode, endAt + ${JSON.stringify(to)}.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  })()`);
}
