// Selecting a sentence in the PDF viewer's text layer, as a user's drag would: runs in
// the viewer page (Playwright's `page.evaluate` in Chromium, BiDi `script.callFunction`
// in Firefox), so it is self-contained and refers to nothing outside itself.

/**
 * Selects `wanted` in the rendered text layers, across the line spans it wraps over
 * (the fixtures' lines break at spaces). False when the text layers do not hold it.
 */
export function selectInTextLayers(wanted: string): boolean {
  const nodes: Text[] = [];
  for (const layer of document.querySelectorAll('.textLayer')) {
    const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  }
  const starts: number[] = [];
  let joined = '';
  for (const node of nodes) {
    if (joined) joined += ' ';
    starts.push(joined.length);
    joined += node.data;
  }
  const at = joined.indexOf(wanted);
  if (at === -1) return false;
  const point = (offset: number) => {
    let i = starts.length - 1;
    while (i > 0 && (starts[i] as number) > offset) i--;
    return { node: nodes[i] as Text, offset: Math.min(offset - (starts[i] as number), (nodes[i] as Text).data.length) };
  };
  const from = point(at);
  const to = point(at + wanted.length);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
  return true;
}
