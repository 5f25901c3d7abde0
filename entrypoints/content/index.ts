import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentToBackground } from '@/lib/messaging/protocol';
import { pageUrls } from '@/lib/page-signals';
import { mountPanel } from './panel';
import './panel.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const context = await contentToBackground.sendMessage('lookupPage', { urls: pageUrls(document, location) });
    if (context && !ctx.isInvalid) await mountPanel(ctx, context);
  },
});
