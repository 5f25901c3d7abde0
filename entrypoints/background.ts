import '@/lib/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadBundledCorpus } from '@/lib/corpus/bundled-corpus';
import { registerFrameKeyHandlers } from '@/lib/frame/frame-key-handlers';
import { registerBackgroundHandlers } from '@/lib/messaging/background-handlers';
import { registerPdfMenus } from '@/lib/pdf/open-in-viewer';
import { ensureCorpus } from '@/lib/storage/corpus-install';
import { openDatabase } from '@/lib/storage/db';
import { ensureTextIndex, hasTextIndex } from '@/lib/storage/text-index';
import { WELCOME_PAGE, isFirstInstall } from '@/lib/welcome/welcome';

export default defineBackground(() => {
  const db = openDatabase();
  // Runs on install, on update and on every start; a no-op when corpus and index are current.
  const setup = ensureCorpus(db, loadBundledCorpus()).then(() => ensureTextIndex(db));
  // A cold start answers from the stored index at once; only the very first install waits for one.
  const ready = hasTextIndex(db).then((exists) => (exists ? undefined : setup));
  registerBackgroundHandlers(db, ready);
  registerPdfMenus();
  // First run: a short welcome page with the shortcuts and statements to try it on.
  browser.runtime.onInstalled.addListener((details) => {
    if (isFirstInstall(details)) void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  });
  registerFrameKeyHandlers();
});
