// The toolbar button: the badge counts the known quotes on a tab's page, and a
// click shows, expands or collapses that tab's sidebar.
import { browser } from 'wxt/browser';
import { type PageReport, badgeCount } from '../page-report';

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. */
export const toolbarButton = () => browser.action ?? browser.browserAction;

/** Sub-frames have their own reports; only the top frame's page speaks for the tab. */
const TOP_FRAME = 0;

export async function showBadge(tabId: number | undefined, frameId: number, report: PageReport | null): Promise<void> {
  if (tabId === undefined || frameId !== TOP_FRAME) return;
  const count = report ? badgeCount(report) : 0;
  await toolbarButton().setBadgeText({ tabId, text: count ? String(count) : '' });
}
