// Calls the background makes to one tab's content script. The tab may have no
// content script (a browser page, a store page): then nothing happens.
import { backgroundToContent } from './protocol';

export type TabCall = 'toggleSidebar' | 'saveSelection' | 'capturePage';

export function tellTab(tabId: number | undefined, call: TabCall): void {
  if (tabId !== undefined) backgroundToContent.sendMessage(call, undefined, tabId).catch(() => undefined);
}
