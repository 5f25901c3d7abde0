// Opening the extension's own pages in a new tab: from the toolbar's menu, the
// sidebar, and "Capture this page" (which hands the page's text to the capture page).
import { browser } from 'wxt/browser';
import { savePendingCapture } from '../storage/captures';
import type { PolicyLensDb } from '../storage/db';
import { CaptureInput } from './page-input';
import { type ExtensionIdentity, type MessageSender, classifySender } from './sender';

const openTab = (url: string) => browser.tabs.create({ url });

export const openHighlightsPage = () => openTab(browser.runtime.getURL('/highlights.html'));
export const openDashboard = () => openTab(browser.runtime.getURL('/dashboard.html'));

/** The capture page, with what the sending page's content script read; saved under the page's own address. */
export async function startCapture(db: PolicyLensDb, self: ExtensionIdentity, data: unknown, sender: MessageSender): Promise<void> {
  const from = classifySender(sender, self);
  const { url, metadata } = CaptureInput.parse(data);
  // A content script captures its own page; the PDF viewer names the document it shows.
  const id = await savePendingCapture(db, from.kind === 'content-script' ? from.pageUrl : url, metadata);
  await openTab(browser.runtime.getURL(`/capture.html?id=${encodeURIComponent(id)}`));
}
