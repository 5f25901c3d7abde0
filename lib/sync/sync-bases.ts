// What each record looked like the last time it travelled through a sync file,
// so that the merge can tell a conflict ("both sides changed it since") from an
// ordinary update (merge.ts explains the choice).
//
// Stored in db.syncBases: one row per synced table, holding a Map from record id
// to the version tag last exchanged. One row per table rather than one per record: an import of 100 000
// highlights then costs one read and one write of a few megabytes instead of
// 100 000 puts, which would double the cost of the import it serves.
import type { PolicyLensDb, SyncBaseRow, SyncedTable } from '../storage/db';


/** The agreed tags of the given tables (an empty map for a table never exchanged). */
export async function readAgreed(
  db: PolicyLensDb,
  tables: readonly SyncedTable[],
): Promise<Map<SyncedTable, Map<string, string>>> {
  const rows = await db.syncBases.bulkGet([...tables]);
  return new Map(tables.map((table, i) => [table, rows[i]?.agreed ?? new Map<string, string>()]));
}

/**
 * Moves the agreed tags forward and writes the tables that changed. `current` is
 * what readAgreed returned in the same transaction; it is updated in place.
 */
export async function writeAgreed(
  db: PolicyLensDb,
  current: Map<SyncedTable, Map<string, string>>,
  updates: ReadonlyMap<SyncedTable, readonly (readonly [string, string])[]>,
): Promise<void> {
  const rows: SyncBaseRow[] = [];
  for (const [table, entries] of updates) {
    if (entries.length === 0) continue;
    const agreed = current.get(table) ?? new Map<string, string>();
    for (const [id, tag] of entries) agreed.set(id, tag);
    current.set(table, agreed);
    rows.push({ table, agreed });
  }
  if (rows.length > 0) await db.syncBases.bulkPut(rows);
}
