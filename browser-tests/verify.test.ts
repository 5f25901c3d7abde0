// Verification in real Chromium and Firefox ESR (issue 15): a served news page that
// puts a seed quote in the wrong person's mouth, changes one word of another and
// gives a known person words the corpus does not hold (labelled test material,
// test-support/verify/news-page.ts). The sidebar shows one misattributed, one
// altered and one unsourced quotation and the others as verified; the count under
// the header, the collapsed header and (where a test can read it) the toolbar badge count them apart, and each
// flag's "Show in page" brings its passage into view. A real page that names a known
// person but holds no known quote gets its quotation checked too.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_PAGE_PARAGRAPHS, NEWS_PAGE_TITLE } from '../test-support/verify/news-page';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { activeTabBadge } from './support/toolbar-badge.js';
import { BROWSERS, type BrowserSession, SIDEBAR_HOST, type TestServer, htmlPage, launchBrowser, startServer, waitFor } from './support/index.js';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const NEWS_HTML = htmlPage(
  NEWS_PAGE_TITLE,
  `<main><h1>${escapeHtml(NEWS_PAGE_TITLE)}</h1>${NEWS_PAGE_PARAGRAPHS.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</main>`,
);

// A real page with no known quote that names a known person (Labour's press release of 7 February 2018,
// test-support/verify/unseen/): Jonathan Ashworth's words, which the corpus does not hold.
const [ASHWORTH_TITLE = '', ...ASHWORTH_PARAGRAPHS] = readFileSync(
  new URL('../test-support/verify/unseen/pages/labour-ashworth-never-for-sale.txt', import.meta.url),
  'utf8',
)
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p !== '');
const ASHWORTH_HTML = htmlPage(ASHWORTH_TITLE, `<main>${[ASHWORTH_TITLE, ...ASHWORTH_PARAGRAPHS].map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</main>`);

describe.each(BROWSERS)('verifying quotations in %s', (browserName) => {
  let server: TestServer;
  let session: BrowserSession;

  beforeAll(async () => {
    server = await startServer({ '/news/reactions': NEWS_HTML, '/press/never-for-sale': ASHWORTH_HTML });
    session = await launchBrowser(browserName, EXTENSION_BUILDS);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows one misattributed, one altered and one unsourced quotation, and the verified ones as verified', async () => {
    const page = await session.open(server.url('/news/reactions'));
    try {
      await page.waitForSidebar();
      const cards = await waitFor('the checked quotations', async () => {
        const found = await page.queryShadow(SIDEBAR_HOST, '[data-verification]');
        return found && found.length >= 5 ? found : null;
      });
      expect(cards.map((c) => c.attributes['data-verification'])).toEqual(['misattributed', 'altered', 'unsourced', 'verified', 'verified']);
      const [misattributed, altered, unsourced, ...verified] = cards.map((c) => c.text);
      expect(misattributed).toContain('Attributed here to Matt Hancock, but in the source these are Chaand Nagpaul’s words.');
      expect(misattributed).toContain('11 February 2021');
      expect(altered).toContain('Altered: sense changed');
      expect(altered).toMatch(/could\s*→\s*will/);
      expect(unsourced).toContain('Attributed here to Jonathan Ashworth');
      expect(unsourced).toContain('searched 1 statement for Integration and innovation white paper (2021)');
      expect(verified.join(' ')).toContain('These are Simon Stevens’s words');
      expect(verified.join(' ')).toContain('These are Jennifer Dixon’s words');
      expect(cards.some((c) => c.text.includes('Jane Example'))).toBe(false);

      const [tally] = (await page.queryShadow(SIDEBAR_HOST, '[data-verification-tally]')) ?? [];
      expect(tally?.text).toBe('Quotations: 1 misattributed · 1 altered · 1 unsourced · 2 verified');
      const badge = await activeTabBadge(session);
      if (browserName === 'chromium') expect(badge).toBe('2!');
      // Collapsed, the header alone says the flags.
      expect(await page.clickInShadow(SIDEBAR_HOST, '.pl-header__actions button[aria-expanded="true"]')).toBe(true);
      const flags = await waitFor('the collapsed header’s flags', async () => (await page.queryShadow(SIDEBAR_HOST, '[data-verification-flags]'))?.[0] ?? null);
      expect(flags.text).toBe('1 misattributed · 1 altered');
    } finally {
      await page.close();
    }
  });

  it('checks a page that names a known person but holds no known quote: their words the corpus lacks are unsourced', async () => {
    const page = await session.open(server.url('/press/never-for-sale'));
    try {
      await page.waitForSidebar();
      const cards = await waitFor('the checked quotation', async () => {
        const found = await page.queryShadow(SIDEBAR_HOST, '[data-verification]');
        return found && found.length > 0 ? found : null;
      });
      expect(cards.map((c) => c.attributes['data-verification'])).toEqual(['unsourced']);
      expect(cards[0]?.text).toContain('Attributed here to Jonathan Ashworth, but no statement of theirs in the corpus has these words (searched their only statement).');
      expect(cards[0]?.text).toContain('Our NHS should never be up for sale.');
      const [tally] = (await page.queryShadow(SIDEBAR_HOST, '[data-verification-tally]')) ?? [];
      expect(tally?.text).toBe('Quotations: 1 unsourced');
    } finally {
      await page.close();
    }
  });

  it.each([
    ['misattributed', 'sweeping reorganisation'],
    ['altered', 'clunky competition'],
    ['unsourced', 'calorie labelling'],
  ])('scrolls the page to the %s quotation from its card (“Show in page”)', async (status, words) => {
    const page = await session.open(server.url('/news/reactions'));
    try {
      await page.waitForSidebar();
      await waitFor(`the ${status} card`, async () => ((await page.queryShadow(SIDEBAR_HOST, `[data-verification="${status}"]`))?.length ? true : null));
      await page.evaluate(`document.body.style.height = '6000px'; window.scrollTo(0, 5000)`);
      expect(await page.clickInShadow(SIDEBAR_HOST, `[data-verification="${status}"] .pl-card__actions button`)).toBe(true);
      const top = await waitFor('the quotation in view', async () => {
        const box = await page.evaluate<{ top: number; height: number }>(`(() => {
          const p = [...document.querySelectorAll('p')].find((e) => e.textContent.includes(${JSON.stringify(words)}));
          return { top: p.getBoundingClientRect().top, height: innerHeight };
        })()`);
        return box.top >= 0 && box.top <= box.height ? box.top : null;
      });
      expect(top).toBeGreaterThanOrEqual(0);
    } finally {
      await page.close();
    }
  });
});
