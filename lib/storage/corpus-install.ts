// Puts the bundled corpus into the database on install and on every update that
// ships a newer corpus. Idempotent; it never touches a record the user made or
// edited (origin "user") and never brings back one the user deleted (a tombstone).
import type { EntityTable, IDType } from 'dexie';
import type { Corpus } from '../corpus/bundled-corpus';
import type { Origin } from '../schema';
import { type PolicyLensDb, type SyncedTable, statementUrlKeys } from './db';

export interface InstallReport {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  keptUserRecords: number;
  /** Corpus records the user deleted (a tombstone, from here or from an imported file): not brought back. */
  keptDeleted: number;
}

interface CorpusRecord {
  id: string;
  origin: Origin;
  createdAt: string;
  updatedAt: string;
}

/** Compares two records ignoring timestamps, which change with every corpus release. */
function sameContent(a: CorpusRecord, b: CorpusRecord): boolean {
  const strip = ({ createdAt: _c, updatedAt: _u, ...rest }: CorpusRecord) => rest;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

async function syncTable<T extends CorpusRecord>(
  db: PolicyLensDb,
  name: SyncedTable,
  table: EntityTable<T, 'id'>,
  records: readonly T[],
  report: InstallReport,
) {
  const existing = new Map((await table.toArray()).map((r) => [r.id, r]));
  const deleted = new Set((await db.deletions.where('[table+id]').between([name, ''], [name, '\uffff']).toArray()).map((d) => d.id));
  const toPut: T[] = [];
  for (const record of records) {
    const current = existing.get(record.id);
    existing.delete(record.id);
    if (!current && deleted.has(record.id)) {
      report.keptDeleted++;
    } else if (!current) {
      report.added++;
      toPut.push(record);
    } else if (current.origin === 'user') {
      report.keptUserRecords++;
    } else if (sameContent(current, record)) {
      report.unchanged++;
    } else {
      report.updated++;
      toPut.push({ ...record, createdAt: current.createdAt });
    }
  }
  // Corpus records that a newer corpus no longer ships are withdrawn; user records stay.
  const stale = [...existing.values()].filter((r) => r.origin === 'corpus');
  report.removed += stale.length;
  await table.bulkPut(toPut);
  await table.bulkDelete(stale.map((r) => r.id as IDType<T, 'id'>));
}

export async function installCorpus(db: PolicyLensDb, corpus: Corpus): Promise<InstallReport> {
  const report: InstallReport = { added: 0, updated: 0, unchanged: 0, removed: 0, keptUserRecords: 0, keptDeleted: 0 };
  const tables = [db.events, db.organisations, db.people, db.topics, db.statements, db.quotes, db.meta, db.deletions];
  await db.transaction('rw', tables, async () => {
    await syncTable(db, 'events', db.events, corpus.events, report);
    await syncTable(db, 'organisations', db.organisations, corpus.organisations, report);
    await syncTable(db, 'people', db.people, corpus.people, report);
    await syncTable(db, 'topics', db.topics, corpus.topics, report);
    const statements = corpus.statements.map((s) => ({ ...s, urlKeys: statementUrlKeys(s) }));
    await syncTable(db, 'statements', db.statements, statements, report);
    await syncTable(db, 'quotes', db.quotes, corpus.quotes, report);
    await db.meta.put({ key: 'corpusVersion', value: corpus.version });
  });
  return report;
}

/** Installs the corpus unless this exact version is already in place: cheap on every start. */
export async function ensureCorpus(db: PolicyLensDb, corpus: Corpus): Promise<InstallReport | null> {
  const installed = await db.meta.get('corpusVersion');
  if (installed?.value === corpus.version) return null;
  return installCorpus(db, corpus);
}
