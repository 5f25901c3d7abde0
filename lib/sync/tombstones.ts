// Keeps the tombstone table bounded. A tombstone of a record this copy holds or
// held is kept for good: it is what stops an older file from bringing back what the
// analyst saw deleted, and there are never more of those than records the analyst
// has had. A tombstone that arrives in a file for an id this copy never held
// ("learned") is different: any file can carry any number of them, for ids that
// never existed. Those are kept LEARNED_TOMBSTONE_DAYS after they were learned, then
// dropped.
//
// Why dropping one cannot resurrect anything: this copy never held the record, so
// there is nothing here to bring back. What the learned tombstone guards against is
// an older file introducing the record as new, and for as long as it is kept it does.
// Once dropped, a file older than the deletion that arrives later still can introduce
// the record here; but every copy that did hold it keeps its tombstone for good and
// exports it, so the next file from any of them deletes it again. The record can
// never come back on a copy that showed it, and copies still converge as they
// exchange their current files.
import type { PolicyLensDb, SyncedTable } from '../storage/db';

/**
 * Teams exchange files within days; a file kept unopened for three months and
 * imported then is stale in every other way too.
 */
export const LEARNED_TOMBSTONE_DAYS = 90;

const DAY_MS = 86_400_000;

/** Drops the learned tombstones older than the limit; returns how many. Call inside a transaction over `deletions`. */
export async function pruneLearnedTombstones(db: PolicyLensDb, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - LEARNED_TOMBSTONE_DAYS * DAY_MS).toISOString();
  const expired = await db.deletions
    .filter((d) => d.learnedAt !== undefined && Date.parse(d.learnedAt) < Date.parse(cutoff))
    .primaryKeys();
  await db.deletions.bulkDelete(expired as [SyncedTable, string][]);
  return expired.length;
}
