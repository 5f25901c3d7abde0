// What indexing one statement takes out of the text index and puts in. A statement's
// documents (the statement and its quotes) live in one row, its group, and are numbered
// group·GROUP_SPAN + j, so the number a posting carries names the row to read. A document
// already indexed keeps its number when it is indexed again, so only the hashes it gains
// or loses move: a statement that gains a sentence moves a few of its sampled hashes, not
// all of them, and a quote whose text is unchanged moves none. That keeps the buckets an
// update reads and rewrites to the few the change really touches. A full build is the same
// computation from nothing, so the two cannot drift apart.
import { docOf, docPrints } from '../matching/build-index';
import { type DocSource, STATEMENT_POS } from '../matching/index-types';
import type { IndexDocRow } from './db';
import { PostingColumns } from './fingerprint-buckets';

/**
 * Documents per group: a statement and up to 4,095 quotes. With 32-bit document numbers
 * this leaves 2^20 groups, twenty times the 50k-statement corpus the index is sized for.
 */
export const GROUP_SPAN = 4_096;
export const MAX_GROUP = 2 ** 32 / GROUP_SPAN - 1;

export const groupOf = (idx: number): number => Math.floor(idx / GROUP_SPAN);

/** A document to index, with the `updatedAt` of its record (benchmarks' synthetic texts have none). */
export type StampedSource = DocSource & { stamp?: string };

export interface GroupDelta {
  /** The group's documents now; empty when the statement and its quotes are gone. */
  docs: IndexDocRow[];
  /** Per hash, the documents whose postings of it go. */
  removed: Map<number, Set<number>>;
  /** The postings that come in, in document order (the columns given to groupDelta, which may hold others' before them). */
  added: PostingColumns;
}

const key = (doc: { kind: string; refId: string }) => `${doc.kind}\u0000${doc.refId}`;

/** `hashes` without repeats, in first-seen order (a quote can post one hash at several positions). */
function distinctHashes(hashes: Uint32Array): Uint32Array {
  const seen = new Set<number>();
  const distinct = new Uint32Array(hashes.length);
  let count = 0;
  for (const hash of hashes) {
    if (seen.has(hash)) continue;
    seen.add(hash);
    distinct[count++] = hash;
  }
  return count === hashes.length ? distinct : distinct.slice(0, count);
}

/**
 * Whether `fresh` can take `old`'s place and number: a statement always (its postings
 * are one per sampled hash, all at STATEMENT_POS, so its hashes say everything), a quote
 * only with the same text (its postings carry positions in that text).
 */
const reusable = (old: IndexDocRow, fresh: IndexDocRow) => fresh.kind === 'statement' || (old.kind === 'quote' && fresh.kind === 'quote' && old.text === fresh.text);

/**
 * Indexes `sources` (one statement's documents) as group `group`, which held `old`; the
 * postings that come in are pushed onto `added` (an install gathers millions: as objects
 * in maps they cost seconds of garbage collection). Throws when the statement has more
 * documents than a group numbers.
 */
export function groupDelta(group: number, old: readonly IndexDocRow[], sources: readonly StampedSource[], added = new PostingColumns()): GroupDelta {
  if (sources.length > GROUP_SPAN) {
    throw new Error(`Statement ${sources[0]?.statementId ?? ''} has ${sources.length - 1} quotes; the text index holds at most ${GROUP_SPAN - 1} per statement`);
  }
  const oldByKey = new Map(old.map((doc) => [key(doc), doc]));
  const indexed = sources.map((source) => {
    const prints = docPrints(source.kind, source.text);
    const row: IndexDocRow = Object.assign(docOf(source, 0, prints), { hashes: distinctHashes(prints.hashes), stamp: source.stamp ?? '' });
    // A statement indexed for the first time (every statement of an install) has nothing to keep: no key is made.
    const before = oldByKey.size ? oldByKey.get(key(row)) : undefined;
    const keeps = before && reusable(before, row) ? before : undefined;
    if (keeps) oldByKey.delete(key(row));
    return { row, prints, keeps };
  });
  // New documents take the smallest numbers the kept ones leave free.
  const taken = new Set(indexed.flatMap(({ keeps }) => (keeps ? [keeps.idx] : [])));
  let next = group * GROUP_SPAN;
  const numberFor = () => {
    while (taken.has(next)) next++;
    taken.add(next);
    return next;
  };
  const removed = new Map<number, Set<number>>();
  const remove = (hash: number, idx: number) => {
    const docs = removed.get(hash);
    if (docs) docs.add(idx);
    else removed.set(hash, new Set([idx]));
  };
  const docs = indexed.map(({ row, prints, keeps }) => {
    const idx = keeps?.idx ?? numberFor();
    const had = keeps ? new Set(keeps.hashes) : undefined;
    if (keeps) {
      const has = new Set(row.hashes);
      for (const hash of keeps.hashes) if (!has.has(hash)) remove(hash, idx);
    }
    const { hashes, positions } = prints;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i] as number;
      if (!had?.has(hash)) added.push(hash, idx, positions?.[i] ?? STATEMENT_POS);
    }
    row.idx = idx;
    return row;
  });
  // What was indexed and is no longer (or is indexed afresh): every posting goes.
  for (const doc of oldByKey.values()) for (const hash of doc.hashes) remove(hash, doc.idx);
  return { docs, removed, added };
}
