// The text index's documents stored a block of statements per row. IndexedDB charges
// about as much for each row written as for a megabyte of it (Chromium, measured by the
// packs bench: a 50k-statement install spent 11.7 s writing one row per statement), so
// the groups of GROUPS_PER_BLOCK consecutive statement numbers share a row. A document's
// number still names its group (index-delta.ts), and its group names its block, so a
// reader finds it in one row read; an update reads and rewrites the blocks of the
// statements it changes, each holding a few neighbours' documents too.
import type { Transaction } from 'dexie';
import type { IndexBlockRow, IndexGroupRow } from './db';

/**
 * Statements per block: a 50k-statement install writes about 3,100 rows rather than
 * 50,000, and a capture rewrites one block (its neighbours' documents with its own)
 * rather than one statement's row. Larger blocks would save little more (the writes'
 * bytes then dominate) and make each capture and update rewrite more.
 */
export const GROUPS_PER_BLOCK = 16;

export const blockOf = (group: number): number => Math.floor(group / GROUPS_PER_BLOCK);

function blockRow(block: number, groups: readonly IndexGroupRow[]): IndexBlockRow {
  const sorted = [...groups].sort((a, b) => a.group - b.group);
  return { block, statementIds: sorted.map((g) => g.statementId), groups: sorted };
}

/** Groups laid out in blocks. */
export function toBlocks(groups: readonly IndexGroupRow[]): IndexBlockRow[] {
  const byBlock = new Map<number, IndexGroupRow[]>();
  for (const group of groups) {
    const list = byBlock.get(blockOf(group.group));
    if (list) list.push(group);
    else byBlock.set(blockOf(group.group), [group]);
  }
  return [...byBlock].sort((a, b) => a[0] - b[0]).map(([block, list]) => blockRow(block, list));
}

/**
 * The blocks an update writes and deletes: `stored` holds (at least) every stored block
 * that `put` or `deleted` groups fall in; the groups in `put` replace theirs or join, those
 * in `deleted` leave, and a block left with none is deleted.
 */
export function editBlocks(stored: readonly IndexBlockRow[], put: readonly IndexGroupRow[], deleted: readonly number[]): { put: IndexBlockRow[]; deleted: number[] } {
  const storedAt = new Map(stored.map((row) => [row.block, row]));
  const blocks = new Map<number, Map<number, IndexGroupRow>>();
  const blockAt = (block: number) => {
    let groups = blocks.get(block);
    if (!groups) {
      groups = new Map(storedAt.get(block)?.groups.map((g) => [g.group, g]));
      blocks.set(block, groups);
    }
    return groups;
  };
  for (const group of deleted) blockAt(blockOf(group)).delete(group);
  for (const group of put) blockAt(blockOf(group.group)).set(group.group, group);
  const written: IndexBlockRow[] = [];
  const emptied: number[] = [];
  for (const [block, groups] of blocks) {
    if (groups.size) written.push(blockRow(block, [...groups.values()]));
    else emptied.push(block);
  }
  return { put: written, deleted: emptied };
}

/**
 * Database version 12: the rows of one statement each (textDocs, textDocs1) regrouped
 * into blocks (textBlocks, textBlocks1). Numbers are unchanged, so the buckets and the
 * filter stay as they are and nothing is fingerprinted again.
 */
export async function blockIndexDocs(tx: Transaction): Promise<void> {
  for (const slot of ['', '1']) {
    const groups = await tx.table<IndexGroupRow>(`textDocs${slot}`).toArray();
    await tx.table<IndexBlockRow>(`textBlocks${slot}`).bulkAdd(toBlocks(groups));
  }
}
