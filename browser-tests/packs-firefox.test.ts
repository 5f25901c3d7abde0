// Subscribing to a corpus pack served from 127.0.0.1 with an ETag, in Firefox ESR:
// the story of support/pack-scenario.ts, driving the Dashboard over WebDriver BiDi
// (support/firefox-extension-pages.ts). Headless Firefox cannot answer the permission
// prompt either; its pref extensions.webextOptionalPermissionPrompts = false makes
// permissions.request grant without one (it still requires the user's gesture: the
// Subscribe click is trusted input), so the extension's own request is what grants
// the pack's origin here.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { type FirefoxExtensionPages, type FirefoxTab, launchFirefoxForExtensionPages } from './support/firefox-extension-pages.js';
import { waitFor } from './support/index.js';
import { type DashboardDriver, subscriptionScenario } from './support/pack-scenario.js';
import { PACK_TITLE, type PackServer, startPackServer } from './support/pack-server.js';

const SOURCE = `article[aria-label="${PACK_TITLE}"]`;
const STATUS = 'p[role="status"]';

/** The Corpus sources panel through BiDi: reads poll the rendered text, clicks are trusted. */
function bidiDashboard(page: FirefoxTab): DashboardDriver {
  const waitForText = (selector: string, text: string) =>
    waitFor(`"${text}" in ${selector}`, async () => ((await page.textOf(selector))?.includes(text) ? true : null), { timeout: 20_000 });
  return {
    async subscribe(url) {
      // The list of sources renders above the form once read; typing waits for it, so the field stays put.
      await waitForText('ul[aria-label="Corpus sources"]', 'Your own records');
      await page.type('form[aria-label="Subscribe to a pack"] input[type="url"]', url);
      await page.click('form[aria-label="Subscribe to a pack"] button', 'Subscribe');
    },
    clickInSource: (button) => page.click(`${SOURCE} button`, button),
    waitForStatus: async (text) => void (await waitForText(STATUS, text)),
    waitForSource: async (text) => void (await waitForText(SOURCE, text)),
    waitForNoSource: async () => void (await waitFor('the pack to leave the list', async () => ((await page.textOf(SOURCE)) === null ? true : null))),
  };
}

describe('corpus packs, in Firefox', () => {
  let server: PackServer;
  let firefox: FirefoxExtensionPages;

  beforeAll(async () => {
    server = await startPackServer();
    firefox = await launchFirefoxForExtensionPages(EXTENSION_BUILDS.firefox, { 'extensions.webextOptionalPermissionPrompts': false });
  });
  afterAll(async () => {
    await firefox?.close();
    server?.close();
  });

  it('subscribes, follows updates through a delta with conditional requests, falls back to the full file when a delta is refused, refuses a corrupt version, and unsubscribes', async () => {
    const dashboard = await firefox.open(firefox.extensionUrl('/dashboard.html'));
    await subscriptionScenario(firefox.session, server, bidiDashboard(dashboard));
  });
});
