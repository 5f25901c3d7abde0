// What the Corpus sources panel lists: every installed pack (bundled, subscribed,
// from a file) and the user's own records, which "Publish as a pack" exports.
import { PACK_TABLES, type PackTable } from '../corpus/pack-format';
import type { PolicyLensDb } from './db';
import type { PackRow } from './pack-rows';
import { ownCount } from './corpus-records';
import { recordStore } from './record-store';

export interface PackSources {
  packs: PackRow[];
  /** The user's own records (origin "user") per table. */
  own: Record<PackTable, number>;
}

const KIND_ORDER: Record<PackRow['kind'], number> = { bundled: 0, subscribed: 1, file: 2 };

export async function listPackSources(db: PolicyLensDb): Promise<PackSources> {
  const packs = (await db.packs.toArray()).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.title.localeCompare(b.title));
  const own = {} as Record<PackTable, number>;
  // Statements and quotes are counted from their directory row: reading them is reading the corpus.
  for (const table of PACK_TABLES) own[table] = table === 'statements' || table === 'quotes' ? await ownCount(db, table) : (await recordStore(db, table).all()).filter((r) => r.origin === 'user').length;
  return { packs, own };
}
