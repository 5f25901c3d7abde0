// "Open in Policy Lens" for PDFs, which Chrome's and Firefox's own PDF viewers keep
// out of reach of content scripts: on a link to a PDF (the page's context menu) and on
// a tab showing one (the toolbar button's menu). Access to the PDF's origin is asked
// for there and then, while the click still counts as the user's; if they decline,
// the viewer explains and offers to ask again.
import { browser } from 'wxt/browser';
import { originPermission } from './identity';
import { viewerPath } from './viewer-link';

const OPEN_LINK_MENU_ID = 'policy-lens-open-pdf-link';
const OPEN_TAB_MENU_ID = 'policy-lens-open-pdf-tab';
/** Links whose address names a PDF file (with or without a query). */
const PDF_LINK_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'];

function openPdf(address: string, tabId?: number): void {
  const pattern = originPermission(address);
  if (!pattern) return;
  const url = browser.runtime.getURL(viewerPath(address));
  // No await before the request: it must run within the click.
  void browser.permissions
    .request({ origins: [pattern] })
    .catch(() => false)
    .then(() => (tabId === undefined ? browser.tabs.create({ url }) : browser.tabs.update(tabId, { url })));
}

export function registerPdfMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    const toolbar = browser.runtime.getManifest().manifest_version === 3 ? 'action' : 'browser_action';
    browser.contextMenus.create({ id: OPEN_LINK_MENU_ID, title: 'Open PDF in Policy Lens', contexts: ['link'], targetUrlPatterns: PDF_LINK_PATTERNS });
    browser.contextMenus.create({ id: OPEN_TAB_MENU_ID, title: 'Open this PDF in Policy Lens', contexts: [toolbar] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === OPEN_LINK_MENU_ID && info.linkUrl) openPdf(info.linkUrl);
    if (info.menuItemId === OPEN_TAB_MENU_ID && tab?.url) openPdf(tab.url, tab.id);
  });
}
