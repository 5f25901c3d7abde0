// Previews and applies an import. Both read the database's state of the records
// the file names and plan the merge (merge.ts); the preview stops there, the import
// writes the plan. Applying is one Dexie transaction that plans again inside it, so
// what is written is merged with the database as it is at that moment (the analyst
// may have edited a highlight while reading the preview), and a failure leaves the
// database exactly as it was.
//
// What the file cannot do on its own:
// - win with a time from the future: such versions are refused and listed (clock.ts);
// - delete the analyst's records, or change or delete corpus records: the preview
//   counts them and the import applies only with a consent naming those counts;
// - be refused for a reference to something this copy does not hold: the reference
//   is kept and listed (references.ts), so files converge in any order.
import type { PolicyLensDb, SyncedTable } from '../storage/db';
import { beyondSkew } from './clock';
import { type ExportScope, SYNCED_TABLES, type SyncFile, type SyncRecords, TABLE_NOUN, TABLE_PLURAL, countOf } from './format';
import { type ImportFailure, fileError } from './import-errors';
import { type ImportSource, type ParsedImport, parseImportText } from './import-validate';
import { recordLabel } from './labels';
import { existingIds, readLocalState, recordTable, tombstonedIds, toRow } from './local-state';
import { type MergeItem, type OutcomeCounts, type TablePlan, noOutcomes, planTable } from './merge';
import { type UnresolvedReference, referencesOutside, unresolvedReferences } from './references';
import { type StorageEstimator, browserStorage, checkRoom, estimateStoredBytes, isQuotaError, quotaExceeded } from './storage-quota';
import { readAgreed, writeAgreed } from './sync-bases';
import { pruneLearnedTombstones } from './tombstones';
import type { SkippedItem } from './foreign-items';

/** A version the file holds that is dated in the future beyond the allowed skew: left out. */
export interface RefusedVersion {
  table: SyncedTable;
  id: string;
  label: string;
  /** The time the file gives it. */
  time: string;
}

/** What a destructive import needs the analyst to confirm; all zero for an import that takes nothing away. */
export interface Consent {
  /** Records of the analyst's (origin "user") the file deletes. */
  deleteYours: number;
  /** Corpus records the file changes or deletes. */
  changeCorpus: number;
}

/** What a file holds, table by table, whatever its scope claims. */
export type Contents = Record<SyncedTable, { records: number; deletions: number }>;

/** What an import will do (or did): counts, the records concerned, and anything left out. */
export interface ImportPreview {
  ok: true;
  source: ImportSource;
  /** The scope the file claims. */
  scope: ExportScope;
  /** What it really holds. */
  contents: Contents;
  exportedAt: string;
  /** Set when the file was written in an older format version and upgraded. */
  upgradedFrom?: number;
  counts: OutcomeCounts;
  /** Per kind of record: how many are added, changed, deleted. */
  byTable: Partial<Record<SyncedTable, OutcomeCounts>>;
  /** Every record of this copy the import changes or deletes, every conflict, and the first added ones (merge.ts LISTED_PER_TABLE). */
  items: MergeItem[];
  /** What the analyst must confirm before the import applies. */
  consent: Consent;
  /** The same in words, one sentence per kind of record ("2 of your highlights will be deleted"). */
  warnings: string[];
  /** Deletions of records this copy never had, remembered for a while (tombstones.ts). */
  deletionsLearned: number;
  /** Versions dated in the future: left out. */
  refused: RefusedVersion[];
  /** References kept to records this copy will not hold. */
  unresolved: UnresolvedReference[];
  /** Items of a foreign file that could not be imported (replies, page notes, unreadable items). */
  skipped: SkippedItem[];
  /** What the analyst should know about the file as a whole. */
  notices: string[];
}

export interface ImportReport extends ImportPreview {
  /**
   * Tables whose records changed. When "statements" or "quotes" is among them,
   * the text index must be rebuilt (storage/text-index.ts).
   */
  changedTables: SyncedTable[];
}

export interface PreviewOptions {
  /** This computer's clock (a test seam); now by default. */
  now?: Date;
}

export interface ApplyOptions extends PreviewOptions {
  /** navigator.storage by default; none outside a browser. */
  storage?: StorageEstimator;
  /** The counts the analyst confirmed in the preview; needed when the import deletes their records or changes the corpus. */
  consent?: Consent;
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

/** The file without its versions dated in the future, and those versions. */
function withoutFuture(file: SyncFile, now: Date): { file: SyncFile; refused: RefusedVersion[] } {
  const refused: RefusedVersion[] = [];
  const kept: SyncFile = { ...file };
  for (const table of SYNCED_TABLES) {
    const list = file[table] as SyncRecords[SyncedTable][];
    const future = list.filter((r) => beyondSkew(r.updatedAt, now));
    if (future.length === 0) continue;
    for (const r of future) refused.push({ table, id: r.id, label: recordLabel(table, r), time: r.updatedAt });
    (kept as Record<SyncedTable, unknown[]>)[table] = list.filter((r) => !beyondSkew(r.updatedAt, now));
  }
  const futureDeletions = file.deletions.filter((d) => beyondSkew(d.deletedAt, now));
  if (futureDeletions.length) {
    for (const d of futureDeletions) refused.push({ table: d.table, id: d.id, label: `deletion of ${TABLE_NOUN[d.table]} ${d.id}`, time: d.deletedAt });
    kept.deletions = file.deletions.filter((d) => !beyondSkew(d.deletedAt, now));
  }
  return { file: kept, refused };
}

function contentsOf(file: SyncFile): Contents {
  const contents = Object.fromEntries(SYNCED_TABLES.map((t) => [t, { records: file[t].length, deletions: 0 }])) as Contents;
  for (const d of file.deletions) contents[d.table].deletions++;
  return contents;
}

interface Planned {
  plans: Plans;
  agreed: Map<SyncedTable, Map<string, string>>;
  refused: RefusedVersion[];
  unresolved: UnresolvedReference[];
}

/** Reads and plans; no writes. Call inside a transaction over IMPORT_TABLES. */
async function plan(db: PolicyLensDb, parsed: ParsedImport, now: Date): Promise<Planned> {
  const { file, refused } = withoutFuture(parsed.file, now);
  const ids = idsByTable(file);
  const agreed = await readAgreed(db, [...ids.keys()]);
  const local = await readLocalState(db, ids, agreed);
  const outside = referencesOutside(file);
  const unresolved = unresolvedReferences(file, await existingIds(db, outside), await tombstonedIds(db, outside));
  const carried = parsed.carried;
  const plans: Plans = [];
  for (const table of SYNCED_TABLES) {
    const state = local.get(table);
    if (!state) continue;
    const deletions = file.deletions.filter((d) => d.table === table);
    plans.push(
      planTable(table, file[table], deletions, state, {
        now: now.toISOString(),
        ...(carried && table === 'annotations' ? { carried: (r: { id: string }) => carried.get(r.id) } : {}),
      }),
    );
  }
  return { plans, agreed, refused, unresolved };
}

function consentNeeded(items: readonly MergeItem[]): Consent {
  let deleteYours = 0;
  let changeCorpus = 0;
  for (const { loss } of items) {
    if (loss?.corpus) changeCorpus++;
    else if (loss?.kind === 'deleted') deleteYours++;
  }
  return { deleteYours, changeCorpus };
}

function summary(parsed: ParsedImport, planned: Planned): ImportPreview {
  const { plans } = planned;
  const counts = noOutcomes();
  for (const p of plans) for (const outcome of Object.keys(counts) as (keyof OutcomeCounts)[]) counts[outcome] += p.counts[outcome];
  const items = plans.flatMap((p) => p.items);
  return {
    ok: true,
    source: parsed.source,
    scope: parsed.file.scope,
    contents: contentsOf(parsed.file),
    exportedAt: parsed.file.exportedAt,
    ...(parsed.upgradedFrom === undefined ? {} : { upgradedFrom: parsed.upgradedFrom }),
    counts,
    byTable: Object.fromEntries(plans.map((p) => [p.table, p.counts])),
    items,
    consent: consentNeeded(items),
    warnings: lossWarnings(items),
    deletionsLearned: plans.reduce((n, p) => n + p.deletionsLearned, 0),
    refused: planned.refused,
    unresolved: planned.unresolved,
    skipped: parsed.skipped,
    notices: parsed.notices,
  };
}

/** What importing the file would do, without changing anything. */
export async function previewImport(db: PolicyLensDb, parsed: ParsedImport, options: PreviewOptions = {}): Promise<ImportPreview> {
  const now = options.now ?? new Date();
  return db.transaction('r', IMPORT_TABLES, async () => summary(parsed, await plan(db, parsed, now)));
}

/**
 * The sentences the preview asks the analyst to confirm, one per kind of record:
 * "2 of your highlights will be deleted", "3 corpus quotes will be changed or deleted".
 */
export function lossWarnings(items: readonly MergeItem[]): string[] {
  const deleted = new Map<SyncedTable, number>();
  const corpus = new Map<SyncedTable, number>();
  for (const { table, loss } of items) {
    const counter = loss?.corpus ? corpus : loss?.kind === 'deleted' ? deleted : undefined;
    counter?.set(table, (counter.get(table) ?? 0) + 1);
  }
  const order = (map: Map<SyncedTable, number>) => SYNCED_TABLES.filter((t) => map.has(t)).map((t) => [t, map.get(t) ?? 0] as const);
  return [
    ...order(deleted).map(([t, n]) => `${n} of your ${TABLE_PLURAL[t]} will be deleted`),
    ...order(corpus).map(([t, n]) => `${countOf(t, n).replace(' ', ' corpus ')} will be changed or deleted`),
  ];
}

/** Why a destructive import was not applied: no consent, or one given for different counts than the import now has. */
function missingConsent(report: ImportPreview, given: Consent | undefined): ImportFailure | undefined {
  const needed = report.consent;
  if (needed.deleteYours === 0 && needed.changeCorpus === 0) return undefined;
  if (given && given.deleteYours === needed.deleteYours && given.changeCorpus === needed.changeCorpus) return undefined;
  const what = report.warnings.join(', and ');
  return fileError(
    given
      ? `Your records changed since the preview: now ${what}. Nothing was imported; preview the file again.`
      : `Nothing was imported: ${what}, which needs your confirmation in the preview.`,
  );
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
  const now = options.now ?? new Date();
  const tooBig = await checkRoom(estimateStoredBytes(parsed.file), 'storage' in options ? options.storage : browserStorage());
  if (tooBig) return tooBig;
  try {
    return await db.transaction('rw', IMPORT_TABLES, async () => {
      const planned = await plan(db, parsed, now);
      const report = summary(parsed, planned);
      const refused = missingConsent(report, options.consent);
      if (refused) return refused;
      await write(db, planned.plans, planned.agreed);
      await pruneLearnedTombstones(db, now);
      const changedTables = planned.plans.filter((p) => p.put.length > 0 || p.remove.length > 0).map((p) => p.table);
      return { ...report, changedTables };
    });
  } catch (error) {
    if (isQuotaError(error)) return quotaExceeded();
    throw error;
  }
}

/** Parses, validates and previews the text of a chosen file. */
export async function previewImportText(db: PolicyLensDb, text: string, options?: PreviewOptions): Promise<ImportPreview | ImportFailure> {
  const parsed = parseImportText(text, options?.now);
  return parsed.ok ? previewImport(db, parsed, options) : parsed;
}

/** Parses, validates and imports the text of a chosen file. */
export async function applyImportText(db: PolicyLensDb, text: string, options?: ApplyOptions): Promise<ImportReport | ImportFailure> {
  const parsed = parseImportText(text, options?.now);
  return parsed.ok ? applyImport(db, parsed, options) : parsed;
}
