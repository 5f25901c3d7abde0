// Reads what the database holds for the records a file names: each affected table
// in one request (no round trip per record), so that validating and merging
// 100 000 highlights costs a few reads, not 100 000. Call inside a transaction
// that covers the synced tables, `deletions` and `syncBases`.
import type { DeletionRow, PolicyLensDb, SyncedTable } from '../storage/db';
import { recordStore } from '../storage/record-store';
import { SYNCED_TABLES, type SyncRecords } from './format';
import type { LocalTableState } from './merge';

/** The Dexie tables a transaction over every synced table names (statements and quotes live in chunk tables). */
export const syncedStores = (db: PolicyLensDb) => SYNCED_TABLES.flatMap((table) => recordStore(db, table).tables);

/** What rowsByKey reads from: a record store, or a Dexie table seen the same way. */
interface Keyed<R, K> {
  count(): Promise<number>;
  all(): Promise<R[]>;
  get(keys: readonly K[]): Promise<(R | undefined)[]>;
}

const deletionRows = (db: PolicyLensDb): Keyed<DeletionRow, [SyncedTable, string]> => ({
  count: () => db.deletions.count(),
  all: () => db.deletions.toArray(),
  get: (keys) => db.deletions.bulkGet([...keys]),
});

/**
 * Fetching rows by key costs one request each; reading a whole table is one
 * request that returns rows far faster. When the wanted keys are at least this
 * share of the table, reading it all is the cheaper way (always, for an import
 * into an empty or small table). Chunked records (statements, quotes) gain too:
 * a quarter of their records, scattered, lie in nearly every chunk.
 */
const WHOLE_TABLE_SHARE = 0.25;

async function rowsByKey<R, K>(source: Keyed<R, K>, keys: readonly K[], keyOf: (row: R) => K): Promise<R[]> {
  if (keys.length === 0) return [];
  const count = await source.count();
  if (count === 0) return [];
  if (keys.length >= count * WHOLE_TABLE_SHARE) {
    const wanted = new Set(keys.map(String));
    return (await source.all()).filter((row) => wanted.has(String(keyOf(row))));
  }
  return (await source.get(keys)).filter((row): row is R => row !== undefined);
}

const deletionKey = (table: SyncedTable, id: string) => `${table}\u0000${id}`;

/** The local records and tombstones of the given ids, table by table, with what was last agreed. */
export async function readLocalState(
  db: PolicyLensDb,
  idsByTable: ReadonlyMap<SyncedTable, readonly string[]>,
  agreed: ReadonlyMap<SyncedTable, ReadonlyMap<string, string>>,
): Promise<Map<SyncedTable, LocalTableState<SyncRecords[SyncedTable]>>> {
  const deletionKeys = [...idsByTable].flatMap(([table, ids]) => ids.map((id): [SyncedTable, string] => [table, id]));
  const tombstones = await rowsByKey(deletionRows(db), deletionKeys, (d) => [d.table, d.id]);
  const deletedAt = new Map(tombstones.map((d) => [deletionKey(d.table, d.id), d.deletedAt]));
  const learned = new Set(tombstones.filter((d) => d.learnedAt !== undefined).map((d) => deletionKey(d.table, d.id)));

  const state = new Map<SyncedTable, LocalTableState<SyncRecords[SyncedTable]>>();
  for (const [table, ids] of idsByTable) {
    const records = await rowsByKey<SyncRecords[SyncedTable], string>(recordStore(db, table), ids, (r) => r.id);
    const tableDeleted = new Map<string, string>();
    for (const id of ids) {
      const at = deletedAt.get(deletionKey(table, id));
      if (at !== undefined) tableDeleted.set(id, at);
    }
    state.set(table, {
      records: new Map(records.map((record) => [record.id, record])),
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
  const rows = await rowsByKey(deletionRows(db), keys, (d) => [d.table, d.id]);
  const found = new Map<SyncedTable, Set<string>>();
  for (const d of rows) found.set(d.table, (found.get(d.table) ?? new Set()).add(d.id));
  return found;
}

/** Which of the given ids have a record in the database, by table (from the keys alone where the layout has them). */
export async function existingIds(
  db: PolicyLensDb,
  idsByTable: ReadonlyMap<SyncedTable, ReadonlySet<string>>,
): Promise<Map<SyncedTable, Set<string>>> {
  const found = new Map<SyncedTable, Set<string>>();
  for (const [table, ids] of idsByTable) {
    if (ids.size === 0) continue;
    const store = recordStore(db, table);
    const count = await store.count();
    const keys =
      count === 0 ? []
      : ids.size >= count * WHOLE_TABLE_SHARE ? await store.ids()
      : await store.present([...ids]);
    found.set(table, new Set(keys.filter((k) => ids.has(k))));
  }
  return found;
}
