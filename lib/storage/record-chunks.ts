// Records stored many to a row ("chunks"), for the tables a large pack fills. In Chromium
// every row written costs about the same whatever its size, and so does every index entry:
// a 50,000-statement pack written one row per statement and quote (200,000 rows) spent
// 46 s on rows alone, and chunk rows carrying each record's keys as multi-entry indexes
// (450,000 entries) still spent two thirds of their 36 s on the entries (README, issue 12).
// So a record's chunk is a hash of a key the caller chooses (a statement's id, a quote's
// statement), found without any index, and the rows have no secondary index at all:
// lookups by other keys go through key-directory.ts.
// A chunk row is large (about 200 KB at 50k statements), so rewriting one for each record
// a small write changes made a 100-statement update rewrite 20 MB. A small write therefore
// puts its records beside their chunk as "loose" rows, one per record, which every read
// lays over the chunk's row; a chunk whose loose rows grow past a few is rewritten whole
// with them folded in. Plain functions over Dexie tables, used through corpus-records.ts.
import Dexie, { type Table } from 'dexie';
import { groupBy } from '../group-by';
import { textHash } from './text-hash';

/** A chunk as stored: its records, in id order. */
export interface ChunkRow<R> {
  chunk: number;
  records: R[];
}

export type ChunkTable<R> = Table<ChunkRow<R>, number>;

/** A record written since its chunk's row was: the record, or null where it left a record that row still holds. */
export interface LooseRow<R> {
  chunk: number;
  id: string;
  record: R | null;
}

export type LooseTable<R> = Table<LooseRow<R>, [number, string]>;

/** A chunked table: its chunk rows, and the loose rows read over them. */
export interface Chunked<R> {
  rows: ChunkTable<R>;
  loose: LooseTable<R>;
}

/**
 * Loose rows a chunk keeps before a write folds them into its row. In Chromium a chunk row
 * at 50k statements (about 200 KB, stored as a file of its own) cost 6.3 ms to write and a
 * record's own row about 0.34 ms (README, issue 12), so rewriting a chunk pays for about 18
 * loose writes; every read of the chunk also reads its loose rows. A large install gives
 * nearly every chunk more than this and so writes chunk rows, as before loose rows existed.
 */
export const LOOSE_PER_CHUNK = 16;

/**
 * How many chunks a table's records are spread over, fixed for good (changing it moves
 * every record). 1,024 keeps a 50,000-statement corpus at about 50 statements (200 KB) a
 * row, so one capture rewrites one small row, and a corpus ten times larger still
 * rewrites well under a few megabytes per record changed.
 */
export const CHUNKS = 1_024;

/** The chunk that holds the records filed under `key`. */
export const chunkOf = (key: string): number => textHash(key) % CHUNKS;

const byId = <R extends { id: string }>(a: R, b: R) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Sorts `records` in id order (IndexedDB's order for string keys), in place. */
export const inIdOrder = <R extends { id: string }>(records: R[]): R[] => records.sort(byId);

/** The loose rows of each of `chunks`. */
async function looseOf<R>(loose: LooseTable<R>, chunks: readonly number[]): Promise<Map<number, LooseRow<R>[]>> {
  const lists = await Promise.all(chunks.map((chunk) => loose.where(':id').between([chunk, Dexie.minKey], [chunk, Dexie.maxKey]).toArray()));
  return new Map(chunks.map((chunk, i) => [chunk, lists[i] ?? []]));
}

/** A chunk as stored: the records its row holds, and its loose rows. */
interface StoredChunk<R> {
  held: R[];
  loose: LooseRow<R>[];
}

/**
 * Chunks already read in the running transaction, per table, kept up to date by
 * editChunks. An update of 100 statements read the same chunks three times (its check, its
 * comparison with the stored records, its write) and their quotes twice (its check, the
 * text index). Keyed by the native transaction, which a Dexie transaction nested in it
 * shares; outside a transaction nothing is kept.
 */
const readInTransaction = new WeakMap<IDBTransaction, Map<string, Map<number, StoredChunk<unknown>>>>();

function transactionCache<R>(table: Chunked<R>): Map<number, StoredChunk<R>> | undefined {
  const transaction = Dexie.currentTransaction?.idbtrans;
  if (!transaction) return undefined;
  const tables = readInTransaction.get(transaction) ?? new Map<string, Map<number, StoredChunk<unknown>>>();
  readInTransaction.set(transaction, tables);
  const chunks = tables.get(table.rows.name) ?? new Map<number, StoredChunk<unknown>>();
  tables.set(table.rows.name, chunks);
  return chunks as Map<number, StoredChunk<R>>;
}

/** `chunks` as stored, read once per transaction. */
async function readStored<R>(table: Chunked<R>, chunks: readonly number[]): Promise<Map<number, StoredChunk<R>>> {
  const cache = transactionCache(table);
  const known = cache ?? new Map<number, StoredChunk<R>>();
  const missing = chunks.filter((chunk) => !known.has(chunk));
  if (missing.length > 0) {
    const [rows, loose] = await Promise.all([table.rows.bulkGet(missing), looseOf(table.loose, missing)]);
    missing.forEach((chunk, i) => known.set(chunk, { held: rows[i]?.records ?? [], loose: loose.get(chunk) ?? [] }));
  }
  return new Map(chunks.map((chunk) => [chunk, known.get(chunk) ?? { held: [], loose: [] }]));
}

/** A chunk's records: those its row holds, with its loose rows laid over them, in id order (a new list: stored ones are kept for the transaction). */
function overLoose<R extends { id: string }>(held: readonly R[], loose: readonly LooseRow<R>[] = []): R[] {
  if (loose.length === 0) return [...held];
  const rewritten = new Set(loose.map((l) => l.id));
  const records = held.filter((r) => !rewritten.has(r.id));
  for (const { record } of loose) if (record) records.push(record);
  return records.sort(byId);
}

/** The records of `chunks`, by chunk (absent: an empty chunk), each chunk's in id order. */
export async function readChunks<R extends { id: string }>(table: Chunked<R>, chunks: Iterable<number>): Promise<Map<number, R[]>> {
  const stored = await readStored(table, [...new Set(chunks)]);
  return new Map([...stored].map(([chunk, { held, loose }]) => [chunk, overLoose(held, loose)]));
}

/** Chunks read per request when reading a table whole: a page's answers wait between pages, not for the whole table. */
const READ_PAGE_CHUNKS = 64;

/** Every record, chunk by chunk, read a page of chunks at a time (`between` runs between pages). */
export async function readAll<R extends { id: string }>(table: Chunked<R>, between?: () => Promise<void>): Promise<R[]> {
  const loose = groupBy(await table.loose.toArray(), (l) => l.chunk);
  const records: R[] = [];
  for (let last: number | undefined; ; ) {
    const page = await (last === undefined ? table.rows.orderBy(':id') : table.rows.where(':id').above(last)).limit(READ_PAGE_CHUNKS).toArray();
    for (const row of page) {
      records.push(...overLoose(row.records, loose.get(row.chunk)));
      loose.delete(row.chunk);
    }
    last = page.at(-1)?.chunk;
    if (page.length < READ_PAGE_CHUNKS || last === undefined) break;
    await between?.();
  }
  // Chunks with loose rows and no row of their own.
  for (const rows of loose.values()) records.push(...overLoose([], rows));
  return records;
}

/** A record to take out of a chunk: where it is stored. */
export interface Stored {
  id: string;
  chunk: number;
}

/**
 * Writes `put` (each into chunk `chunkOfRecord(record)`, replacing a stored record with its
 * id there) and takes `remove` out of their chunks, as loose rows or, for a chunk that would
 * keep more than LOOSE_PER_CHUNK of them, in one write of its row with its loose rows folded
 * in; a chunk left empty goes, row and loose rows. Returns the stored records replaced or
 * removed, for the caller's directories. Runs in the caller's transaction, which must name
 * both tables.
 */
export async function editChunks<R extends { id: string }>(
  table: Chunked<R>,
  chunkOfRecord: (record: R) => number,
  put: readonly R[],
  remove: readonly Stored[] = [],
): Promise<R[]> {
  // No request at all for nothing: a transaction with no request pending commits.
  if (put.length === 0 && remove.length === 0) return [];
  const adding = groupBy(put, chunkOfRecord);
  const removing = groupBy(remove, (r) => r.chunk);
  const chunks = [...new Set([...adding.keys(), ...removing.keys()])];
  const stored = await readStored(table, chunks);
  const before: R[] = [];
  const written: ChunkRow<R>[] = [];
  const emptied: number[] = [];
  const looseWritten: LooseRow<R>[] = [];
  const looseGone: [number, string][] = [];
  for (const [chunk, now] of stored) {
    const { held, loose: looseBefore } = now;
    const added = adding.get(chunk) ?? [];
    const out = new Set([...added.map((r) => r.id), ...(removing.get(chunk) ?? []).map((r) => r.id)]);
    for (const record of overLoose(held, looseBefore)) if (out.has(record.id)) before.push(record);
    // The chunk's loose rows after this write: a record taken out of its row leaves a null.
    const heldIds = new Set(held.map((r) => r.id));
    const looseAfter = new Map(looseBefore.map((l) => [l.id, l]));
    for (const id of out) {
      if (heldIds.has(id)) looseAfter.set(id, { chunk, id, record: null });
      else looseAfter.delete(id);
    }
    for (const record of added) looseAfter.set(record.id, { chunk, id: record.id, record });
    // A chunk left with no record goes, row and loose rows alike.
    const records = overLoose(held, [...looseAfter.values()]);
    if (records.length === 0 || looseAfter.size > LOOSE_PER_CHUNK) {
      if (records.length > 0) written.push({ chunk, records });
      else if (held.length > 0) emptied.push(chunk);
      for (const l of looseBefore) looseGone.push([chunk, l.id]);
      now.held = records;
      now.loose = [];
      continue;
    }
    for (const id of out) {
      const row = looseAfter.get(id);
      if (row) looseWritten.push(row);
      else if (looseBefore.some((l) => l.id === id)) looseGone.push([chunk, id]);
    }
    now.loose = [...looseAfter.values()];
  }
  if (written.length > 0) await table.rows.bulkPut(written);
  if (emptied.length > 0) await table.rows.bulkDelete(emptied);
  if (looseWritten.length > 0) await table.loose.bulkPut(looseWritten);
  if (looseGone.length > 0) await table.loose.bulkDelete(looseGone);
  return before;
}

/** The rows `records` make as chunk rows, chunk by chunk: what `editChunks` writes into an empty table when each chunk gets more than LOOSE_PER_CHUNK records (a large install), and what a bench's bare write stores. */
export const chunkRows = <R extends { id: string }>(chunkOfRecord: (record: R) => number, records: readonly R[]): ChunkRow<R>[] =>
  [...groupBy(records, chunkOfRecord)].map(([chunk, list]) => ({ chunk, records: list.sort(byId) }));
