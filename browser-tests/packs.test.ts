// Subscribing to a corpus pack served from 127.0.0.1 with an ETag, in Chromium
// (support/pack-scenario.ts tells the story; packs-firefox.test.ts tells it in
// Firefox). The origin permission is granted through the profile
// (support/chromium-permissions.ts), since headless Chromium cannot answer the
// permission prompt.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromiumWithHostPermission } from './support/chromium-permissions.js';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import type { ChromiumSession } from './support/index.js';
import { type DashboardDriver, subscriptionScenario } from './support/pack-scenario.js';
import { PACK_TITLE, type PackServer, startPackServer } from './support/pack-server.js';

/** The Corpus sources panel through Playwright's locators. */
function playwrightDashboard(dashboard: Page): DashboardDriver {
  const status = () => dashboard.getByRole('region', { name: 'Corpus sources' }).getByRole('status');
  const source = () => dashboard.getByRole('article', { name: PACK_TITLE });
  return {
    async subscribe(url) {
      await dashboard.getByLabel('Pack address').fill(url);
      await dashboard.getByRole('button', { name: 'Subscribe' }).click();
    },
    clickInSource: (button) => source().getByRole('button', { name: button }).click(),
    waitForStatus: (text) => status().filter({ hasText: text }).waitFor(),
    waitForSource: (text) => source().filter({ hasText: text }).waitFor(),
    waitForNoSource: () => source().waitFor({ state: 'detached' }),
  };
}

describe('corpus packs, in Chromium', () => {
  let server: PackServer;
  let session: ChromiumSession;
  let dashboard: Page;

  beforeAll(async () => {
    server = await startPackServer();
    session = await launchChromiumWithHostPermission(EXTENSION_BUILDS.chromium, 'http://127.0.0.1/*');
    dashboard = await session.context.newPage();
    await dashboard.goto(session.extensionUrl('/dashboard.html'));
  });
  afterAll(async () => {
    await session?.close();
    server?.close();
  });

  it('subscribes, follows updates through a delta with conditional requests, falls back to the full file when a delta is refused, refuses a corrupt version, and unsubscribes', async () => {
    await subscriptionScenario(session, server, playwrightDashboard(dashboard));
  });
});
