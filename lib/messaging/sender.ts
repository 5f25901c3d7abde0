// Who sent a message, as the browser reports it: never what the message says
// about itself. A content script runs beside a hostile page (a compromised one may
// send anything), so it acts only on its own page's address; the extension's own
// pages (same origin as the background) may act on any record. Anything else is
// refused.
import { cleanUrl } from '../url-key';

/** The parts of `runtime.MessageSender` the checks read (Chrome and Firefox both set them). */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** This extension: its id and the base URL of its pages (`runtime.getURL('/')`). */
export interface ExtensionIdentity {
  id: string;
  pagesBase: string;
}

export type Sender =
  | { kind: 'extension-page' }
  /** `pageUrl` is the sending frame's address without fragment or tracking parameters. */
  | { kind: 'content-script'; tabId: number; frameId: number; pageUrl: string };

export class SenderRefused extends Error {
  override name = 'SenderRefused';
}

export function classifySender(sender: MessageSender, self: ExtensionIdentity): Sender {
  if (sender.id !== self.id) throw new SenderRefused('Refused: the message did not come from this extension');
  if (sender.url?.startsWith(self.pagesBase)) return { kind: 'extension-page' };
  const tabId = sender.tab?.id;
  const pageUrl = sender.url === undefined ? null : cleanUrl(sender.url);
  if (tabId === undefined || pageUrl === null) {
    throw new SenderRefused('Refused: the message came neither from an extension page nor from a web page’s content script');
  }
  return { kind: 'content-script', tabId, frameId: sender.frameId ?? 0, pageUrl };
}

/** For what only the extension's own pages may do (importing, rebuilding the index). */
export function requireExtensionPage(sender: MessageSender, self: ExtensionIdentity): void {
  if (classifySender(sender, self).kind !== 'extension-page') {
    throw new SenderRefused('Refused: only the extension’s own pages may do this');
  }
}

/** For what concerns the sender's own page: a content script's page address (the browser's, not the message's). */
export function requireContentScript(sender: MessageSender, self: ExtensionIdentity) {
  const from = classifySender(sender, self);
  if (from.kind !== 'content-script') throw new SenderRefused('Refused: this call comes from a page’s content script only');
  return from;
}

/**
 * For a change to a record saved on `recordUrl`: an extension page may change any,
 * a content script only one saved on its own page's address.
 */
export function requireMayChange(sender: MessageSender, self: ExtensionIdentity, recordUrl: string): void {
  const from = classifySender(sender, self);
  if (from.kind === 'content-script' && from.pageUrl !== cleanUrl(recordUrl)) {
    throw new SenderRefused('Refused: a page may change only the highlights saved on its own address');
  }
}
