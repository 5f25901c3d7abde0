// The sidebar in real Chromium and Firefox ESR: recognising a republished copy by
// its text, quotes on a news page (highlighted, linked both ways to their cards),
// unrelated pages left alone, hostile pages unable to hide or inject into it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusFromDisk } from './support/corpus-on-disk.js';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import {
  BROWSERS,
  type BrowserSession,
  PAINTED_TEXTS_JS,
  type PageHandle,
  SIDEBAR_HOST,
  type TestServer,
  launchBrowser,
  startServer,
  waitFor,
} from './support/index.js';
import { dynamicPage, hostilePage, newsPage, republishedPage, unrelatedPage } from './support/test-pages.js';

const corpus = loadCorpusFromDisk();
const title = (id: string) => corpus.statements.find((s) => s.id === id)!.title;
const ABSENCE_WAIT_MS = 1500;
const HTML_LOOKALIKE = '<script>better</script>';

const marksText = (page: PageHandle) => page.evaluate<string[]>(PAINTED_TEXTS_JS);

/** The viewport box of the first occurrence of `words` in the page's text. */
const boxOf = (page: PageHandle, words: string) =>
  page.evaluate<{ x: number; y: number; top: number; bottom: number }>(`(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(${JSON.stringify(words)});
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + ${JSON.stringify(words)}.length);
      const box = range.getClientRects()[0];
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, top: box.top, bottom: box.bottom };
    }
    throw new Error('not on the page');
  })()`);

describe.each(BROWSERS)('the sidebar in %s', (browserName) => {
  let server: TestServer;
  let session: BrowserSession;
  let page: PageHandle | undefined;

  const open = async (path: string) => {
    page = await session.open(server.url(path));
    return page;
  };

  beforeAll(async () => {
    server = await startServer({
      '/wire/story-4471': republishedPage(corpus),
      '/news/reaction': newsPage(),
      // The page's own wording of a quote (one word swapped for markup-like text) is shown in the sidebar.
      '/news/lookalike': newsPage().replace('through better data', `through ${HTML_LOOKALIKE.replace(/</g, '&lt;')} data`),
      '/local/bins': unrelatedPage(),
      '/app/home': dynamicPage('pushState', 700),
      '/late': dynamicPage('late', 1500),
      '/hostile': hostilePage(corpus, 'lbc-integration-plans-2021-02-11'),
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

  it('recognises a republished copy by its text: other layout and address, new headline, a paragraph gone, curly quotes', async () => {
    const sidebar = await (await open('/wire/story-4471')).waitForSidebar();
    expect(sidebar.heading).toBe(title('nhs-providers-cordery-2022-02-09'));
    expect(sidebar.text).toMatch(/Same text as the known statement/);
    expect(sidebar.text).toContain('Saffron Cordery');
  });

  it('shows both quotes of a news page with their speakers, highlighted in the page', async () => {
    const news = await open('/news/reaction');
    const sidebar = await news.waitForSidebar();
    expect(sidebar.text).toContain('Matthew Taylor');
    expect(sidebar.text).toContain('Nigel Edwards');
    expect(sidebar.text).toContain('Supportive with reservations');
    expect(sidebar.text).toContain('Critical');
    const marked = (await marksText(news)).join('');
    expect(marked).toContain('break down barriers between NHS providers');
    expect(marked).toContain('overestimates the extent to which structural changes');
    expect(marked).not.toContain('Ministers are expected');
  });

  it('focuses the card of a clicked highlight, and scrolls the page to a card’s highlight', async () => {
    const news = await open('/news/reaction');
    await news.waitForSidebar();
    await waitFor('the painted quotes', async () => ((await marksText(news)).length >= 2 ? true : null));
    // Keep the article clear of the sidebar, as a user would scroll or resize to click it.
    await news.evaluate(`document.body.style.maxWidth = '600px'`);
    const structural = await boxOf(news, 'structural changes');
    await news.clickAt(structural.x, structural.y);
    const focused = await waitFor('the focused card', async () => {
      const cards = await news.queryShadow(SIDEBAR_HOST, '[aria-current="true"]');
      return cards?.length ? cards : null;
    });
    expect(focused.map((card) => card.attributes['data-quote-id'])).toEqual(['q-edwards-2022-1']);

    await news.evaluate(`document.body.style.height = '5000px'; window.scrollTo(0, 4000)`);
    expect(await news.clickInShadow(SIDEBAR_HOST, '[data-quote-id="q-taylor-2022-1"] .pl-card__actions button')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const box = await boxOf(news, 'break down barriers');
    const height = await news.evaluate<number>('innerHeight');
    expect(box.top >= 0 && box.bottom <= height).toBe(true);
  });

  it('shows page text that looks like HTML as text, and creates no element from it', async () => {
    const news = await open('/news/lookalike');
    await news.waitForSidebar();
    // Open "Quoted in part on this page" on Taylor's card: it shows the page's own wording.
    expect(await news.clickInShadow(SIDEBAR_HOST, '[data-quote-id="q-taylor-2022-1"] summary')).toBe(true);
    expect((await news.readSidebar())?.text).toContain(HTML_LOOKALIKE);
    expect(await news.queryShadow(SIDEBAR_HOST, 'img, script')).toEqual([]);
  });

  it('dismisses for the page: the sidebar goes and the highlights are removed', async () => {
    const news = await open('/news/reaction');
    await news.waitForSidebar();
    const untouched = await news.evaluate<string>(`document.querySelector('article').innerHTML`);
    await waitFor('the Dismiss button', async () => ((await news.clickInShadow(SIDEBAR_HOST, 'button[aria-label="Dismiss for this page"]')) ? true : null));
    await waitFor('the sidebar to go', async () => ((await news.readShadow(SIDEBAR_HOST)) === null ? true : null));
    expect(await marksText(news)).toEqual([]);
    expect(await news.evaluate<string>(`document.querySelector('article').innerHTML`)).toBe(untouched);
  });

  it('recognises content that arrives by history.pushState navigation', async () => {
    const app = await open('/app/home');
    const sidebar = await app.waitForSidebar();
    expect(app.url()).toMatch(/\/app\/story\/integration$/);
    expect(sidebar.text).toContain('Nigel Edwards');
  });

  it('recognises content that loads late', async () => {
    const late = await open('/late');
    const sidebar = await late.waitForSidebar();
    expect(sidebar.text).toContain('Matthew Taylor');
    expect((await marksText(late)).join('')).toContain('break down barriers');
  });

  it('leaves an unrelated page alone: no sidebar, no highlight', async () => {
    const bins = await open('/local/bins');
    await new Promise((resolve) => setTimeout(resolve, ABSENCE_WAIT_MS));
    expect(await bins.readShadow(SIDEBAR_HOST)).toBeNull();
    expect(await marksText(bins)).toEqual([]);
  });

  it('stays visible, on top and unreadable to the page under hostile CSS and scripts', async () => {
    const hostile = await open('/hostile');
    await new Promise((resolve) => setTimeout(resolve, 500)); // let the page's cover and restyling loop run
    const sidebar = await hostile.waitForSidebar();
    expect(sidebar.visible).toBe(true);
    expect(sidebar.heading).toBe(title('lbc-integration-plans-2021-02-11'));
    const onTop = await hostile.evaluate<boolean>(`(() => {
      const host = document.querySelector('[data-policy-lens="sidebar"]');
      const box = host.getBoundingClientRect();
      return box.width > 300 && box.height > 300 && document.elementFromPoint(box.left + box.width / 2, box.top + 40) === host;
    })()`);
    expect(onTop).toBe(true);
    // A closed shadow root around an extension-origin frame: the page's scripts reach neither.
    expect(await hostile.evaluate<string>(`String(document.querySelector('[data-policy-lens="sidebar"]').shadowRoot)`)).toBe('null');
    // A frame inside a shadow tree is not even among the page's `frames`.
    expect(await hostile.evaluate<string>(`(() => { try { return frames[0]?.document.body.innerText ?? 'unreachable'; } catch (e) { return e.name; } })()`)).toMatch(/^(unreachable|SecurityError)$/);
  });
});
