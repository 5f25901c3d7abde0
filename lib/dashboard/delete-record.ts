// Deleting any record from the Dashboard (people, organisations, topics, events,
// statements, quotes), and restoring it. A deletion leaves a tombstone, as deleting
// a highlight does, so it travels in sync files and an older file never brings the
// record back; the tombstone keeps the record as it was, so the Dashboard can
// restore it. Deleting a corpus record hides it on this copy (the corpus install
// never brings back what has a tombstone); restoring it shows it again.
//
// Records that refer to a deleted one keep their reference (a quote keeps its
// speaker's id) and show it as deleted; before deleting, the Dashboard says which
// records those are (referencesTo).
import type { PolicyLensDb, SyncedTable } from '../storage/db';
import { recordStore } from '../storage/record-store';
import { nextStamp } from '../sync/clock';
import { SYNCED_TABLES, type SyncRecords } from '../sync/format';
import { recordLabel } from '../sync/labels';
import { visitReferences } from '../sync/references';
import type { AnyRecord, RecordTable } from './records';

/** A record that names another, and in which field. */
export interface Referrer {
  table: SyncedTable;
  id: string;
  label: string;
  field: string;
}

/** A deleted record the Dashboard can restore. */
export interface DeletedRecord {
  id: string;
  label: string;
  deletedAt: string;
}

/** Every record that names `table`/`id` (each record once, at its first such field). */
export async function referencesTo(db: PolicyLensDb, table: SyncedTable, id: string): Promise<Referrer[]> {
  const found: Referrer[] = [];
  for (const from of SYNCED_TABLES) {
    const records: SyncRecords[typeof from][] = await recordStore(db, from).all();
    for (const record of records) {
      let field: string | undefined;
      visitReferences(from, record, (f, target, targetId) => {
        if (field === undefined && target === table && targetId === id) field = f;
      });
      if (field !== undefined) found.push({ table: from, id: record.id, label: recordLabel(from, record), field });
    }
  }
  return found;
}

/** Deletes the record, leaving a tombstone that keeps it for restoring; returns it (undefined when there was none). */
export async function deleteRecord(db: PolicyLensDb, table: RecordTable, id: string, now: Date = new Date()): Promise<AnyRecord | undefined> {
  const store = recordStore(db, table);
  return db.transaction('rw', [...store.tables, db.deletions], async () => {
    const [record] = await store.get([id]);
    if (!record) return undefined;
    await store.delete([id]);
    await db.deletions.put({ table, id, deletedAt: nextStamp(record.updatedAt, now), record });
    return record as unknown as AnyRecord;
  });
}

/** The records of `table` deleted on this copy, most recent first. */
export async function deletedRecords(db: PolicyLensDb, table: RecordTable): Promise<DeletedRecord[]> {
  const rows = await db.deletions.where('[table+id]').between([table, ''], [table, '\uffff']).toArray();
  return rows
    .filter((d) => d.record !== undefined)
    .map((d) => ({ id: d.id, label: recordLabel(table, d.record as SyncRecords[typeof table]), deletedAt: d.deletedAt }))
    .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

/**
 * Brings a deleted record back as it was, its tombstone gone. The analyst's own
 * record is stamped after its deletion, so the restore travels and wins over the
 * tombstone on copies that already have it; a corpus record comes back as published.
 */
export async function restoreRecord(db: PolicyLensDb, table: RecordTable, id: string, now: Date = new Date()): Promise<AnyRecord | undefined> {
  const store = recordStore(db, table);
  return db.transaction('rw', [...store.tables, db.deletions], async () => {
    const tombstone = await db.deletions.get([table, id]);
    if (!tombstone?.record) return undefined;
    const kept = tombstone.record as SyncRecords[typeof table];
    const record = kept.origin === 'user' ? { ...kept, updatedAt: nextStamp(tombstone.deletedAt, now) } : kept;
    await db.deletions.delete([table, id]);
    await store.put([record]);
    return record as unknown as AnyRecord;
  });
}
