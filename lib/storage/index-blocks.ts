// The text index's documents stored a block of statements per row. IndexedDB charges
// about as much for each row written as for a megabyte of it (Chromium, measured by the
// packs bench: a 50k-statement install spent 11.7 s writing one row per statement), so
// the groups of GROUPS_PER_BLOCK consecutive statement numbers share a row. A document's
// number still names its group (index-delta.ts), and its group names its block, so a
// reader finds it in one row read; an update reads and rewrites the blocks of the
// statements it changes, each holding a few neighbours' documents too.
//
// A block is stored as columns (database version 15), not as an object per document:
// the browser serialises every object and property name it writes, and at 50k statements
// that was much of what an install wrote into the blocks (packs bench, index step's
// document writes: 3.4-5.9 s as objects, 2.5-2.8 s as columns). Readers unpack the blocks
// they read (unpackBlock), or take out the documents they want (docsIn).
import type { Transaction } from 'dexie';
import type { IndexedDoc } from '../matching/index-types';
import type { IndexDocRow, IndexGroupRow } from './db';

/** A block as stored: per group and per document, columns of IndexDocRow's fields. */
export interface IndexBlockRow {
  block: number;
  /** Per group, in number order: its statement (the multi-entry index an update finds blocks by). */
  statementIds: string[];
  /** Per group: its number. */
  groups: Uint32Array;
  /** Group g's documents are [groupStarts[g], groupStarts[g + 1]) of the document columns. */
  groupStarts: Uint32Array;
  /** Per document: 0 a statement, 1 a quote. */
  kinds: Uint8Array;
  idxs: Uint32Array;
  refIds: string[];
  words: Uint32Array;
  fingerprints: Uint32Array;
  /** A quote's text; empty for a statement. */
  texts: string[];
  stamps: string[];
  /** Document d's hashes are hashes[hashStarts[d] … hashStarts[d + 1]). */
  hashStarts: Uint32Array;
  hashes: Uint32Array;
}

const QUOTE = 1;

/** The row of block `block` holding `groups` (each of that block). */
export function packBlock(block: number, groups: readonly IndexGroupRow[]): IndexBlockRow {
  const sorted = [...groups].sort((a, b) => a.group - b.group);
  const docs = sorted.flatMap((g) => g.docs);
  const groupStarts = new Uint32Array(sorted.length + 1);
  sorted.forEach((g, i) => (groupStarts[i + 1] = (groupStarts[i] as number) + g.docs.length));
  const hashStarts = new Uint32Array(docs.length + 1);
  docs.forEach((d, i) => (hashStarts[i + 1] = (hashStarts[i] as number) + d.hashes.length));
  const hashes = new Uint32Array(hashStarts[docs.length] as number);
  docs.forEach((d, i) => hashes.set(d.hashes, hashStarts[i]));
  return {
    block,
    statementIds: sorted.map((g) => g.statementId),
    groups: Uint32Array.from(sorted, (g) => g.group),
    groupStarts,
    kinds: Uint8Array.from(docs, (d) => (d.kind === 'quote' ? QUOTE : 0)),
    idxs: Uint32Array.from(docs, (d) => d.idx),
    refIds: docs.map((d) => d.refId),
    words: Uint32Array.from(docs, (d) => d.words),
    fingerprints: Uint32Array.from(docs, (d) => d.fingerprints),
    texts: docs.map((d) => (d.kind === 'quote' ? d.text : '')),
    stamps: docs.map((d) => d.stamp),
    hashStarts,
    hashes,
  };
}

/** Document `d` of a block, of the group whose statement is `statementId`, as detection reads it. */
function docAt(row: IndexBlockRow, d: number, statementId: string): IndexedDoc {
  const idx = row.idxs[d] as number;
  const refId = row.refIds[d] as string;
  const words = row.words[d] as number;
  const fingerprints = row.fingerprints[d] as number;
  return row.kinds[d] === QUOTE
    ? { kind: 'quote', idx, refId, statementId, words, fingerprints, text: row.texts[d] as string }
    : { kind: 'statement', idx, refId, statementId, words, fingerprints };
}

/** Document `d` of a block as stored, with its hashes and stamp. */
const storedDocAt = (row: IndexBlockRow, d: number, statementId: string): IndexDocRow =>
  Object.assign(docAt(row, d, statementId), { hashes: row.hashes.subarray(row.hashStarts[d], row.hashStarts[d + 1]), stamp: row.stamps[d] as string });

/** The documents of a block whose numbers are in `wanted`, as detection reads them. */
export function docsIn(row: IndexBlockRow, wanted: ReadonlySet<number>): IndexedDoc[] {
  const found: IndexedDoc[] = [];
  row.groups.forEach((_group, g) => {
    for (let d = row.groupStarts[g] as number; d < (row.groupStarts[g + 1] as number); d++) {
      if (wanted.has(row.idxs[d] as number)) found.push(docAt(row, d, row.statementIds[g] as string));
    }
  });
  return found;
}

/** A block's groups with their documents, in number order. */
export function unpackBlock(row: IndexBlockRow): IndexGroupRow[] {
  return Array.from(row.groups, (group, g) => {
    const statementId = row.statementIds[g] as string;
    const docs: IndexDocRow[] = [];
    for (let d = row.groupStarts[g] as number; d < (row.groupStarts[g + 1] as number); d++) docs.push(storedDocAt(row, d, statementId));
    return { group, statementId, docs };
  });
}

/** The number of a block's last group; undefined for none. */
export const lastGroupOf = (row: IndexBlockRow | undefined): number | undefined => row?.groups[row.groups.length - 1];

/**
 * Statements per block: a 50k-statement install writes about 3,100 rows rather than
 * 50,000, and a capture rewrites one block (its neighbours' documents with its own)
 * rather than one statement's row. Larger blocks would save little more (the writes'
 * bytes then dominate) and make each capture and update rewrite more.
 */
export const GROUPS_PER_BLOCK = 16;

export const blockOf = (group: number): number => Math.floor(group / GROUPS_PER_BLOCK);

/** Groups laid out in blocks. */
export function toBlocks(groups: readonly IndexGroupRow[]): IndexBlockRow[] {
  const byBlock = new Map<number, IndexGroupRow[]>();
  for (const group of groups) {
    const list = byBlock.get(blockOf(group.group));
    if (list) list.push(group);
    else byBlock.set(blockOf(group.group), [group]);
  }
  return [...byBlock].sort((a, b) => a[0] - b[0]).map(([block, list]) => packBlock(block, list));
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
      const stored = storedAt.get(block);
      groups = new Map(stored ? unpackBlock(stored).map((g) => [g.group, g]) : []);
      blocks.set(block, groups);
    }
    return groups;
  };
  for (const group of deleted) blockAt(blockOf(group)).delete(group);
  for (const group of put) blockAt(blockOf(group.group)).set(group.group, group);
  const written: IndexBlockRow[] = [];
  const emptied: number[] = [];
  for (const [block, groups] of blocks) {
    if (groups.size) written.push(packBlock(block, [...groups.values()]));
    else emptied.push(block);
  }
  return { put: written, deleted: emptied };
}

/**
 * Database version 12: the rows of one statement each (textDocs, textDocs1) regrouped
 * into blocks (textBlocks, textBlocks1). Numbers are unchanged, so the buckets and the
 * filter stay as they are and nothing is fingerprinted again. Written in today's layout,
 * which version 15's upgrade then leaves alone.
 */
export async function blockIndexDocs(tx: Transaction): Promise<void> {
  for (const slot of ['', '1']) {
    const groups = await tx.table<IndexGroupRow>(`textDocs${slot}`).toArray();
    await tx.table<IndexBlockRow>(`textBlocks${slot}`).bulkAdd(toBlocks(groups));
  }
}

/**
 * Database version 15: blocks stored as an object per group and document (versions 12 to
 * 14) stored as columns. Numbers are unchanged, so the buckets and the filter stay.
 */
export async function packIndexBlocks(tx: Transaction): Promise<void> {
  for (const slot of ['', '1']) {
    const table = tx.table<IndexBlockRow | { groups: IndexGroupRow[] }>(`textBlocks${slot}`);
    const objects = (await table.toArray()).flatMap((row) => (Array.isArray(row.groups) ? row.groups : []));
    await table.bulkPut(toBlocks(objects));
  }
}
