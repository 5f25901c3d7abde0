import { defineBackground } from 'wxt/utils/define-background';
import { z } from 'zod';
import { loadBundledCorpus } from '@/lib/corpus/bundled-corpus';
import { registerFrameKeyHandlers } from '@/lib/frame/frame-key-handlers';
import { registerBackgroundHandlers } from '@/lib/messaging/background-handlers';
import { registerUndoHandlers } from '@/lib/undo/undo-handlers';
import { ensureCorpus } from '@/lib/storage/corpus-install';
import { openDatabase } from '@/lib/storage/db';
import { ensureTextIndex } from '@/lib/storage/text-index';

export default defineBackground(() => {
  // Extension pages forbid eval: stop Zod from probing for it (a CSP error on every start).
  z.config({ jitless: true });
  const db = openDatabase();
  // Runs on install, on update and on every start; a no-op when corpus and index are current.
  const ready = ensureCorpus(db, loadBundledCorpus()).then((installed) => ensureTextIndex(db, installed !== null));
  registerBackgroundHandlers(db, ready);
  registerFrameKeyHandlers();
  registerUndoHandlers(db);
});
