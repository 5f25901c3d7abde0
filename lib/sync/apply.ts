// Previews and applies an import. Both read the database's state of the records
// the file names, check the file's references against it, and plan the merge
// (merge.ts); the preview stops there, the import writes the plan. Applying is one
// Dexie transaction that plans again inside it, so what is written is merged with
// the database as it is at that moment (the analyst may have edited a highlight
// while reading the preview), and a failure leaves the database exactly as it was.
import type { PolicyLensDb, SyncedTable } from '../storage/db';
import { type ExportScope, SYNCED_TABLES, type SyncFile, type SyncRecords } from './format';
import { type ImportFailure, type RecordPlace, failure } from './import-errors';
import { type ImportSource, type ParsedImport, parseImportText } from './import-validate';
import { existingIds, readLocalState, recordTable, toRow } from './local-state';
import { type MergeItem, type OutcomeCounts, type TablePlan, noOutcomes, planTable } from './merge';
import { danglingReferences, referencesOutside } from './references';
import { type StorageEstimator, browserStorage, checkRoom, estimateStoredBytes, isQuotaError, quotaExceeded } from './storage-quota';
import { readAgreed, writeAgreed } from './sync-bases';
import type { SkippedItem } from './web-annotation';

/** What an import will do (or did): counts, the records concerned, and anything left out. */
export interface ImportPreview {
  ok: true;
  source: ImportSource;
  scope: ExportScope;
  exportedAt: string;
  /** Set when the file was written in an older format version and upgraded. */
  upgradedFrom?: number;
  counts: OutcomeCounts;
  /** Every record the import adds, changes or deletes, and every conflict (unchanged records are only counted). */
  items: MergeItem[];
  /** Deletions of records this copy never had, kept so a later file cannot bring them back. */
  deletionsLearned: number;
  /** Items of a foreign file that are not highlights (replies, page notes). */
  skipped: SkippedItem[];
}

export interface ImportReport extends ImportPreview {
  /**
   * Tables whose records changed. When "statements" or "quotes" is among them,
   * the text index must be rebuilt (storage/text-index.ts).
   */
  changedTables: SyncedTable[];
}

export interface ApplyOptions {
  /** navigator.storage by default; none outside a browser. */
  storage?: StorageEstimator;
}

/** Every table an import reads or writes. */
const IMPORT_TABLES = [...SYNCED_TABLES, 'deletions', 'syncBases'];

type Plans = TablePlan<SyncRecords[SyncedTable]>[];

function idsByTable(file: SyncFile): Map<SyncedTable, string[]> {
  const ids = new Map<SyncedTable, string[]>(SYNCED_TABLES.map((t) => [t, file[t].map((r) => r.id)]));
  for (const d of file.deletions) ids.get(d.table)?.push(d.id);
  for (const [table, list] of ids) if (list.length === 0) ids.delete(table);
  return ids;
}

type Planned = { failure: ImportFailure } | { failure?: undefined; plans: Plans; agreed: Map<SyncedTable, Map<string, string>> };

/** Reads, checks and plans; no writes. Call inside a transaction over IMPORT_TABLES. */
async function plan(db: PolicyLensDb, parsed: ParsedImport): Promise<Planned> {
  const { file } = parsed;
  const ids = idsByTable(file);
  const agreed = await readAgreed(db, [...ids.keys()]);
  const local = await readLocalState(db, ids, agreed);
  const present = await existingIds(db, referencesOutside(file));
  const place = (table: SyncedTable, index: number, id: string): RecordPlace => {
    const from = table === 'annotations' ? parsed.origins?.[index] : undefined;
    return from ? { list: 'items', index: from.index, ...(from.id === undefined ? {} : { id: from.id }) } : { list: table, index, id };
  };
  const dangling = danglingReferences(file, present, place);
  if (dangling.length) return { failure: failure(dangling) };

  const plans: Plans = [];
  for (const table of SYNCED_TABLES) {
    const state = local.get(table);
    if (!state) continue;
    const deletions = file.deletions.filter((d) => d.table === table);
    plans.push(planTable(table, file[table], deletions, state));
  }
  return { plans, agreed };
}

function summary(parsed: ParsedImport, plans: Plans): ImportPreview {
  const counts = noOutcomes();
  for (const p of plans) for (const outcome of Object.keys(counts) as (keyof OutcomeCounts)[]) counts[outcome] += p.counts[outcome];
  return {
    ok: true,
    source: parsed.source,
    scope: parsed.file.scope,
    exportedAt: parsed.file.exportedAt,
    ...(parsed.upgradedFrom === undefined ? {} : { upgradedFrom: parsed.upgradedFrom }),
    counts,
    items: plans.flatMap((p) => p.items),
    deletionsLearned: plans.reduce((n, p) => n + p.deletionsLearned, 0),
    skipped: parsed.skipped,
  };
}

/** What importing the file would do, without changing anything. */
export async function previewImport(db: PolicyLensDb, parsed: ParsedImport): Promise<ImportPreview | ImportFailure> {
  return db.transaction('r', IMPORT_TABLES, async () => {
    const planned = await plan(db, parsed);
    return planned.failure ?? summary(parsed, planned.plans);
  });
}

async function write(db: PolicyLensDb, plans: Plans, agreed: Map<SyncedTable, Map<string, string>>) {
  for (const p of plans) {
    const table = recordTable(db, p.table);
    if (p.put.length) await table.bulkPut(p.put.map((r) => toRow(p.table, r)));
    if (p.remove.length) await table.bulkDelete(p.remove);
  }
  const putDeletions = plans.flatMap((p) => p.putDeletions);
  const removeDeletions = plans.flatMap((p) => p.removeDeletions.map((id): [SyncedTable, string] => [p.table, id]));
  if (putDeletions.length) await db.deletions.bulkPut(putDeletions);
  if (removeDeletions.length) await db.deletions.bulkDelete(removeDeletions);
  await writeAgreed(db, agreed, new Map(plans.map((p) => [p.table, p.agreed])));
}

/** Imports the file: merges it into the database in one transaction, or changes nothing and says why. */
export async function applyImport(
  db: PolicyLensDb,
  parsed: ParsedImport,
  options: ApplyOptions = {},
): Promise<ImportReport | ImportFailure> {
  const tooBig = await checkRoom(estimateStoredBytes(parsed.file), 'storage' in options ? options.storage : browserStorage());
  if (tooBig) return tooBig;
  try {
    return await db.transaction('rw', IMPORT_TABLES, async () => {
      const planned = await plan(db, parsed);
      if (planned.failure) return planned.failure;
      await write(db, planned.plans, planned.agreed);
      const changedTables = planned.plans
        .filter((p) => p.put.length > 0 || p.remove.length > 0)
        .map((p) => p.table);
      return { ...summary(parsed, planned.plans), changedTables };
    });
  } catch (error) {
    if (isQuotaError(error)) return quotaExceeded();
    throw error;
  }
}

/** Parses, validates and previews the text of a chosen file. */
export async function previewImportText(db: PolicyLensDb, text: string): Promise<ImportPreview | ImportFailure> {
  const parsed = parseImportText(text);
  return parsed.ok ? previewImport(db, parsed) : parsed;
}

/** Parses, validates and imports the text of a chosen file. */
export async function applyImportText(db: PolicyLensDb, text: string, options?: ApplyOptions): Promise<ImportReport | ImportFailure> {
  const parsed = parseImportText(text);
  return parsed.ok ? applyImport(db, parsed, options) : parsed;
}
