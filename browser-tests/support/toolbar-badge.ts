// The toolbar badge of the active tab, as a test reads it. Only Chromium lets a test
// reach the extension's background (its service worker); Firefox's background page is
// out of WebDriver BiDi's reach, so there the answer is undefined.
import { ChromiumSession } from './chromium.js';
import type { BrowserSession } from './session.js';

export async function activeTabBadge(session: BrowserSession): Promise<string | undefined> {
  if (!(session instanceof ChromiumSession)) return undefined;
  const worker = await session.serviceWorker();
  return worker.evaluate(`(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: tab.id });
  })()`);
}
