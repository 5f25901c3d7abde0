// What an update of the text index takes out and puts in. A statement or quote whose
// document is already indexed keeps its number (idx) when it is indexed again, so only
// the hashes it gains or loses change: a statement that gains a sentence moves a few of
// its sampled hashes, not all of them, and a quote whose text is unchanged moves none.
// That keeps the buckets an update reads and rewrites to the few the change really
// touches (a pack version changing 100 statements rewrote thousands before).
import type { Posting } from '../matching/index-types';
import type { IndexDocRow } from './db';

export interface IndexDelta {
  /** Rows to write: documents indexed again under their old idx, new ones under a fresh idx. */
  rows: IndexDocRow[];
  /** Documents that leave the index. */
  removedDocs: number[];
  /** Per hash, the documents whose postings of it go. */
  removed: Map<number, Set<number>>;
  /** Per hash, the postings that come in. */
  added: Map<number, Posting[]>;
}

const key = (doc: IndexDocRow) => `${doc.kind}\u0000${doc.refId}`;

/**
 * Whether `fresh` can take `old`'s place and number: a statement always (its postings
 * are one per sampled hash, all at STATEMENT_POS, so its hashes say everything), a quote
 * only with the same text (its postings carry positions in that text).
 */
const reusable = (old: IndexDocRow, fresh: IndexDocRow) =>
  old.hashes !== undefined && (fresh.kind === 'statement' || (old.kind === 'quote' && fresh.kind === 'quote' && old.text === fresh.text));

/**
 * The change from the documents `old` to `fresh` (numbered after every idx in use) with
 * `postings`, the postings of `fresh` by hash.
 */
export function indexDelta(old: readonly IndexDocRow[], fresh: readonly IndexDocRow[], postings: ReadonlyMap<number, readonly Posting[]>): IndexDelta {
  const oldByKey = new Map(old.map((doc) => [key(doc), doc]));
  /** Fresh idx → the old document it replaces in place. */
  const replaces = new Map<number, IndexDocRow>();
  /** Old idx kept in place → the hashes its new version has. */
  const inPlace = new Map<number, Set<number>>();
  const rows = fresh.map((row) => {
    const before = oldByKey.get(key(row));
    if (!before || !reusable(before, row)) return row;
    oldByKey.delete(key(row));
    replaces.set(row.idx, before);
    inPlace.set(before.idx, new Set(row.hashes));
    return { ...row, idx: before.idx };
  });
  const removed = new Map<number, Set<number>>();
  const removedDocs: number[] = [];
  for (const doc of old) {
    const stays = inPlace.get(doc.idx);
    if (!stays) removedDocs.push(doc.idx);
    for (const hash of doc.hashes ?? []) {
      if (stays?.has(hash)) continue;
      const docs = removed.get(hash);
      if (docs) docs.add(doc.idx);
      else removed.set(hash, new Set([doc.idx]));
    }
  }
  const added = new Map<number, Posting[]>();
  for (const [hash, list] of postings) {
    const incoming = list.flatMap((p) => {
      const before = replaces.get(p.doc);
      if (!before) return [p];
      return before.hashes.includes(hash) ? [] : [{ doc: before.idx, pos: p.pos }];
    });
    if (incoming.length) added.set(hash, incoming);
  }
  return { rows, removedDocs, removed, added };
}
