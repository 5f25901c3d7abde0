// Reading the PDF viewer as its user sees it: each function runs in the viewer page
// (Playwright's `page.evaluate` in Chromium, BiDi `script.callFunction` in Firefox), so
// it is self-contained and refers to nothing outside itself. The sidebar is an open
// shadow root on `.pdf-sidebar-host`.

/** The toolbar's status line once the whole text is read, else null. */
export function textRead(): string | null {
  const status = document.querySelector('[role="status"]')?.textContent ?? '';
  return /pages?, text read/.test(status) ? status : null;
}

/** Whether page `page`'s text layer has been drawn (its words can be selected). */
export function textLayerDrawn(page: number): boolean {
  return document.querySelector(`.page[data-page-number="${page}"] .textLayer span`) !== null;
}

/** The ids of the known quotes listed in the sidebar. */
export function quoteIds(): (string | null)[] {
  const cards = document.querySelector('.pdf-sidebar-host')?.shadowRoot?.querySelectorAll('article[data-quote-id]') ?? [];
  return [...cards].map((card) => card.getAttribute('data-quote-id'));
}

/** The first highlight card in the sidebar showing `text`: its id and its whole text; null while none does. */
export function highlightCard(text: string): { id: string; text: string } | null {
  const cards = document.querySelector('.pdf-sidebar-host')?.shadowRoot?.querySelectorAll('article[data-highlight-id]') ?? [];
  const card = [...cards].find((c) => (c.textContent ?? '').includes(text));
  return card ? { id: card.getAttribute('data-highlight-id') ?? '', text: card.textContent ?? '' } : null;
}

/** The areas of the boxes painted for mark `id` (on page `page` when given); null while none is. One argument, as Playwright passes one. */
export function markAreas({ id, page }: { id: string; page: number | null }): number[] | null {
  const within = page === null ? '' : `.page[data-page-number="${page}"] `;
  const boxes = document.querySelectorAll(`${within}policy-lens-mark[data-highlight-id="${CSS.escape(id)}"]`);
  return boxes.length > 0 ? [...boxes].map((box) => box.getBoundingClientRect()).map((r) => r.width * r.height) : null;
}
