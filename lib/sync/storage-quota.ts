// Refuses an import the browser could not store, before writing anything, with
// the sizes in words; and recognises the browser's own refusal if its estimate
// was too hopeful (the transaction then rolls back, so nothing is half-imported).
import { SYNCED_TABLES, type SyncFile } from './format';
import { type ImportFailure, fileError } from './import-errors';

/** The part of the StorageManager API used here (navigator.storage), injectable for tests. */
export interface StorageEstimator {
  estimate(): Promise<{ quota?: number; usage?: number }>;
}

/**
 * IndexedDB keeps a record in more bytes than its JSON: the structured-clone
 * encoding, the primary key and every index entry (a highlight's URL, tags and
 * dates are stored again in their indexes), plus the sync bookkeeping. Twice the
 * JSON is a deliberately generous allowance, not a measurement: refusing a file
 * that would just have fitted costs less than a browser refusing half-way.
 */
const STORED_BYTES_PER_JSON_BYTE = 2;

/** Records measured per table to estimate its size: enough for a stable average, cheap on 100 000 rows. */
const SIZE_SAMPLE = 64;

export function browserStorage(): StorageEstimator | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as Partial<Navigator>).storage;
}

/** About how many bytes the file's records take once stored. */
export function estimateStoredBytes(file: SyncFile): number {
  let json = JSON.stringify(file.deletions).length;
  for (const table of SYNCED_TABLES) {
    const records: readonly unknown[] = file[table];
    if (records.length === 0) continue;
    const step = Math.max(1, Math.floor(records.length / SIZE_SAMPLE));
    let sampled = 0;
    let bytes = 0;
    for (let i = 0; i < records.length; i += step) {
      bytes += JSON.stringify(records[i]).length;
      sampled++;
    }
    json += (bytes / sampled) * records.length;
  }
  return storedBytesOfJson(json);
}

/** About how many bytes records take once stored, from the length of their JSON (a file's size). */
export const storedBytesOfJson = (jsonBytes: number): number => Math.ceil(jsonBytes * STORED_BYTES_PER_JSON_BYTE);

const megabytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1e6)).toLocaleString('en-GB')} MB`;

/**
 * Refuses when the browser says there is not room for `bytesNeeded`. Without a
 * storage estimate (outside a browser) there is nothing to check against.
 */
export async function checkRoom(bytesNeeded: number, storage: StorageEstimator | undefined = browserStorage()): Promise<ImportFailure | undefined> {
  if (!storage) return undefined;
  const { quota, usage = 0 } = await storage.estimate();
  if (quota === undefined) return undefined;
  const room = quota - usage;
  if (bytesNeeded <= room) return undefined;
  return fileError(
    `This file needs about ${megabytes(bytesNeeded)} of storage once imported, but the browser lets this extension use only ${megabytes(Math.max(0, room))} more. Free some space on this computer (or delete highlights you no longer need), then import again. Nothing was imported.`,
  );
}

/** For the import screen, before reading a chosen file: refuses one that could never fit. */
export function checkFileFits(fileBytes: number, storage?: StorageEstimator): Promise<ImportFailure | undefined> {
  return checkRoom(storedBytesOfJson(fileBytes), storage);
}

/** Whether an error is the browser refusing to store more (IndexedDB's QuotaExceededError, possibly wrapped by Dexie). */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

export function quotaExceeded(): ImportFailure {
  return fileError(
    'The browser refused to store this import: it would exceed the storage space this extension may use. Nothing was imported. Free some space on this computer, then try again.',
  );
}
