import '@/lib/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadBundledCorpus } from '@/lib/corpus/bundled-corpus';
import { registerBackgroundHandlers } from '@/lib/messaging/background-handlers';
import { ensureCorpus } from '@/lib/storage/corpus-install';
import { openDatabase } from '@/lib/storage/db';
import { ensureTextIndex } from '@/lib/storage/text-index';
import { WELCOME_PAGE, isFirstInstall } from '@/lib/welcome/welcome';

export default defineBackground(() => {
  const db = openDatabase();
  // Runs on install, on update and on every start; a no-op when corpus and index are current.
  const ready = ensureCorpus(db, loadBundledCorpus()).then((installed) => ensureTextIndex(db, installed !== null));
  registerBackgroundHandlers(db, ready);
  // First run: a short welcome page with the shortcuts and statements to try it on.
  browser.runtime.onInstalled.addListener((details) => {
    if (isFirstInstall(details)) void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  });
});
