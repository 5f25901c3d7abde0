// The readable text of a page for attribution parsing: the article body without
// page furniture. Navigation, headers, footers, asides, scripts and cookie banners
// carry names and quotation marks too ("Read our cookie policy"), and would give the
// parser speakers the article never quoted. Paragraphs are separated by blank lines,
// the shape the quote parser (and the seed texts) use.

/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set([
  'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'FORM', 'BUTTON', 'IFRAME', 'DIALOG',
]);

/** Elements that end a paragraph: their text is not run together with their neighbours'. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'PRE', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'BR', 'HR',
]);

/** Cookie and consent banners, recognised by the id or class names sites and consent platforms give them. */
const BANNER_NAME = /cookie|consent|gdpr|onetrust|cmp-|privacy-banner/i;

function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
  return BANNER_NAME.test(names);
}

/** The element holding the article: <article>, else <main>, else <body>. */
function mainRoot(doc: Document): Element | null {
  return doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body;
}

export function readMainText(doc: Document): string {
  const root = mainRoot(doc);
  if (!root) return '';
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkipped(el)) return;
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) flush();
    for (const child of el.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
