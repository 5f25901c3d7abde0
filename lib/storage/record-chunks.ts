// Records stored many to a row ("chunks"), for the tables a large pack fills. In Chromium
// every row written costs about the same whatever its size, and so does every index entry:
// a 50,000-statement pack written one row per statement and quote (200,000 rows) spent
// 46 s on rows alone, and chunk rows carrying each record's keys as multi-entry indexes
// (450,000 entries) still spent two thirds of their 36 s on the entries (README, issue 12).
// So a record's chunk is a hash of a key the caller chooses (a statement's id, a quote's
// statement), found without any index, and the rows have no secondary index at all:
// lookups by other keys go through key-directory.ts. Plain functions over one Dexie table,
// used through lib/storage/corpus-records.ts.
import type { Table } from 'dexie';
import { groupBy } from '../group-by';
import { textHash } from './text-hash';

/** A chunk as stored: its records, in id order. */
export interface ChunkRow<R> {
  chunk: number;
  records: R[];
}

export type ChunkTable<R> = Table<ChunkRow<R>, number>;

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

/** The records of `chunks`, by chunk (absent: an empty chunk). */
export async function readChunks<R>(table: ChunkTable<R>, chunks: Iterable<number>): Promise<Map<number, R[]>> {
  const wanted = [...new Set(chunks)];
  const rows = await table.bulkGet(wanted);
  return new Map(wanted.map((chunk, i) => [chunk, rows[i]?.records ?? []]));
}

/** Chunks read per request when reading a table whole: a page's answers wait between pages, not for the whole table. */
const READ_PAGE_CHUNKS = 64;

/** Every record, chunk by chunk, read a page of chunks at a time (`between` runs between pages). */
export async function readAll<R>(table: ChunkTable<R>, between?: () => Promise<void>): Promise<R[]> {
  const records: R[] = [];
  for (let last: number | undefined; ; ) {
    const page = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(READ_PAGE_CHUNKS).toArray();
    for (const row of page) for (const record of row.records) records.push(record);
    last = page.at(-1)?.chunk;
    if (page.length < READ_PAGE_CHUNKS || last === undefined) return records;
    await between?.();
  }
}

/** A record to take out of a chunk: where it is stored. */
export interface Stored {
  id: string;
  chunk: number;
}

/**
 * Writes `put` (each into chunk `chunkOfRecord(record)`, replacing a stored record with its
 * id there) and takes `remove` out of their chunks, in one write of the chunks touched; a
 * chunk left empty goes. Returns the stored records replaced or removed, for the caller's
 * directories. Runs in the caller's transaction, which must name `table`.
 */
export async function editChunks<R extends { id: string }>(
  table: ChunkTable<R>,
  chunkOfRecord: (record: R) => number,
  put: readonly R[],
  remove: readonly Stored[] = [],
): Promise<R[]> {
  // No request at all for nothing: a transaction with no request pending commits.
  if (put.length === 0 && remove.length === 0) return [];
  const adding = groupBy(put, chunkOfRecord);
  const out = new Set([...put.map((r) => r.id), ...remove.map((r) => r.id)]);
  const rows = await readChunks(table, [...adding.keys(), ...remove.map((r) => r.chunk)]);
  const before: R[] = [];
  const written: ChunkRow<R>[] = [];
  const emptied: number[] = [];
  for (const [chunk, stored] of rows) {
    const records = [...(adding.get(chunk) ?? [])];
    for (const record of stored) {
      if (out.has(record.id)) before.push(record);
      else records.push(record);
    }
    records.sort(byId);
    if (records.length > 0) written.push({ chunk, records });
    else emptied.push(chunk);
  }
  if (written.length > 0) await table.bulkPut(written);
  if (emptied.length > 0) await table.bulkDelete(emptied);
  return before;
}

/** The rows `editChunks` writes for `records` into an empty table, chunk by chunk: what a bench's bare write stores. */
export const chunkRows = <R extends { id: string }>(chunkOfRecord: (record: R) => number, records: readonly R[]): ChunkRow<R>[] =>
  [...groupBy(records, chunkOfRecord)].map(([chunk, list]) => ({ chunk, records: list.sort(byId) }));
