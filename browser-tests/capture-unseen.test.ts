// Capturing a real page the extractor was not written against, in Chromium: a news
// line report of the BMA leader's letter (capture development set, tuning half) whose
// quotations use British single marks and refer back to the speaker as "Dr Meldrum"
// and "He". The capture page proposes the right speaker for each quotation; the
// analyst turns a highlight into a quote, confirms, and after a reload the page is
// recognised with those speakers. Chromium only, like capture.test.ts.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from './support/seed-pages.js';
import { openCaptureForm } from './support/capture-form.js';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { type ChromiumSession, type TestServer, launchChromium, startServer, waitFor } from './support/index.js';

const TEXT = readFileSync(new URL('../test-support/capture/dev-set/pages/wrp-meldrum-letter.txt', import.meta.url), 'utf8');
const [TITLE = '', ...BODY] = TEXT.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(TITLE)}</title>
<meta property="og:site_name" content="News Line"><meta property="article:published_time" content="2010-07-14T09:00:00Z"></head>
<body><header><nav>Home · News · Features</nav></header>
<article><h1>${escapeHtml(TITLE)}</h1>
${BODY.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article><footer>© News Line</footer></body></html>`;

describe('capturing a page with single quotation marks and surname follow-ups, in Chromium', () => {
  let server: TestServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await startServer({ '/news/bma-letter': PAGE });
    session = await launchChromium(EXTENSION_BUILDS.chromium);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('proposes the right speakers, takes a highlight as a quote, and recognises the page after saving', async () => {
    const article = await session.open(server.url('/news/bma-letter'));
    // A highlight on the page (its sidebar then offers capture).
    const form = await openCaptureForm(session, article, 'seeking the views of its members');
    await form.getByLabel('Policy event').selectOption({ index: 1 });

    const quotes = form.getByRole('group', { name: /^Quote \d+$/ });
    const proposed = await quotes.count();
    expect(proposed).toBe(8);
    for (let i = 0; i < proposed; i++) {
      const quote = quotes.nth(i);
      expect(await quote.getByLabel('New speaker’s name').inputValue()).toBe('Hamish Meldrum');
      expect(await quote.getByLabel('Organisation').first().inputValue()).toBe('bma');
      if ((await quote.getByRole('checkbox', { checked: true }).count()) < 2) await quote.getByLabel('Patient care and outcomes').check();
    }
    expect(await quotes.nth(1).locator('blockquote').textContent()).toBe(
      'large curate’s egg; good in parts, bad in parts, unclear in parts and even internally inconsistent in parts',
    );

    // The highlight becomes a quote; it names nobody, so the analyst leaves it out this time.
    await form.getByRole('button', { name: /^Add highlight as a quote: The BMA said/ }).click();
    await form.getByRole('status').filter({ hasText: 'Quote added' }).waitFor();
    expect(await quotes.count()).toBe(proposed + 1);
    await quotes.nth(proposed).getByLabel('Keep this quote').uncheck();

    await form.getByRole('button', { name: 'Save statement' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await article.goto(server.url('/news/bma-letter'));
    const sidebar = await waitFor('the sidebar to recognise the page', async () => {
      const read = await article.readSidebar();
      return read?.heading === TITLE ? read : null;
    });
    expect(sidebar.text).toContain('Hamish Meldrum');
    expect(sidebar.text).toContain('British Medical Association');
  });
});
