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
import { STALE_TEXT_ERROR } from '../dom/text-change';
import { isObject } from '../is-object';
import { MAX_SENT_TEXT_CHARS, PageChangeInput, PageInput } from './page-input';
import { KEPT_FRAMES, frameKey, pageTexts } from './page-texts';
import { type Detection, detect } from '../matching/detect';
import { detectChange } from '../matching/detect-change';
import type { TextChange } from '../dom/text-change';

import { type ExtensionIdentity, type MessageSender, classifySender, requireExtensionPage } from './sender';
import { knownNames } from '../verify/known-names';
import { MAX_NAMED_PAGE_CHARS, namedPeopleReport } from '../verify/page-verification';
import { corpusReadCache } from '../storage/corpus-read-cache';
import { answering } from '../storage/index-priority';

/** A page's text as detection receives it: with its version, and the change that made it from the last one. */
interface PageText {
  urls: string[];
  text: string;
  /** The frame's version of this text, when the background keeps it. */
  version?: number;
  update?: { previous: Detection; change: TextChange };
}

/** `ready` resolves once the corpus and its text index are in place, so no lookup races the first install. */
export function detectHandlers(db: PolicyLensDb, ready: Promise<unknown>, self: ExtensionIdentity) {
  let store = textIndexStore(db);
  const texts = pageTexts(KEPT_FRAMES, MAX_SENT_TEXT_CHARS);
  const names = knownNames(db); // issue 15: known people's names, one pattern per change of the people table
  /**
   * The page's text: sent whole, or a change to the text this frame sent last, with
   * what was detected in that text (so only the change is detected again).
   */
  const pageText = (data: unknown, frame: string | undefined): PageText => {
    if (!isObject(data) || !('change' in data)) {
      const page = PageInput.parse(data);
      if (frame && page.version !== undefined) texts.keep(frame, page.version, page.text);
      return { ...page, version: frame ? page.version : undefined };
    }
    const { urls, since, change } = PageChangeInput.parse(data);
    const previous = frame ? texts.detectionOf(frame, since) : undefined;
    const text = frame ? texts.apply(frame, since, change) : null;
    if (text === null) throw new Error(STALE_TEXT_ERROR);
    return { urls, text, version: since + 1, update: previous && { previous, change } };
  };
  const detection = async ({ text, update }: PageText): Promise<Detection> =>
    update ? detectChange(update.previous, update.change, text, store) : detect(text, store);
  /**
   * Issue 15's report for a page with no known quote that names a known person, read
   * from the page's opening: on a live page, read again only when a change reaches into
   * that opening or the corpus changed (it took attribution reading of 40,000
   * characters on every update).
   */
  const namedReport = async (frame: string | undefined, version: number | undefined, text: string): Promise<PageReport | null> => {
    const generation = corpusReadCache(db).generation();
    const held = frame && version !== undefined ? texts.openingOf(frame, version, generation) : undefined;
    if (held) return held.report;
    const report = await namedPeopleReport(db, names, text);
    if (frame && version !== undefined) texts.rememberOpening(frame, version, { chars: MAX_NAMED_PAGE_CHARS, generation, report });
    return report;
  };
  return {
    /**
     * The report, and the tab and frame it is for (the badge counts the top frame's). A
     * content script's page is the address the browser reports for it; the extension's
     * own pages (the PDF viewer) name the document they show.
     */
    async detectPage(data: unknown, sender: MessageSender): Promise<{ report: PageReport | null; tabId: number | undefined; frameId: number }> {
      const from = classifySender(sender, self);
      const frame = from.kind === 'content-script' ? frameKey(from.tabId, from.frameId) : undefined;
      const page = pageText(data, frame);
      await ready;
      // A rebuild of the index in this worker pauses while the page is answered (storage/index-priority.ts).
      const report = await answering(async () => {
        const detected = await detection(page);
        if (frame && page.version) texts.remember(frame, page.version, detected);
        // The addresses the page names (canonical, og:url) still help recognise a statement.
        const urls = from.kind === 'content-script' ? [from.pageUrl, ...page.urls.slice(1)] : page.urls;
        // Issue 15 (lib/verify): a page with no known quote that names a known person still has its quotations checked.
        return (await buildPageReport(db, store, { urls, text: page.text }, detected)) ?? (await namedReport(frame, page.version, page.text));
      });
      return from.kind === 'content-script' ? { report, tabId: from.tabId, frameId: from.frameId } : { report, tabId: sender.tab?.id, frameId: 0 };
    },
    /** A tab closed: its frames' texts are not needed any more. */
    forgetTab(tabId: number) {
      texts.forget(tabId);
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
