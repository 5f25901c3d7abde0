// What a pack's delta is checked against (lib/corpus/delta-validate.ts): the installed
// version's tally (how many records of each table it holds, and whether each is stored as
// its own version), the holdings of the ids the check names, and the few stored records
// the checks read, looked up by the indexes the corpus tables already have. Nothing here
// reads all of a pack's holdings.
import type { DeltaBase } from '../corpus/delta-validate';
import { PACK_TABLES } from '../corpus/pack-format';
import { getStatements, quotesOfStatements, statementIdsOfEvent } from './corpus-records';
import type { PolicyLensDb } from './db';
import { heldBy, packTally } from './pack-holdings';

/** The installed version of pack `packId`, for checking a delta; undefined when it is not installed. */
export async function deltaBase(db: PolicyLensDb, packId: string): Promise<DeltaBase | undefined> {
  const row = await db.packs.get(packId);
  const tally = row && (await packTally(db.holdingChunks, packId));
  if (!row || !tally) return undefined;
  // Only this pack's own stored versions (with a known hash) are what its full file would leave unchanged.
  const shared = PACK_TABLES.find((t) => tally.notOwn[t] > 0);
  return {
    packId,
    version: row.version,
    counts: tally.held,
    holds: (table, ids) => heldBy(db.holdingChunks, table, packId, ids),
    ...(shared ? { notOwn: `some of its ${shared} are stored as another pack's version, so only the full file says what they become` } : {}),
    statements: (ids) => getStatements(db, ids),
    // In the order an index over [statementId / eventId, …] gave them: which one a refusal names stays the same.
    quotesOf: (statementIds) => quotesOfStatements(db, inKeyOrder(statementIds)),
    statementsOf: async (eventIds) => (await Promise.all(inKeyOrder(eventIds).map((id) => statementIdsOfEvent(db, id)))).flat(),
  };
}

/** Distinct, in IndexedDB's order for string keys (UTF-16 code units, as a plain sort). */
const inKeyOrder = (ids: readonly string[]): string[] => [...new Set(ids)].sort();
