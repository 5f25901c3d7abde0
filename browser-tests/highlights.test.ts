// Saving highlights on any page in real Chromium and Firefox ESR: select, save,
// annotate, reload; re-anchoring after the page changed; orphans; highlights across
// elements removed cleanly; hostile CSS.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ArticleVersion, SENTENCE, articlePage } from './support/article-pages.js';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import {
  BROWSERS,
  type BrowserSession,
  PAINTED_TEXTS_JS,
  type PageHandle,
  SAVE_HOST,
  SIDEBAR_HOST,
  type TestServer,
  launchBrowser,
  startServer,
  waitFor,
} from './support/index.js';
import { selectText } from './support/selection.js';

/** The painted text (these articles hold no known quote, so all of it is the user's), paragraph breaks dropped. */
const marked = async (page: PageHandle) => (await page.evaluate<string[]>(PAINTED_TEXTS_JS)).join('').replace(/\s*\n\s*/g, '');

describe.each(BROWSERS)('highlights in %s', (browserName) => {
  let server: TestServer;
  let session: BrowserSession;
  let version: ArticleVersion = 'original';
  let page: PageHandle | undefined;

  beforeAll(async () => {
    server = await startServer({
      '/article': () => articlePage(version),
      '/other-article': () => articlePage('original'),
      '/hostile': () => articlePage('hostile'),
    });
    session = await launchBrowser(browserName, EXTENSION_BUILDS);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  async function saveSelection(on: PageHandle, from: string, to: string) {
    await selectText(on, from, to);
    await waitFor('the Save quote button', async () => ((await on.clickInShadow(SAVE_HOST, 'button')) ? true : null));
    await waitFor('the highlight editor', async () => ((await on.queryShadow(SIDEBAR_HOST, 'form textarea'))?.length ? true : null));
  }

  it('saves a selected sentence with a note and a tag, and paints it again after a reload', async () => {
    version = 'original';
    page = await session.open(server.url('/article'));
    await saveSelection(page, SENTENCE, SENTENCE);
    expect(await page.fillInShadow(SIDEBAR_HOST, 'form textarea', 'Boards need time')).toBe(true);
    expect(await page.fillInShadow(SIDEBAR_HOST, 'form input[type="text"]', 'ICS, workforce')).toBe(true);
    expect(await page.clickInShadow(SIDEBAR_HOST, 'form button[type="submit"]')).toBe(true);
    await waitFor('the note on the card', async () => ((await page!.readSidebar())?.text.includes('Boards need time') ? true : null));

    await page.goto(server.url('/article'));
    const sidebar = await page.waitForSidebar();
    expect(sidebar.text).toContain('Your highlights');
    expect(sidebar.text).toContain('Boards need time');
    expect(sidebar.text).toContain('workforce');
    expect(await waitFor('the painted highlight', async () => (await marked(page!)) || null)).toBe(SENTENCE);

    // "Open at its place", as the Highlights page links to it: scrolled to, and the fragment removed.
    const [card] = (await page.queryShadow(SIDEBAR_HOST, 'article[data-highlight-id]')) ?? [];
    await page.goto(`${server.url('/article')}#policy-lens-highlight=${card!.attributes['data-highlight-id']}`);
    const inView = await waitFor('the highlight to be scrolled into view', () =>
      page!.evaluate<boolean | null>(`(() => {
        const range = [...CSS.highlights.values()].flatMap((h) => [...h])[0];
        const box = range?.getBoundingClientRect();
        return box && box.top >= 0 && box.bottom <= innerHeight && location.hash === '' ? true : null;
      })()`),
    );
    expect(inView).toBe(true);
  });

  it('re-anchors at the right words after the page changed, and lists an orphan when the text is gone', async () => {
    version = 'edited';
    page = await session.open(server.url('/article'));
    await page.waitForSidebar();
    const edited = await waitFor('the re-anchored highlight', async () => (await marked(page!)) || null);
    expect(edited).toContain('integrated care boards must be given time, and the freedom to work');

    version = 'gone';
    await page.goto(server.url('/article'));
    const sidebar = await page.waitForSidebar();
    expect(sidebar.text).toContain('Not found on this page');
    expect(sidebar.text).toContain(SENTENCE);
    expect(await marked(page)).toBe('');
  });

  it('paints a highlight across a link and a paragraph boundary, and deleting it restores the DOM exactly', async () => {
    page = await session.open(server.url('/other-article'));
    const before = await page.evaluate<string>(`document.querySelector('article').innerHTML`);
    await saveSelection(page, 'rushed', 'the King’s');
    expect(await marked(page)).toBe('rushed mergers would harm patients.Analysts at the King’s');
    await page.clickInShadow(SIDEBAR_HOST, 'form button[type="button"]'); // Cancel: close the editor
    await waitFor('the Delete button', async () => ((await page!.clickInShadow(SIDEBAR_HOST, 'article[data-highlight-id] .pl-button--danger')) ? true : null));
    await waitFor('the highlight to go', async () => ((await marked(page!)) === '' ? true : null));
    expect(await page.evaluate<string>(`document.querySelector('article').innerHTML`)).toBe(before);
    expect(await page.evaluate<number>(`document.querySelector('article p:nth-of-type(2)').childNodes.length`)).toBe(3);
  });

  it('keeps the save control and highlights visible under hostile CSS', async () => {
    page = await session.open(server.url('/hostile'));
    await selectText(page, 'pool more of their budgets', 'pool more of their budgets');
    const control = await waitFor('the Save quote button', async () => (await page!.queryShadow(SAVE_HOST, 'button'))?.[0] ?? null);
    expect(control.visible).toBe(true);
    const onTop = await page.evaluate<boolean>(`(() => {
      const host = document.querySelector('[data-policy-lens="save"]');
      const box = host.getBoundingClientRect();
      return box.width > 50 && box.height > 20 && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === host;
    })()`);
    expect(onTop).toBe(true);
    await page.clickInShadow(SAVE_HOST, 'button');
    expect(await waitFor('a painted highlight', async () => (await marked(page!)) || null)).toBe('pool more of their budgets');
    // The page's rules cannot reach the highlight's colour: no element carries it.
    const background = await page.evaluate<string>(`(() => {
      const [name, highlight] = [...CSS.highlights.entries()].find(([, h]) => h.size > 0);
      const range = [...highlight][0];
      return getComputedStyle(range.startContainer.parentElement, '::highlight(' + name + ')').backgroundColor;
    })()`);
    expect(background).not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent|)$/);
  });
});
