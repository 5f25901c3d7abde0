import '@/lib/zod-jitless';
import { defineBackground } from 'wxt/utils/define-background';
import { loadBundledCorpus } from '@/lib/corpus/bundled-corpus';
import { registerBackgroundHandlers } from '@/lib/messaging/background-handlers';
import { ensureCorpus } from '@/lib/storage/corpus-install';
import { openDatabase } from '@/lib/storage/db';
import { ensureTextIndex } from '@/lib/storage/text-index';

export default defineBackground(() => {
  const db = openDatabase();
  // Runs on install, on update and on every start; a no-op when corpus and index are current.
  const ready = ensureCorpus(db, loadBundledCorpus()).then((installed) => ensureTextIndex(db, installed !== null));
  registerBackgroundHandlers(db, ready);
});
