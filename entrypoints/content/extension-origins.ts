// The origins the extension's own frames can have: what `runtime.getURL` gives
// and, in Chrome, the extension's fixed origin: for a `use_dynamic_url` resource
// getURL gives a per-session address, yet the document loaded from it has the
// fixed origin.
import { browser } from 'wxt/browser';

export function extensionOrigins(path: '/sidebar-frame.html' | '/save-frame.html'): string[] {
  const given = new URL(browser.runtime.getURL(path)).origin;
  return given.startsWith('chrome-extension:') ? [...new Set([given, `chrome-extension://${browser.runtime.id}`])] : [given];
}
