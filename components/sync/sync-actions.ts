// The Sync panel's actions over the database (an extension page opens it itself),
// kept apart from the component so tests can drive the component with real ones.
import type { PolicyLensDb } from '@/lib/storage/db';
import { applyInput, previewImportFile } from '@/lib/sync/apply';
import { exportSyncFile, serializeSyncFile, syncFileName } from '@/lib/sync/export';
import { exportHighlights } from '@/lib/sync/export-highlights';
import { restorePublished, rewrittenCorpusRecords } from '@/lib/sync/published-copies';
import { checkFileFits } from '@/lib/sync/storage-quota';
import { downloadText } from './download';
import type { SyncActions } from './SyncPanel';

/** `textsChanged` tells the background that statements or quotes changed, so its text index is rebuilt. */
export function syncActions(db: PolicyLensDb, textsChanged: () => Promise<void>): SyncActions {
  return {
    async exportFile(scope, format) {
      if (format === 'sync') {
        const file = await exportSyncFile(db, scope);
        downloadText(syncFileName(file), 'application/json', serializeSyncFile(file));
      } else {
        const { fileName, mimeType, text } = await exportHighlights(db, format, scope);
        downloadText(fileName, mimeType, text);
      }
    },
    async previewImport(file, onProgress) {
      const tooBig = await checkFileFits(file.size);
      if (tooBig) return tooBig;
      return previewImportFile(db, file, { onProgress });
    },
    async applyImport(input, consent, onProgress) {
      const result = await applyInput(db, input, { onProgress, ...(consent ? { consent } : {}) });
      if ('changedTables' in result && result.changedTables.some((t) => t === 'statements' || t === 'quotes')) await textsChanged();
      return result;
    },
    rewrittenCorpus: () => rewrittenCorpusRecords(db),
    async restorePublished({ table, id }) {
      if ((await restorePublished(db, table, id)) && (table === 'statements' || table === 'quotes')) await textsChanged();
    },
  };
}
