import { backgroundToContent } from '@/lib/messaging/protocol';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageSession } from './page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The frames bring their own styles; nothing is injected into the page.
  cssInjectionMode: 'manual',
  // WXT's start-up postMessage would tell every page script the extension's id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // WXT ends this script when a newer copy of it announces itself with a DOM event on the
    // document; a page can dispatch that event too. Stop it before it arrives: an extension
    // reload is still noticed, by `ctx.isInvalid` (the runtime goes away).
    // (WXT keeps the event's name private; element access reads it without copying its format.)
    const started = ContentScriptContext['SCRIPT_STARTED_MESSAGE_TYPE'];
    ctx.addEventListener(window, started, (event) => event.stopImmediatePropagation(), { capture: true });
    const session = startPageSession(ctx);
    backgroundToContent.onMessage('toggleSidebar', () => session.toggle());
    backgroundToContent.onMessage('saveSelection', () => session.saveSelection());
    backgroundToContent.onMessage('capturePage', () => session.capture());
  },
});
