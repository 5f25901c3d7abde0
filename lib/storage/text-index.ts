// The text index in IndexedDB: which fingerprints occur in which statements and
// quotes (lib/matching decides what a fingerprint is). Detection reads it with one
// batched lookup per page; it is derived data, rebuilt whenever the texts change.
import { DEFAULT_INDEX_PARAMS, buildIndexEntries } from '../matching/build-index';
import type { DocSource, FingerprintStore, IndexedDoc, Posting } from '../matching/index-types';
import type { FingerprintRow, PolicyLensDb } from './db';

/**
 * Names the fingerprinting an index was built with: an index built with other
 * parameters (or, after bumping the leading number, another algorithm) is rebuilt.
 */
export const INDEX_FORMAT = `1:${JSON.stringify(DEFAULT_INDEX_PARAMS)}`;

function toRow(hash: number, postings: readonly Posting[]): FingerprintRow {
  const flat = new Uint32Array(postings.length * 2);
  postings.forEach((p, i) => {
    flat[2 * i] = p.doc;
    flat[2 * i + 1] = p.pos;
  });
  return { hash, postings: flat };
}

function fromRow(row: FingerprintRow): Posting[] {
  const postings: Posting[] = [];
  let doc: number | undefined;
  for (const value of row.postings) {
    if (doc === undefined) doc = value;
    else {
      postings.push({ doc, pos: value });
      doc = undefined;
    }
  }
  return postings;
}

export function textIndexStore(db: PolicyLensDb): FingerprintStore {
  return {
    async lookup(hashes) {
      const rows = await db.fingerprints.bulkGet([...hashes]);
      const found = new Map<number, Posting[]>();
      for (const row of rows) if (row) found.set(row.hash, fromRow(row));
      return found;
    },
    async docs(idxs) {
      const rows = await db.indexedDocs.bulkGet([...idxs]);
      return new Map(rows.filter((d): d is IndexedDoc => d !== undefined).map((d) => [d.idx, d]));
    },
  };
}

export interface IndexSize {
  docs: number;
  fingerprints: number;
}

/** Replaces the whole index with one built from `sources`, in one transaction. */
export async function writeTextIndex(db: PolicyLensDb, sources: readonly DocSource[]): Promise<IndexSize> {
  const { docs, postings } = buildIndexEntries(sources);
  await db.transaction('rw', db.indexedDocs, db.fingerprints, db.meta, async () => {
    await Promise.all([db.indexedDocs.clear(), db.fingerprints.clear()]);
    await db.indexedDocs.bulkAdd(docs);
    await db.fingerprints.bulkAdd([...postings].map(([hash, list]) => toRow(hash, list)));
    await db.meta.put({ key: 'indexFormat', value: INDEX_FORMAT });
  });
  return { docs: docs.length, fingerprints: postings.size };
}

export async function rebuildTextIndex(db: PolicyLensDb): Promise<IndexSize> {
  const [statements, quotes] = await Promise.all([db.statements.toArray(), db.quotes.toArray()]);
  return writeTextIndex(db, [
    ...statements.map((s) => ({ kind: 'statement' as const, refId: s.id, statementId: s.id, text: s.text })),
    ...quotes.map((q) => ({ kind: 'quote' as const, refId: q.id, statementId: q.statementId, text: q.text })),
  ]);
}

/** Rebuilds the index when asked to (the texts changed), or when it is missing or of an older format. */
export async function ensureTextIndex(db: PolicyLensDb, textsChanged: boolean): Promise<void> {
  const format = await db.meta.get('indexFormat');
  if (textsChanged || format?.value !== INDEX_FORMAT) await rebuildTextIndex(db);
}
