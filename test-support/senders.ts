// Message senders as the browser reports them, for unit tests of the background's
// sender checks: this extension's pages, and content scripts on given pages.
import type { ExtensionIdentity, MessageSender } from '../lib/messaging/sender';

export const SELF: ExtensionIdentity = { id: 'policy-lens-id', pagesBase: 'chrome-extension://policy-lens-id/' };

export const fromPage = (url: string, tabId = 7, frameId = 0): MessageSender => ({ id: SELF.id, url, tab: { id: tabId }, frameId });

export const fromExtensionPage = (path = 'highlights.html'): MessageSender => ({
  id: SELF.id,
  url: `${SELF.pagesBase}${path}`,
  tab: { id: 3 },
});
