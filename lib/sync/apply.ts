// Previews and applies an import. Both run the same pass over the file's records,
// a chunk at a time (import-pass.ts): the preview only plans, the import plans each
// chunk again and writes it. The import is one Dexie transaction, so what is
// written is merged with the database as it is at that moment (the analyst may
// have edited a highlight while reading the preview), and a failure, or counts of
// losses that differ from those the analyst confirmed, rolls back everything the
// import had written: the database is left exactly as it was.
//
// What the file cannot do on its own:
// - win with a time from the future: such versions are refused and listed (clock.ts);
// - delete the analyst's records, or change or delete corpus records: the preview
//   counts them and the import applies only with a consent naming those counts;
// - be refused for a reference to something this copy does not hold: the reference
//   is kept and listed (references.ts), so files converge in any order.
import type { PolicyLensDb, SyncedTable } from '../storage/db';
import { type ExportScope, SYNCED_TABLES, TABLE_PLURAL, countOf } from './format';
import { type ImportFailure, failure, fileError } from './import-errors';
import { type Contents, type PassResult, type RefusedVersion, runImportPass } from './import-pass';
import { type ImportSource, type ParsedImport, parseImportText } from './import-validate';
import type { MergeItem, OutcomeCounts } from './merge';
import { type ImportInput, OtherLayout, openImportFile, parsedInput, wholeFileInput } from './read-import-file';
import type { UnresolvedReference } from './references';
import { type StorageEstimator, browserStorage, checkRoom, isQuotaError, quotaExceeded } from './storage-quota';
import { syncedStores } from './local-state';
import { pruneLearnedTombstones } from './tombstones';
import { type Wait, boundTo } from './transaction-bound';
import type { SkippedItem } from './foreign-items';

export type { Contents, RefusedVersion } from './import-pass';
export type { ImportInput } from './read-import-file';

/** What a destructive import needs the analyst to confirm; all zero for an import that takes nothing away. */
export interface Consent {
  /** Records of the analyst's (origin "user") the file deletes. */
  deleteYours: number;
  /** Corpus records the file changes or deletes. */
  changeCorpus: number;
}

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
  /** Told as the file is read: the share read so far, from 0 to 1 (the Sync panel's progress bar). */
  onProgress?: (done: number) => void;
}

export interface ApplyOptions extends PreviewOptions {
  /** navigator.storage by default; none outside a browser. */
  storage?: StorageEstimator;
  /** The counts the analyst confirmed in the preview; needed when the import deletes their records or changes the corpus. */
  consent?: Consent;
}

/** Every table an import reads or writes. */
const importTables = (db: PolicyLensDb) => [...syncedStores(db), db.deletions, db.syncBases, db.publishedCopies];

function consentNeeded(items: readonly MergeItem[]): Consent {
  let deleteYours = 0;
  let changeCorpus = 0;
  for (const { loss } of items) {
    if (loss?.corpus) changeCorpus++;
    else if (loss?.kind === 'deleted') deleteYours++;
  }
  return { deleteYours, changeCorpus };
}

function summary(input: ImportInput, pass: PassResult): ImportPreview {
  const { about } = input;
  return {
    ok: true,
    source: about.source,
    scope: about.scope,
    contents: pass.contents,
    exportedAt: about.exportedAt,
    ...(about.upgradedFrom === undefined ? {} : { upgradedFrom: about.upgradedFrom }),
    counts: pass.counts,
    byTable: pass.byTable,
    items: pass.items,
    consent: consentNeeded(pass.items),
    warnings: lossWarnings(pass.items),
    deletionsLearned: pass.deletionsLearned,
    refused: pass.refused,
    unresolved: pass.unresolved,
    skipped: about.skipped,
    notices: about.notices,
  };
}

function passOptions(input: ImportInput, options: PreviewOptions, write: boolean, wait: Wait) {
  const { carried } = input;
  return {
    now: options.now ?? new Date(),
    write,
    wait,
    ...(carried ? { carried: (r: { id: string }) => carried.get(r.id) } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}

/** Waits for a file read outside any transaction. */
const noTransaction: Wait = (promise) => promise;

/**
 * What importing the file would do, without changing anything. Outside any one
 * transaction, so that the analyst can keep saving highlights while a large file is
 * previewed: the import checks the counts again against the database as it then is.
 */
export async function previewInput(db: PolicyLensDb, input: ImportInput, options: PreviewOptions = {}): Promise<ImportPreview | ImportFailure> {
  const pass = await runImportPass(db, input.read, passOptions(input, options, false, noTransaction));
  return pass.problems.length ? failure(pass.problems) : summary(input, pass);
}

/** What importing a file already read whole would do, without changing anything. */
export async function previewImport(db: PolicyLensDb, parsed: ParsedImport, options: PreviewOptions = {}): Promise<ImportPreview> {
  const preview = await previewInput(db, parsedInput(parsed), options);
  if (!preview.ok) throw new Error(`A validated file has problems: ${preview.errors[0]?.message ?? ''}`);
  return preview;
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

/** Thrown inside the import's transaction to roll back what it wrote, carrying the reason to the analyst. */
class Rollback extends Error {
  constructor(readonly failure: ImportFailure) {
    super('import rolled back');
  }
}

/**
 * Imports the file: merges it into the database in one transaction, or changes
 * nothing and says why. The file is read again; a chosen file that changed on disk
 * since the preview cannot be read again, and the import then changes nothing.
 */
export async function applyInput(db: PolicyLensDb, input: ImportInput, options: ApplyOptions = {}): Promise<ImportReport | ImportFailure> {
  const tooBig = await checkRoom(input.storedBytes, 'storage' in options ? options.storage : browserStorage());
  if (tooBig) return tooBig;
  const now = options.now ?? new Date();
  try {
    return await db.transaction('rw', importTables(db), async (tx) => {
      const bound = boundTo(db, tx);
      const done = await runImportPass(bound.db, input.read, passOptions(input, { ...options, now }, true, bound.wait));
      if (done.problems.length) throw new Rollback(failure(done.problems));
      const report = summary(input, done);
      const refused = missingConsent(report, options.consent);
      if (refused) throw new Rollback(refused);
      await pruneLearnedTombstones(bound.db, now);
      return { ...report, changedTables: done.changedTables };
    });
  } catch (error) {
    if (error instanceof Rollback) return error.failure;
    if (isQuotaError(error)) return quotaExceeded();
    if (error instanceof OtherLayout || (error instanceof DOMException && error.name === 'NotReadableError')) {
      return fileError('The file changed since its preview, so nothing was imported: choose it again to see what it would change now.');
    }
    throw error;
  }
}

/** Imports a file already read whole. */
export function applyImport(db: PolicyLensDb, parsed: ParsedImport, options: ApplyOptions = {}): Promise<ImportReport | ImportFailure> {
  return applyInput(db, parsedInput(parsed), options);
}

/**
 * Opens a chosen file and previews it: as a stream of records when it is a sync
 * file in our layout, otherwise read whole. The input it returns is what the
 * import then reads again.
 */
export async function previewImportFile(
  db: PolicyLensDb,
  file: Blob,
  options: PreviewOptions & { sliceBytes?: number } = {},
): Promise<{ input: ImportInput; preview: ImportPreview } | ImportFailure> {
  const now = options.now ?? new Date();
  const opened = await openImportFile(file, now, options.sliceBytes);
  if (!('read' in opened)) return opened;
  let input = opened;
  let preview: ImportPreview | ImportFailure;
  try {
    preview = await previewInput(db, input, { ...options, now });
  } catch (error) {
    if (!(error instanceof OtherLayout)) throw error;
    const whole = await wholeFileInput(file, now);
    if (!('read' in whole)) return whole;
    input = whole;
    preview = await previewInput(db, input, { ...options, now });
  }
  return preview.ok ? { input, preview } : preview;
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
