// The toolbar button: the badge counts the known quotes on a tab's page (or, when
// some are misattributed or altered, those flags: lib/verify/badge-state.ts), and a
// click shows, expands or collapses that tab's sidebar.
import { browser } from 'wxt/browser';
import { type PageReport, badgeCount } from '../page-report';
import { badgeState } from '../verify/badge-state';
import { tallyOf } from '../verify/verification';

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. */
export const toolbarButton = () => browser.action ?? browser.browserAction;

/** Sub-frames have their own reports; only the top frame's page speaks for the tab. */
const TOP_FRAME = 0;

export async function showBadge(tabId: number | undefined, frameId: number, report: PageReport | null): Promise<void> {
  if (tabId === undefined || frameId !== TOP_FRAME) return;
  const verification = report?.verification;
  const state = badgeState(report ? badgeCount(report) : 0, verification && tallyOf(verification));
  const button = toolbarButton();
  await button.setBadgeBackgroundColor({ tabId, color: state.colour });
  await button.setTitle({ tabId, title: state.title });
  await button.setBadgeText({ tabId, text: state.text });
}
