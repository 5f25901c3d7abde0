// The background's answer to "what does this page hold?" and the index rebuild
// that keeps that answer current. The page's own address is the one the browser
// reports for the sending frame, so a page cannot ask for another site's
// highlights by naming its address.
import type { PageReport } from '../page-report';
import type { PolicyLensDb } from '../storage/db';
import { buildPageReport } from '../storage/page-report';
import { z } from 'zod';
import { Id } from '../schema';
import { indexChangedStatements, textIndexStore } from '../storage/text-index';
import { PageInput } from './page-input';
import { type ExtensionIdentity, type MessageSender, classifySender, requireExtensionPage } from './sender';

/** `ready` resolves once the corpus and its text index are in place, so no lookup races the first install. */
export function detectHandlers(db: PolicyLensDb, ready: Promise<unknown>, self: ExtensionIdentity) {
  let store = textIndexStore(db);
  return {
    /**
     * The report, and the tab and frame it is for (the badge counts the top frame's). A
     * content script's page is the address the browser reports for it; the extension's
     * own pages (the PDF viewer) name the document they show.
     */
    async detectPage(data: unknown, sender: MessageSender): Promise<{ report: PageReport | null; tabId: number | undefined; frameId: number }> {
      const from = classifySender(sender, self);
      const page = PageInput.parse(data);
      await ready;
      // The addresses the page names (canonical, og:url) still help recognise a statement.
      const urls = from.kind === 'content-script' ? [from.pageUrl, ...page.urls.slice(1)] : page.urls;
      const report = await buildPageReport(db, store, { ...page, urls });
      return from.kind === 'content-script' ? { report, tabId: from.tabId, frameId: from.frameId } : { report, tabId: sender.tab?.id, frameId: 0 };
    },
    /**
     * An extension page changed statements or quotes (an import, a capture, a form):
     * only those statements are re-indexed (all that changed since the last index when
     * the page does not say which).
     */
    async textsChanged(sender: MessageSender, statementIds: unknown) {
      requireExtensionPage(sender, self);
      await indexChangedStatements(db, statementIds === undefined ? undefined : z.array(Id).parse(statementIds));
      store = textIndexStore(db); // drops the cached Bloom filter of the old index
    },
  };
}
