// The background's side of the protocol: each message is answered by a handler
// in a per-concern module (they check the sender and validate what came from a
// page), and the browser chrome (menus, keyboard, toolbar) is registered here.
import { browser } from 'wxt/browser';
import type { PolicyLensDb } from '../storage/db';
import { annotationHandlers } from './annotation-handlers';
import { registerContextMenus } from './context-menus';
import { detectHandlers } from './detect-handlers';
import { openHighlightsPage, startCapture } from './extension-pages';
import { registerKeyboardCommands } from './keyboard-commands';
import { contentToBackground, pageToBackground } from './protocol';
import type { ExtensionIdentity } from './sender';
import { showBadge } from './toolbar-badge';
import { registerPackChecks } from './pack-checks';

/** `ready` resolves once the corpus and its text index are in place, so no lookup races the first install. */
export function registerBackgroundHandlers(db: PolicyLensDb, ready: Promise<unknown>): void {
  const self: ExtensionIdentity = { id: browser.runtime.id, pagesBase: browser.runtime.getURL('/') };
  const detect = detectHandlers(db, ready, self);
  const annotations = annotationHandlers(db, self);

  contentToBackground.onMessage('detectPage', async ({ data, sender }) => {
    const { report, tabId, frameId } = await detect.detectPage(data, sender);
    await showBadge(tabId, frameId, report);
    return report;
  });
  browser.tabs.onRemoved.addListener((tabId) => detect.forgetTab(tabId));
  pageToBackground.onMessage('textsChanged', ({ data, sender }) => detect.textsChanged(sender, data));

  contentToBackground.onMessage('saveAnnotation', ({ data, sender }) => annotations.saveAnnotation(data, sender));
  contentToBackground.onMessage('updateAnnotation', ({ data, sender }) => annotations.updateAnnotation(data, sender));
  contentToBackground.onMessage('deleteHighlight', ({ data, sender }) => annotations.deleteHighlight(data, sender));
  contentToBackground.onMessage('undoDeleteHighlight', ({ data, sender }) => annotations.undoDeleteHighlight(data, sender));
  contentToBackground.onMessage('vocabulary', ({ sender }) => annotations.vocabulary(sender));
  contentToBackground.onMessage('createPerson', ({ data, sender }) => annotations.createPerson(data, sender));
  contentToBackground.onMessage('createOrganisation', ({ data, sender }) => annotations.createOrganisation(data, sender));
  contentToBackground.onMessage('openHighlightsPage', async () => {
    await openHighlightsPage();
  });
  contentToBackground.onMessage('startCapture', ({ data, sender }) => startCapture(db, self, data, sender));

  registerKeyboardCommands();
  registerContextMenus();
  registerPackChecks(db, ready);
}
