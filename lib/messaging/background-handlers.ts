// The background's side of the protocol: each handler validates what came from a
// page or a user and calls lib/ storage; browser chrome (badge, context menu,
// keyboard commands) is wired here too.
import { browser } from 'wxt/browser';
import { badgeCount } from '../page-report';
import {
  createAnnotation,
  createOrganisation,
  createPerson,
  updateAnnotation,
  vocabulary,
} from '../storage/annotations';
import type { PolicyLensDb } from '../storage/db';
import { buildPageReport } from '../storage/page-report';
import { rebuildTextIndex, textIndexStore } from '../storage/text-index';
import { cleanUrl } from '../url-key';
import { savePendingCapture } from '../storage/captures';
import { AnnotationUpdate, CaptureInput, NewAnnotationInput, NewName, NewOrganisationInput, PageInput } from './page-input';
import { backgroundToContent, contentToBackground, pageToBackground } from './protocol';

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. */
const toolbarButton = () => browser.action ?? browser.browserAction;

const SAVE_MENU_ID = 'policy-lens-save-quote';
const LIBRARY_MENU_ID = 'policy-lens-all-highlights';
const CAPTURE_MENU_ID = 'policy-lens-capture-page';
const DASHBOARD_MENU_ID = 'policy-lens-dashboard';

const openHighlightsPage = () => browser.tabs.create({ url: browser.runtime.getURL('/highlights.html') });

/** `ready` resolves once the corpus and its text index are in place, so no lookup races the first install. */
export function registerBackgroundHandlers(db: PolicyLensDb, ready: Promise<unknown>): void {
  let store = textIndexStore(db);

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

  pageToBackground.onMessage('textsChanged', async () => {
    await rebuildTextIndex(db);
    store = textIndexStore(db); // drops the cached Bloom filter of the old index
  });

  contentToBackground.onMessage('saveAnnotation', ({ data }) => {
    const input = NewAnnotationInput.parse(data);
    const url = cleanUrl(input.url);
    if (!url) throw new Error('Highlights can be saved on web pages (http and https) only');
    return createAnnotation(db, { ...input, url });
  });
  contentToBackground.onMessage('updateAnnotation', ({ data }) => {
    const { id, changes } = AnnotationUpdate.parse(data);
    return updateAnnotation(db, id, changes);
  });
  contentToBackground.onMessage('vocabulary', () => vocabulary(db));
  contentToBackground.onMessage('openHighlightsPage', async () => {
    await openHighlightsPage();
  });
  contentToBackground.onMessage('startCapture', async ({ data }) => {
    const { url, metadata } = CaptureInput.parse(data);
    const id = await savePendingCapture(db, url, metadata);
    await browser.tabs.create({ url: browser.runtime.getURL(`/capture.html?id=${encodeURIComponent(id)}`) });
  });
  contentToBackground.onMessage('createPerson', async ({ data }) => {
    const { id, name } = await createPerson(db, NewName.parse(data));
    return { id, name };
  });
  contentToBackground.onMessage('createOrganisation', async ({ data }) => {
    const input = NewOrganisationInput.parse(data);
    const { id, name } = await createOrganisation(db, input.name, input.kind);
    return { id, name };
  });

  const tell = (tabId: number | undefined, call: 'toggleSidebar' | 'saveSelection' | 'capturePage') => {
    if (tabId !== undefined) backgroundToContent.sendMessage(call, undefined, tabId).catch(() => undefined);
  };
  toolbarButton().onClicked.addListener((tab) => tell(tab.id, 'toggleSidebar'));
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (command === 'toggle-sidebar') tell(tab?.id, 'toggleSidebar');
    if (command === 'save-quote') tell(tab?.id, 'saveSelection');
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save quote', contexts: ['selection'] });
    // The toolbar button's own menu leads to the list of every highlight.
    const toolbar = browser.runtime.getManifest().manifest_version === 3 ? 'action' : 'browser_action';
    browser.contextMenus.create({ id: LIBRARY_MENU_ID, title: 'All highlights', contexts: [toolbar] });
    browser.contextMenus.create({ id: DASHBOARD_MENU_ID, title: 'Dashboard: compare reactions', contexts: [toolbar] });
    browser.contextMenus.create({ id: CAPTURE_MENU_ID, title: 'Capture this page as a statement', contexts: [toolbar, 'page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) tell(tab?.id, 'saveSelection');
    if (info.menuItemId === LIBRARY_MENU_ID) void openHighlightsPage();
    if (info.menuItemId === CAPTURE_MENU_ID) tell(tab?.id, 'capturePage');
    if (info.menuItemId === DASHBOARD_MENU_ID) void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  });
}
