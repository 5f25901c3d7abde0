// The built extension in real Chromium and Firefox ESR: each seed, served as a
// realistic page on 127.0.0.1, is recognised by URL, and the panel shows the
// record the background read from IndexedDB (speakers' roles are not on the page).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stanceDefinition } from '../lib/stances.js';
import { roleOn } from '../lib/storage/statement-context.js';
import { loadCorpusFromDisk } from './support/corpus-on-disk.js';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import {
  BROWSERS,
  SIDEBAR_HOST,
  type BrowserSession,
  htmlPage,
  launchBrowser,
  startServer,
  type TestServer,
} from './support/index.js';
import { seedPagePath, seedRoutes } from './support/seed-pages.js';
import { activeTabBadge } from './support/toolbar-badge.js';

const corpus = loadCorpusFromDisk();
const orgName = (id: string) => corpus.organisations.find((o) => o.id === id)?.name;

/** How long an unrelated page gets to (wrongly) show a panel before we call it absent. */
const ABSENCE_WAIT_MS = 1500;

describe.each(BROWSERS)('recognising the bundled corpus in %s', (browserName) => {
  let server: TestServer;
  let session: BrowserSession;

  beforeAll(async () => {
    server = await startServer({
      ...seedRoutes(corpus),
      '/unrelated.html': htmlPage('Local news', '<main><h1>Bin collections change</h1><p>Nothing about health.</p></main>'),
    });
    session = await launchBrowser(browserName, EXTENSION_BUILDS);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each(corpus.statements.map((s) => [s.id, s] as const))('shows the record of %s', async (_id, statement) => {
    const page = await session.open(server.url(seedPagePath(statement)));
    try {
      await page.waitForSidebar();
      // A long statement folds its speakers and its quotes (issue 14): unfold both, as the
      // analyst would, before reading everything the sidebar knows.
      await page.clickInShadow(SIDEBAR_HOST, '.pl-statement details.pl-fold > summary');
      await page.clickInShadow(SIDEBAR_HOST, 'section:has(.pl-speaker-groups) .pl-button--small');
      const panel = await page.waitForSidebar();
      expect(panel.visible).toBe(true);
      expect(panel.label).toBe('Policy Lens');
      expect(panel.heading).toBe(statement.title);
      expect(panel.text).toContain(orgName(statement.publisherId));
      expect(panel.text).toContain(corpus.events.find((e) => e.id === statement.eventId)?.title);

      const quotes = corpus.quotes.filter((q) => q.statementId === statement.id);
      for (const quote of quotes) {
        const person = corpus.people.find((p) => p.id === quote.speakerId);
        if (person) {
          expect(panel.text).toContain(person.name);
          expect(panel.text).toContain(roleOn(person, quote.organisationId, statement.publishedDate));
        }
        expect(panel.text).toContain(orgName(quote.organisationId));
      }
      for (const quote of quotes) expect(panel.text).toContain(stanceDefinition(quote.stance).label);
      // The badge counts the quote cards the sidebar shows: at least this statement's own quotes.
      const cards = (await page.queryShadow(SIDEBAR_HOST, 'article[data-quote-id]')) ?? [];
      expect(cards.length).toBeGreaterThanOrEqual(quotes.length);
      const badge = await activeTabBadge(session);
      if (badge !== undefined) expect(badge).toBe(String(cards.length));
      expect(await page.countAccessible(SIDEBAR_HOST, { role: 'complementary', name: 'Policy Lens' })).toBe(1);
      // Shown in the extension's own frame, out of the page's reach.
      expect((await page.readShadow(SIDEBAR_HOST))?.mode).toBe('frame');
    } finally {
      await page.close();
    }
  });

  it('shows nothing on a page the corpus does not know', async () => {
    const page = await session.open(server.url('/unrelated.html'));
    try {
      await new Promise((resolve) => setTimeout(resolve, ABSENCE_WAIT_MS));
      expect(await page.readShadow(SIDEBAR_HOST)).toBeNull();
      expect(await activeTabBadge(session)).toBe(session.name === 'chromium' ? '' : undefined);
    } finally {
      await page.close();
    }
  });
});
