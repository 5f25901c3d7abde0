// The content script's handle on the sidebar: an extension-origin frame placed at
// the right of the page (lib/dom/frame-host.ts), talked to over the port the frame
// accepted. It keeps the latest state, so a frame that reloads (the page removed
// its host, or navigated it) is brought up to date at once.
import { createDock, pagePush } from '@/lib/dom/dock';
import { onDockModeChange, readDockMode } from '@/lib/dom/dock-mode';
import { createFrameHost } from '@/lib/dom/frame-host';
import { type FromFrame, type SidebarCall, type SidebarState, type ToFrame, answerCall, endpoint, type Endpoint } from '@/lib/frame/channel';
import { browser } from 'wxt/browser';
import { extensionOrigins } from './extension-origins';

/** The sidebar's width when expanded; the frame reports its own size once it has drawn. */
const EXPANDED_WIDTH = 'min(380px, 100vw)';

export interface SidebarCallbacks {
  onShowInPage(id: string): void;
  onDismiss(): void;
  onCapture(): void;
  /** Runs a call of the sidebar's (edit, delete, undo, create) and resolves with its result. */
  onCall(call: SidebarCall): Promise<unknown>;
}

export interface SidebarHandle {
  update(state: SidebarState): void;
  /** A highlight was clicked: mark and focus its card. */
  focusQuote(id: string): void;
  /** Shows the sidebar expanded if it is collapsed, collapses it otherwise. */
  toggle(): void;
  isOwn(node: Node | null): boolean;
  /** Puts the sidebar back if the page removed it. */
  ensureAttached(): void;
  remove(): void;
}

export function openSidebar(key: () => Promise<string>, initial: SidebarState, callbacks: SidebarCallbacks): SidebarHandle {
  let state = initial;
  let end: Endpoint<ToFrame, FromFrame> | undefined;
  // Docking (push or overlay): the user's choice, from the extension's storage, kept up to date.
  const dock = createDock(pagePush(document));
  void readDockMode(browser.storage.local).then(dock.setMode);
  const stopDockUpdates = onDockModeChange(browser.storage.onChanged, dock.setMode);
  const host = createFrameHost(document, {
    name: 'sidebar',
    src: browser.runtime.getURL('/sidebar-frame.html'),
    origins: extensionOrigins('/sidebar-frame.html'),
    title: 'Policy Lens',
    key,
    onPort(port) {
      end?.close();
      const current = endpoint<ToFrame, FromFrame>(port);
      end = current;
      current.onMessage((message) => {
        switch (message.kind) {
          case 'ready':
            return current.send({ kind: 'state', state });
          case 'size':
            dock.setSize(message.width, message.collapsed);
            return host.place({
              inset: { top: '0', right: '0', bottom: undefined, left: undefined },
              width: `${Math.ceil(message.width)}px`,
              height: message.collapsed ? `${Math.ceil(message.height)}px` : '100vh',
            });
          case 'showInPage':
            return callbacks.onShowInPage(message.id);
          case 'dismiss':
            return callbacks.onDismiss();
          case 'capture':
            return callbacks.onCapture();
          case 'call':
            return void answerCall(current, message, callbacks.onCall);
          default:
            return undefined;
        }
      });
    },
  });
  host.place({ inset: { top: '0', right: '0', bottom: undefined, left: undefined }, width: EXPANDED_WIDTH, height: '100vh' });
  host.ensureAttached();

  return {
    update(next) {
      state = next;
      end?.send({ kind: 'state', state });
    },
    focusQuote: (id) => end?.send({ kind: 'focus', id }),
    toggle: () => end?.send({ kind: 'toggle' }),
    isOwn: host.isOwn,
    ensureAttached: host.ensureAttached,
    remove() {
      end?.close();
      stopDockUpdates();
      dock.release();
      host.remove();
    },
  };
}
