// Capturing a page the corpus does not know, in Chromium: the capture page proposes
// speakers and quotes, the analyst confirms them, and after a reload the page is
// recognised with the confirmed speakers and stances, and the dashboard's matrix shows
// it. Chromium only: it drives extension pages, which support/firefox-extension-pages.ts
// can open in Firefox (as sync-firefox.test.ts does); not done for this suite yet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCaptureForm } from './support/capture-form.js';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { type ChromiumSession, type TestServer, launchChromium, startServer, waitFor } from './support/index.js';

const TITLE = 'Care sector gives integration plan a guarded welcome';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE} | Care Daily</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${TITLE}",
"datePublished":"2022-02-10T09:00:00Z","publisher":{"@type":"Organization","name":"Care Daily"}}</script></head>
<body><header><nav>Home · News · Jobs</nav></header>
<article><h1>${TITLE}</h1>
<p>Care providers reacted on Thursday to the government's plans.</p>
<p>Jane Smith, chief executive of the Care Providers Alliance, said: "We welcome the ambition of this plan, but without proper funding for social care it will not deliver what people need."</p>
<p>Chris Hopson, chief executive of NHS Providers, said: "Trusts have serious concerns about the proposal for a single accountable person in every place."</p>
</article><footer>© Care Daily</footer></body></html>`;

describe('capturing a page as a statement, in Chromium', () => {
  let server: TestServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await startServer({ '/news/guarded-welcome': PAGE });
    session = await launchChromium(EXTENSION_BUILDS.chromium);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('captures, confirms, and then recognises the page and shows it in the matrix', async () => {
    const article = await session.open(server.url('/news/guarded-welcome'));
    const form = await openCaptureForm(session, article, 'Care providers reacted');
    await form.getByLabel('Policy event').selectOption({ label: 'Integration white paper (2022)' });
    expect(await form.getByLabel('Title').inputValue()).toBe(TITLE);
    expect(await form.getByLabel('Published').inputValue()).toBe('2022-02-10');

    const quotes = form.getByRole('group', { name: /^Quote \d$/ });
    expect(await quotes.count()).toBe(2);
    const jane = quotes.nth(0);
    expect(await jane.getByLabel('New speaker’s name').inputValue()).toBe('Jane Smith');
    expect(await jane.getByLabel('New organisation’s name').inputValue()).toBe('Care Providers Alliance');
    await jane.getByLabel('Stance').selectOption({ label: 'Supportive with reservations' });
    await jane.getByLabel('Funding').check();
    const hopson = quotes.nth(1);
    expect(await hopson.getByLabel('Speaker').inputValue()).toBe('chris-hopson');
    await hopson.getByLabel('Stance').selectOption({ label: 'Critical' });
    await hopson.getByLabel('Single accountable person').check();
    await form.getByRole('button', { name: 'Save statement' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await article.goto(server.url('/news/guarded-welcome'));
    const sidebar = await waitFor('the sidebar to recognise the page', async () => {
      const read = await article.readSidebar();
      return read?.heading === TITLE ? read : null;
    });
    expect(sidebar.text).toContain('Jane Smith');
    expect(sidebar.text).toContain('Chris Hopson');
    expect(sidebar.text).toContain('Supportive with reservations');
    expect(sidebar.text).toContain('Critical');

    const dashboard = await session.open(session.extensionUrl('/dashboard.html'));
    await dashboard.page.getByLabel('Policy event').first().selectOption({ label: 'Integration white paper (2022)' });
    await dashboard.page.getByRole('rowheader', { name: 'Care Providers Alliance' }).waitFor();
  });
});
