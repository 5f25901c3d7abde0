// The context menu entries: "Save quote" on a selection, "Capture this page as a
// statement" on a page, and the toolbar button's own menu (All highlights,
// Dashboard, Capture).
import { browser } from 'wxt/browser';
import { openDashboard, openHighlightsPage } from './extension-pages';
import { tellTab } from './tab-calls';

const SAVE_MENU_ID = 'policy-lens-save-quote';
const LIBRARY_MENU_ID = 'policy-lens-all-highlights';
const CAPTURE_MENU_ID = 'policy-lens-capture-page';
const DASHBOARD_MENU_ID = 'policy-lens-dashboard';

export function registerContextMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save quote', contexts: ['selection'] });
    // The toolbar button's own menu leads to the list of every highlight.
    const toolbar = browser.runtime.getManifest().manifest_version === 3 ? 'action' : 'browser_action';
    browser.contextMenus.create({ id: LIBRARY_MENU_ID, title: 'All highlights', contexts: [toolbar] });
    browser.contextMenus.create({ id: DASHBOARD_MENU_ID, title: 'Dashboard: compare reactions', contexts: [toolbar] });
    browser.contextMenus.create({ id: CAPTURE_MENU_ID, title: 'Capture this page as a statement', contexts: [toolbar, 'page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) tellTab(tab?.id, 'saveSelection');
    if (info.menuItemId === LIBRARY_MENU_ID) void openHighlightsPage();
    if (info.menuItemId === CAPTURE_MENU_ID) tellTab(tab?.id, 'capturePage');
    if (info.menuItemId === DASHBOARD_MENU_ID) void openDashboard();
  });
}
