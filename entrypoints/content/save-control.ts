// The small "Save quote" button that appears beside a text selection on any page:
// an extension-origin frame (lib/dom/frame-host.ts), so a page script can neither
// click it nor read it. Clicking in a frame leaves the page's selection alone.
import { createFrameHost } from '@/lib/dom/frame-host';
import { type FromFrame, type ToFrame, endpoint } from '@/lib/frame/channel';
import { browser } from 'wxt/browser';
import { extensionOrigins } from './extension-origins';

/** Gap between the selection and the button, in CSS pixels. */
const OFFSET_PX = 6;
/** The button frame's size (the button fills it), in CSS pixels. */
const WIDTH_PX = 112;
const HEIGHT_PX = 36;

export interface SaveControl {
  /** Shows the button beside `rect` (viewport coordinates). */
  showAt(rect: DOMRect): void;
  hide(): void;
  isOwn(node: Node | null): boolean;
  remove(): void;
}

export function createSaveControl(key: () => Promise<string>, onSave: () => void): SaveControl {
  const host = createFrameHost(document, {
    name: 'save',
    src: browser.runtime.getURL('/save-frame.html'),
    origins: extensionOrigins('/save-frame.html'),
    title: 'Save quote (Policy Lens)',
    key,
    onPort(port) {
      endpoint<ToFrame, FromFrame>(port).onMessage((message) => {
        if (message.kind === 'save') onSave();
      });
    },
  });
  host.setVisible(false);

  return {
    showAt(rect) {
      host.place({
        inset: {
          left: `${Math.max(0, Math.min(rect.right, innerWidth - WIDTH_PX))}px`,
          top: `${Math.max(0, Math.min(rect.bottom + OFFSET_PX, innerHeight - HEIGHT_PX))}px`,
          right: undefined,
          bottom: undefined,
        },
        width: `${WIDTH_PX}px`,
        height: `${HEIGHT_PX}px`,
      });
      host.ensureAttached();
      host.setVisible(true);
    },
    hide: () => host.setVisible(false),
    isOwn: host.isOwn,
    remove: () => host.remove(),
  };
}
