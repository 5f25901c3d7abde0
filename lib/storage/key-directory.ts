// Lookups of chunked records by something other than the key that places them (an
// address, an event, a date, a quote's id, a voice), kept as a few rows of lists rather
// than as index entries: Chromium pays for every index entry written about what it pays
// for a row, so 450,000 entries at 50,000 statements cost more than the records
// (record-chunks.ts). A directory row is named by what is looked up ("event, e-1") and
// lists the records filed under it, each with one value (a date, a statement id); a
// reader gets a row and sorts or filters its lists. Plain functions over one Dexie table.
import type { Table } from 'dexie';

/** One lookup's records: `ids[i]` is filed with `values[i]` (an id may appear more than once). */
export interface DirectoryRow {
  key: string;
  ids: string[];
  values: string[];
}

export type DirectoryTable = Table<DirectoryRow, string>;

/** A record filed in a row: the row's key, the record's id, its value there. */
export type Entry = readonly [row: string, id: string, value: string];

/** The rows named `keys` (absent: no record filed there). */
export async function readRows(table: DirectoryTable, keys: Iterable<string>): Promise<Map<string, DirectoryRow>> {
  const wanted = [...new Set(keys)];
  const rows = await table.bulkGet(wanted);
  return new Map(rows.flatMap((row) => (row ? [[row.key, row] as const] : [])));
}

/** The rows whose keys run from `lower` to `upper`, both included, in key order. */
export const rowsBetween = (table: DirectoryTable, lower: string, upper: string): Promise<DirectoryRow[]> =>
  table.where(':id').between(lower, upper, true, true).toArray();

/** The (id, value) pairs of rows, in row order. */
export function entriesOf(rows: Iterable<DirectoryRow>): [id: string, value: string][] {
  const entries: [string, string][] = [];
  for (const row of rows) row.ids.forEach((id, i) => entries.push([id, row.values[i] ?? '']));
  return entries;
}

/** Rows holding `entries`, as written into an empty table. */
export function directoryRows(entries: Iterable<Entry>): DirectoryRow[] {
  const rows = new Map<string, DirectoryRow>();
  for (const [key, id, value] of entries) {
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, ids: [], values: [] }));
    row.ids.push(id);
    row.values.push(value);
  }
  return [...rows.values()];
}

/** Per row, per record, the values it is filed with there. */
function filing(entries: Iterable<Entry>): Map<string, Map<string, string[]>> {
  const rows = new Map<string, Map<string, string[]>>();
  for (const [key, id, value] of entries) {
    const ids = rows.get(key) ?? new Map<string, string[]>();
    rows.set(key, ids.set(id, [...(ids.get(id) ?? []), value]));
  }
  return rows;
}

const sameValues = (a: readonly string[], b: readonly string[] | undefined) => {
  const sorted = b ? [...b].sort() : [];
  return a.length === sorted.length && [...a].sort().every((value, i) => value === sorted[i]);
};

/**
 * Takes the records in `removed` (as they were filed) out of their rows and files `added`,
 * in one read and one write of the rows touched; a row left empty goes. A record filed
 * again exactly as it was leaves its row alone: a statement whose text changes keeps its
 * addresses, event and month, and an event's or a month's row lists thousands. In the
 * caller's transaction.
 */
export async function editDirectory(table: DirectoryTable, removed: Iterable<Entry>, added: Iterable<Entry>): Promise<void> {
  const was = filing(removed);
  const now = filing(added);
  for (const [key, ids] of was) {
    const again = now.get(key);
    for (const [id, values] of ids) {
      if (!again || !sameValues(values, again.get(id))) continue;
      ids.delete(id);
      again.delete(id);
    }
  }
  const keys = [...new Set([...was.keys(), ...now.keys()])].filter((key) => (was.get(key)?.size ?? 0) + (now.get(key)?.size ?? 0) > 0);
  if (keys.length === 0) return;
  const stored = await readRows(table, keys);
  const written: DirectoryRow[] = [];
  const emptied: string[] = [];
  for (const key of keys) {
    const row: DirectoryRow = { key, ids: [], values: [] };
    const gone = was.get(key);
    const before = stored.get(key);
    before?.ids.forEach((id, i) => {
      if (gone?.has(id)) return;
      row.ids.push(id);
      row.values.push(before.values[i] ?? '');
    });
    for (const [id, values] of now.get(key) ?? []) {
      for (const value of values) {
        row.ids.push(id);
        row.values.push(value);
      }
    }
    if (row.ids.length > 0) written.push(row);
    else if (before) emptied.push(key);
  }
  if (written.length > 0) await table.bulkPut(written);
  if (emptied.length > 0) await table.bulkDelete(emptied);
}
