// Docking the sidebar (issue 14): in Chromium and Firefox ESR, "Push page" narrows the
// LBC report so its text ends left of the sidebar, the choice survives a reload, and
// switching back to overlay (or collapsing) gives the page back exactly its own layout,
// also on a page whose CSS pins <html>'s margin with !important under a fixed header.
// In Chromium, where a test can drive the sidebar's frame with real key presses and
// open the extension's pages: the dock toggle and the links between the pages work from
// the keyboard alone, and the sidebar's header passes WCAG AA contrast in both schemes.
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRAST_FAILURES, WCAG_AA_TEXT } from './support/contrast.js';
import { loadCorpusFromDisk } from './support/corpus-on-disk.js';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import {
  BROWSERS,
  type BrowserSession,
  type ChromiumSession,
  type PageHandle,
  SIDEBAR_HOST,
  type TestServer,
  launchBrowser,
  launchChromium,
  startServer,
  waitFor,
} from './support/index.js';
import { renderSeedPage, seedPagePath, seedRoutes } from './support/seed-pages.js';

const corpus = loadCorpusFromDisk();
const lbc = corpus.statements.find((s) => s.id === 'lbc-integration-plans-2021-02-11')!;

/** The LBC report on a site whose CSS pins <html>'s margin and padding and fixes its header to the window. */
const HOSTILE_PATH = '/hostile/dock.html';
const hostilePage = () =>
  renderSeedPage(corpus, lbc).replace(
    '</head>',
    `<style>
  html { margin: 0 !important; padding: 0 !important; }
  body > header { position: fixed !important; top: 0; left: 0; right: 0; z-index: 1000; }
  main { margin-top: 96px !important; }
</style>
</head>`,
  );

/** Runs in the page: where the article's text ends, where the sidebar begins, and <html>'s own style attribute. */
const LAYOUT_JS = `(() => {
  const host = document.querySelector('[data-policy-lens="sidebar"]');
  const article = document.querySelector('main article');
  const site = document.querySelector('body > header strong');
  const siteBox = site && site.getBoundingClientRect();
  const atSite = siteBox && document.elementFromPoint(siteBox.left + siteBox.width / 2, siteBox.top + siteBox.height / 2);
  return {
    articleRight: article ? article.getBoundingClientRect().right : null,
    sidebarLeft: host ? host.getBoundingClientRect().left : null,
    htmlStyle: document.documentElement.getAttribute('style'),
    siteNameShown: Boolean(site && atSite && site.contains(atSite)),
  };
})()`;

interface Layout {
  articleRight: number | null;
  sidebarLeft: number | null;
  htmlStyle: string | null;
  siteNameShown: boolean;
}

const layout = (page: PageHandle) => page.evaluate<Layout>(LAYOUT_JS);

/** The page's text ends left of the sidebar. */
const pushed = (l: Layout) => l.articleRight !== null && l.sidebarLeft !== null && l.articleRight <= l.sidebarLeft;

async function waitForLayout(page: PageHandle, what: string, test: (l: Layout) => boolean): Promise<Layout> {
  return waitFor(what, async () => {
    const now = await layout(page);
    return test(now) ? now : null;
  });
}

/** The dock toggle's aria-pressed, once the sidebar shows it. */
async function dockPressed(page: PageHandle): Promise<string> {
  return waitFor('the dock toggle', async () => (await page.queryShadow(SIDEBAR_HOST, '.pl-dock'))?.[0]?.attributes['aria-pressed'] ?? null);
}

/** One server for the file: the seed pages and the hostile one. */
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ ...seedRoutes(corpus), [HOSTILE_PATH]: hostilePage });
});
afterAll(() => server?.close());

describe.each(BROWSERS)('docking the sidebar in %s', (browserName) => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser(browserName, EXTENSION_BUILDS);
  });
  afterAll(() => session?.close());

  it('pushes the LBC report aside, still after a reload, and gives it back on overlay and on collapse', async () => {
    const url = server.url(seedPagePath(lbc));
    const page = await session.open(url);
    try {
      await page.waitForSidebar();
      expect(await dockPressed(page)).toBe('false');
      const overlay = await waitForLayout(page, 'the sidebar placed', (l) => l.sidebarLeft !== null && l.articleRight !== null);
      // Overlay (the default): the article runs under the sidebar, and the page's own <html> has no style.
      expect(pushed(overlay)).toBe(false);
      expect(overlay.htmlStyle).toBeNull();

      expect(await page.clickInShadow(SIDEBAR_HOST, '.pl-dock')).toBe(true);
      await waitForLayout(page, 'the article to end left of the sidebar', pushed);
      expect(await dockPressed(page)).toBe('true');

      await page.goto(url);
      await page.waitForSidebar();
      await waitForLayout(page, 'the article left of the sidebar after a reload', pushed);
      expect(await dockPressed(page)).toBe('true');

      // Collapsed to its tab, which still counts the known quotes, the page is whole again.
      const [count] = (await page.queryShadow(SIDEBAR_HOST, 'section:has(.pl-speaker-groups) .pl-count')) ?? [];
      const quotesFound = Number(count?.text.match(/^(\d+) quotes$/)?.[1]);
      expect(quotesFound).toBeGreaterThan(10);
      expect(await page.clickInShadow(SIDEBAR_HOST, '.pl-header__actions button[aria-expanded="true"]')).toBe(true);
      const collapsed = await waitForLayout(page, 'the page restored on collapse', (l) => !pushed(l) && l.htmlStyle === null);
      expect(collapsed.htmlStyle).toBeNull();
      const brand = await waitFor('the collapsed tab', async () => (await page.queryShadow(SIDEBAR_HOST, '.pl-brand__count'))?.[0] ?? null);
      expect(brand.text).toBe(`${quotesFound} known quotes`);
      expect(await page.clickInShadow(SIDEBAR_HOST, '.pl-header__actions button[aria-expanded="false"]')).toBe(true);
      await waitForLayout(page, 'the push back on expand', pushed);

      expect(await page.clickInShadow(SIDEBAR_HOST, '.pl-dock')).toBe(true);
      const back = await waitForLayout(page, 'the page restored on overlay', (l) => !pushed(l) && l.htmlStyle === null);
      expect(back.articleRight).toBeCloseTo(overlay.articleRight!, 0);
      expect(await dockPressed(page)).toBe('false');
    } finally {
      await page.close();
    }
  });

  it('pushes a page that pins html { margin: 0 !important } under a fixed header, and restores it', async () => {
    const page = await session.open(server.url(HOSTILE_PATH));
    try {
      await page.waitForSidebar();
      const before = await waitForLayout(page, 'the sidebar placed', (l) => l.sidebarLeft !== null && l.articleRight !== null);
      expect(pushed(before)).toBe(false);
      expect(await page.clickInShadow(SIDEBAR_HOST, '.pl-dock')).toBe(true);
      const after = await waitForLayout(page, 'the article left of the sidebar', pushed);
      // The fixed header keeps the window's width under the sidebar; its left part, the site's name, stays in view.
      expect(after.siteNameShown).toBe(true);
      expect(await page.clickInShadow(SIDEBAR_HOST, '.pl-dock')).toBe(true);
      const restored = await waitForLayout(page, 'the page restored', (l) => !pushed(l) && l.htmlStyle === null);
      expect(restored.articleRight).toBeCloseTo(before.articleRight!, 0);
    } finally {
      await page.close();
    }
  });
});

describe('the sidebar and the extension pages by keyboard, and the header’s contrast, in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(EXTENSION_BUILDS.chromium);
  });
  afterAll(() => session?.close());

  /** The sidebar's frame once its script is running. */
  const sidebarFrame = (page: { frames(): Frame[] }) =>
    waitFor('the sidebar frame', async () => page.frames().find((f) => !f.isDetached() && f.url().endsWith('/sidebar-frame.html')) ?? null);

  /** Presses Tab (or Shift+Tab) until the control named `name` has the focus in `frame`; fails after `limit` presses. */
  async function tabTo(keyboard: { press(key: string): Promise<void> }, frame: Frame, name: string, key = 'Tab', limit = 15) {
    for (let i = 0; i < limit; i += 1) {
      const focused = await frame.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        return active?.getAttribute('aria-label') ?? active?.innerText.trim() ?? '';
      });
      if (focused === name) return;
      await keyboard.press(key);
    }
    throw new Error(`${name} not reached with ${limit} × ${key}`);
  }

  it('switches docking and opens the Capture page from the sidebar with keys alone, then moves between the pages', async () => {
    const tab = await session.open(server.url(seedPagePath(lbc)));
    await tab.waitForSidebar();
    const frame = await sidebarFrame(tab.page);
    // The one pointer-free start: focus put on the sidebar's Collapse button, as the toolbar shortcut leaves it reachable.
    await frame.getByRole('button', { name: 'Collapse' }).focus();
    const { keyboard } = tab.page;
    await tabTo(keyboard, frame, 'Push page', 'Shift+Tab', 3);
    await keyboard.press('Space');
    await waitForLayout(tab, 'the page pushed by Space', pushed);
    await keyboard.press('Enter');
    await waitForLayout(tab, 'overlay again by Enter', (l) => !pushed(l) && l.htmlStyle === null);

    await tabTo(keyboard, frame, 'Capture');
    const opened = session.context.waitForEvent('page');
    await keyboard.press('Enter');
    const capture = await opened;
    await capture.waitForURL(/\/capture\.html$/);
    await capture.getByRole('heading', { level: 1, name: 'Capture a statement' }).waitFor();
    expect(await capture.getByRole('link', { name: 'Capture', exact: true }).getAttribute('aria-current')).toBe('page');

    // Between the pages: Tab from the top of each to the next page's link, Enter.
    for (const [link, title, path] of [
      ['Highlights', 'Highlights', '/highlights.html'],
      ['Dashboard', 'Dashboard', '/dashboard.html'],
      ['Capture', 'Capture a statement', '/capture.html'],
    ] as const) {
      for (let i = 0; i < 10 && (await capture.evaluate(() => document.activeElement?.textContent)) !== link; i += 1) {
        await capture.keyboard.press('Tab');
      }
      await capture.keyboard.press('Enter');
      await capture.waitForURL((u) => u.pathname === path);
      await capture.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await capture.getByRole('navigation', { name: 'Policy Lens pages' }).getByRole('link', { name: link, exact: true }).getAttribute('aria-current')).toBe('page');
    }
    await capture.close();
    await tab.close();
  });

  it('gives the sidebar’s header links and the dock toggle at least 4.5:1 contrast in light and dark', async () => {
    const tab = await session.open(server.url(seedPagePath(lbc)));
    await tab.waitForSidebar();
    const frame = await sidebarFrame(tab.page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await tab.page.emulateMedia({ colorScheme });
      expect(await frame.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      for (const pressed of ['false', 'true']) {
        const dock = frame.getByRole('button', { name: 'Push page' });
        if ((await dock.getAttribute('aria-pressed')) !== pressed) await dock.click();
        await waitFor(`the toggle ${pressed}`, async () => ((await dock.getAttribute('aria-pressed')) === pressed ? true : null));
        // Every text of the header (brand, buttons, section and page links) and the toggle's drawn icon.
        const low = await frame.evaluate(CONTRAST_FAILURES, { minimum: WCAG_AA_TEXT, within: '.pl-header', marks: '.pl-dock__glyph' });
        expect(low, `${colorScheme}, pressed ${pressed}`).toEqual([]);
      }
    }
    await frame.getByRole('button', { name: 'Push page' }).click();
    await tab.close();
  });
});
