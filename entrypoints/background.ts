import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { z } from 'zod';
import { loadBundledCorpus } from '@/lib/corpus/bundled-corpus';
import { registerBackgroundHandlers } from '@/lib/messaging/background-handlers';
import { registerPdfMenus } from '@/lib/pdf/open-in-viewer';
import { ensureCorpus } from '@/lib/storage/corpus-install';
import { openDatabase } from '@/lib/storage/db';
import { ensureTextIndex } from '@/lib/storage/text-index';
import { WELCOME_PAGE, isFirstInstall } from '@/lib/welcome/welcome';

export default defineBackground(() => {
  // Extension pages forbid eval: stop Zod from probing for it (a CSP error on every start).
  z.config({ jitless: true });
  const db = openDatabase();
  // Runs on install, on update and on every start; a no-op when corpus and index are current.
  const ready = ensureCorpus(db, loadBundledCorpus()).then((installed) => ensureTextIndex(db, installed !== null));
  registerBackgroundHandlers(db, ready);
  registerPdfMenus();
  // First run: a short welcome page with the shortcuts and statements to try it on.
  browser.runtime.onInstalled.addListener((details) => {
    if (isFirstInstall(details)) void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  });
});
