import { backgroundToContent } from '@/lib/messaging/protocol';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageSession } from './page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The sidebar module brings its own styles into its shadow root.
  cssInjectionMode: 'manual',
  main(ctx) {
    const session = startPageSession(ctx);
    backgroundToContent.onMessage('toggleSidebar', () => session.toggle());
    backgroundToContent.onMessage('saveSelection', () => session.saveSelection());
    backgroundToContent.onMessage('capturePage', () => session.capture());
  },
});
