// Reads what the database holds for the records a file names: each affected table
// in one request (no round trip per record), so that validating and merging
// 100 000 highlights costs a few reads, not 100 000. Call inside a transaction
// that covers the synced tables, `deletions` and `syncBases`.
import type { Table } from 'dexie';
import type { DeletionRow, PolicyLensDb, StatementRow, SyncedTable } from '../storage/db';
import { statementUrlKeys } from '../storage/db';
import type { SyncRecords } from './format';
import type { LocalTableState } from './merge';

/** A row as stored: statements carry the lookup keys of their URLs, derived, never exchanged. */
export type RowOf<T extends SyncedTable> = T extends 'statements' ? StatementRow : SyncRecords[T];

export function recordTable<T extends SyncedTable>(db: PolicyLensDb, table: T): Table<RowOf<T>, string> {
  return db.table<RowOf<T>, string>(table);
}

/** A stored row as it travels (a statement without its derived urlKeys). */
export function fromRow<T extends SyncedTable>(table: T, row: RowOf<T>): SyncRecords[T] {
  if (table !== 'statements') return row as SyncRecords[T];
  const { urlKeys: _derived, ...statement } = row as StatementRow;
  return statement as SyncRecords[T];
}

/** A record as stored (a statement gets its URL keys back). */
export function toRow<T extends SyncedTable>(table: T, record: SyncRecords[T]): RowOf<T> {
  if (table !== 'statements') return record as RowOf<T>;
  const statement = record as SyncRecords['statements'];
  return { ...statement, urlKeys: statementUrlKeys(statement) } as RowOf<T>;
}

/**
 * Fetching rows by key costs one request each; reading a whole table is one
 * request that returns rows far faster. When the wanted keys are at least this
 * share of the table, reading it all is the cheaper way (always, for an import
 * into an empty or small table).
 */
const WHOLE_TABLE_SHARE = 0.25;

async function rowsByKey<R, K>(table: Table<R, K>, keys: readonly K[], keyOf: (row: R) => K): Promise<R[]> {
  if (keys.length === 0) return [];
  const count = await table.count();
  if (count === 0) return [];
  if (keys.length >= count * WHOLE_TABLE_SHARE) {
    const wanted = new Set(keys.map(String));
    return (await table.toArray()).filter((row) => wanted.has(String(keyOf(row))));
  }
  return (await table.bulkGet([...keys])).filter((row): row is R => row !== undefined);
}

const deletionKey = (table: SyncedTable, id: string) => `${table}\u0000${id}`;

/** The local records and tombstones of the given ids, table by table, with what was last agreed. */
export async function readLocalState(
  db: PolicyLensDb,
  idsByTable: ReadonlyMap<SyncedTable, readonly string[]>,
  agreed: ReadonlyMap<SyncedTable, ReadonlyMap<string, string>>,
): Promise<Map<SyncedTable, LocalTableState<SyncRecords[SyncedTable]>>> {
  const deletionKeys = [...idsByTable].flatMap(([table, ids]) => ids.map((id): [SyncedTable, string] => [table, id]));
  const tombstones = await rowsByKey<DeletionRow, [SyncedTable, string]>(db.deletions, deletionKeys, (d) => [d.table, d.id]);
  const deletedAt = new Map(tombstones.map((d) => [deletionKey(d.table, d.id), d.deletedAt]));
  const learned = new Set(tombstones.filter((d) => d.learnedAt !== undefined).map((d) => deletionKey(d.table, d.id)));

  const state = new Map<SyncedTable, LocalTableState<SyncRecords[SyncedTable]>>();
  for (const [table, ids] of idsByTable) {
    const rows = await rowsByKey(recordTable(db, table), ids, (r) => r.id);
    const tableDeleted = new Map<string, string>();
    for (const id of ids) {
      const at = deletedAt.get(deletionKey(table, id));
      if (at !== undefined) tableDeleted.set(id, at);
    }
    state.set(table, {
      records: new Map(rows.map((row) => [row.id, fromRow(table, row)])),
      deletedAt: tableDeleted,
      agreed: agreed.get(table) ?? new Map(),
      learned: new Set(ids.filter((id) => learned.has(deletionKey(table, id)))),
    });
  }
  return state;
}

/** Which of the given ids have a tombstone in the database, by table. */
export async function tombstonedIds(
  db: PolicyLensDb,
  idsByTable: ReadonlyMap<SyncedTable, ReadonlySet<string>>,
): Promise<Map<SyncedTable, Set<string>>> {
  const keys = [...idsByTable].flatMap(([table, ids]) => [...ids].map((id): [SyncedTable, string] => [table, id]));
  const rows = await rowsByKey<DeletionRow, [SyncedTable, string]>(db.deletions, keys, (d) => [d.table, d.id]);
  const found = new Map<SyncedTable, Set<string>>();
  for (const d of rows) found.set(d.table, (found.get(d.table) ?? new Set()).add(d.id));
  return found;
}

/** Which of the given ids have a record in the database, by table (keys only: no record is read). */
export async function existingIds(
  db: PolicyLensDb,
  idsByTable: ReadonlyMap<SyncedTable, ReadonlySet<string>>,
): Promise<Map<SyncedTable, Set<string>>> {
  const found = new Map<SyncedTable, Set<string>>();
  for (const [table, ids] of idsByTable) {
    if (ids.size === 0) continue;
    const store = recordTable(db, table);
    const count = await store.count();
    const keys =
      count === 0 ? []
      : ids.size >= count * WHOLE_TABLE_SHARE ? await store.toCollection().primaryKeys()
      : await store.where(':id').anyOf([...ids]).primaryKeys();
    found.set(table, new Set(keys.filter((k) => ids.has(k))));
  }
  return found;
}
