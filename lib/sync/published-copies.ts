// A file may rewrite a corpus record (restate a quote, change its stance or
// speaker) once the analyst consents; the record then becomes the analyst's own,
// which no pack update overwrites. So that this is never for good, the import keeps
// the published version it replaced (writePublishedCopies), and the Sync panel
// offers to restore it (restorePublished): the record comes back as the corpus
// publishes it, and its pack holding is marked for comparison, so the next pack
// check (or reinstall) writes the newest published text over the restored one.
// Restoring is a choice on this copy, as hiding a corpus record is: a corpus record
// never travels in a sync file, and a file that rewrites it again needs consent again.
import type { PolicyLensDb, SyncedTable } from '../storage/db';
import { forgetHoldingHash } from '../storage/pack-holdings';
import { recordStore } from '../storage/record-store';
import type { SyncRecord, SyncRecords } from './format';
import { recordLabel } from './labels';

/** A corpus record an import rewrote, with what it says now. */
export interface RewrittenRecord {
  table: SyncedTable;
  id: string;
  /** The record as the corpus publishes it (the kept copy). */
  published: string;
  /** The record as the import left it, or undefined if it is gone since. */
  now: string | undefined;
  replacedAt: string;
}

/** Keeps the published version of corpus records an import is about to overwrite (call in the import's transaction). */
export async function writePublishedCopies(db: PolicyLensDb, table: SyncedTable, replaced: readonly SyncRecord[], now: Date): Promise<void> {
  const corpus = replaced.filter((r) => r.origin === 'corpus');
  if (corpus.length === 0) return;
  // A copy already kept is the published one: a later rewrite replaces the analyst's record, not the corpus's.
  const kept = await db.publishedCopies.bulkGet(corpus.map((r): [SyncedTable, string] => [table, r.id]));
  const rows = corpus.filter((_, i) => !kept[i]).map((record) => ({ table, id: record.id, record, replacedAt: now.toISOString() }));
  if (rows.length) await db.publishedCopies.bulkPut(rows);
}

/** Every corpus record an import rewrote whose published version can be restored, newest rewrite first. */
export async function rewrittenCorpusRecords(db: PolicyLensDb): Promise<RewrittenRecord[]> {
  const copies = await db.publishedCopies.toArray();
  const found: RewrittenRecord[] = [];
  for (const copy of copies) {
    const [current] = await recordStore(db, copy.table).get([copy.id]);
    found.push({
      table: copy.table,
      id: copy.id,
      published: recordLabel(copy.table, copy.record as SyncRecords[typeof copy.table]),
      now: current && recordLabel(copy.table, current as SyncRecords[typeof copy.table]),
      replacedAt: copy.replacedAt,
    });
  }
  return found.sort((a, b) => b.replacedAt.localeCompare(a.replacedAt));
}

/**
 * Puts the published version back in place of the rewrite, and marks the record's
 * pack holding so the next install of its pack compares it again (hash 0 matches no
 * content, as in db.ts). Returns false when there was nothing to restore.
 */
export async function restorePublished(db: PolicyLensDb, table: SyncedTable, id: string): Promise<boolean> {
  const store = recordStore(db, table);
  return db.transaction('rw', [db.publishedCopies, ...store.tables, db.deletions, db.holdingChunks, db.packTallies], async () => {
    const copy = await db.publishedCopies.get([table, id]);
    if (!copy) return false;
    const record = copy.record as SyncRecords[typeof table];
    await store.put([record]);
    await db.deletions.delete([table, id]);
    await db.publishedCopies.delete([table, id]);
    if (table !== 'annotations') await forgetHoldingHash(db.holdingChunks, table, id);
    return true;
  });
}
