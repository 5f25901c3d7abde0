// The background's side of the protocol: each handler validates what came from a
// page and calls lib/ storage; browser chrome (badge, shortcut) is wired here too.
import { browser } from 'wxt/browser';
import { badgeCount } from '../page-report';
import type { PolicyLensDb } from '../storage/db';
import { buildPageReport } from '../storage/page-report';
import { textIndexStore } from '../storage/text-index';
import { PageInput } from './page-input';
import { backgroundToContent, contentToBackground } from './protocol';

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. */
const toolbarButton = () => browser.action ?? browser.browserAction;

/** `ready` resolves once the corpus and its text index are in place, so no lookup races the first install. */
export function registerBackgroundHandlers(db: PolicyLensDb, ready: Promise<unknown>): void {
  const store = textIndexStore(db);

  contentToBackground.onMessage('detectPage', async ({ data, sender }) => {
    const page = PageInput.parse(data);
    await ready;
    const report = await buildPageReport(db, store, page);
    const tabId = sender.tab?.id;
    if (tabId !== undefined && sender.frameId === 0) {
      const count = report ? badgeCount(report) : 0;
      await toolbarButton().setBadgeText({ tabId, text: count ? String(count) : '' });
    }
    return report;
  });

  const toggle = (tabId: number | undefined) => {
    if (tabId !== undefined) backgroundToContent.sendMessage('toggleSidebar', undefined, tabId).catch(() => undefined);
  };
  toolbarButton().onClicked.addListener((tab) => toggle(tab.id));
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    toggle(tab?.id);
  });
}
