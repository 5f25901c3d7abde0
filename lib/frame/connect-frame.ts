// Each extension frame's start (the sidebar, the Save quote button): accept the
// content script's port (accept-port.ts), then say so in the frame's own document
// with an attribute on <html>. Automation waits for that attribute rather than
// for the frame to merely appear, as a frame that has just (re)loaded is listed
// before it can answer; the page cannot see it (the document is the extension's).
import { acceptPort } from './accept-port';
import { type Endpoint, type FromFrame, type ToFrame, endpoint } from './channel';

/** Set on the frame document's <html> once its channel is open. */
export const READY_ATTRIBUTE = 'data-ready';

export async function connectFrame(win: Window, key: Promise<string | null>): Promise<Endpoint<FromFrame, ToFrame>> {
  const end = endpoint<FromFrame, ToFrame>(await acceptPort(win, win.parent, key));
  win.document.documentElement.setAttribute(READY_ATTRIBUTE, '');
  return end;
}
