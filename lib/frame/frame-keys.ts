// The background's half of the frame handshake. A content script asks for its
// tab's key before it places a frame; the frame (an extension page inside that
// tab) asks for the same key and accepts only the port that comes with it. A web
// page can neither send these messages nor read the answers, so it cannot pose
// as the content script to the frame.

export interface KeySender {
  /** Set for content scripts and for extension frames inside a tab. */
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/** 128 random bits, hex: unguessable, and cheap to compare. */
const newKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

const isWebPage = (url: string | undefined) => /^https?:/i.test(url ?? '');
const isExtensionPage = (url: string | undefined) => /^(chrome|moz)-extension:/i.test(url ?? '');

export function frameKeys() {
  const keys = new Map<number, string>();
  return {
    /** For a top-level content script: its tab's key (one per tab, so a page restored from the back-forward cache keeps working). */
    forContentScript(sender: KeySender): string {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0 || !isWebPage(sender.url)) {
        throw new Error('Only a content script of a tab’s top document may open a frame channel');
      }
      const key = keys.get(tabId) ?? newKey();
      keys.set(tabId, key);
      return key;
    },
    /** For the extension's own frame inside a tab: that tab's key, or null when none was issued. */
    forFrame(sender: KeySender): string | null {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isExtensionPage(sender.url)) {
        throw new Error('Only the extension’s own frames may read a frame channel key');
      }
      return keys.get(tabId) ?? null;
    },
    /** A closed tab's key goes with it. */
    forget(tabId: number): void {
      keys.delete(tabId);
    },
  };
}
