// Wires the frame keys (frame-keys.ts) into the background's message handlers.
import { browser } from 'wxt/browser';
import { contentToBackground } from '../messaging/protocol';
import { frameKeys } from './frame-keys';

export function registerFrameKeyHandlers(): void {
  const keys = frameKeys();
  contentToBackground.onMessage('newFrameKey', ({ sender }) => keys.forContentScript(sender));
  contentToBackground.onMessage('frameKey', ({ sender }) => keys.forFrame(sender));
  browser.tabs.onRemoved.addListener((tabId) => keys.forget(tabId));
}
