// Database version 7 stores the text index in fewer, larger rows (storage/index-layout.ts).
// An index stored the old way (one row per document, 65,536 buckets, the filter in one
// row) is converted in the upgrade rather than rebuilt, so the first start after the
// update answers from it at once: the documents are regrouped by statement and renumbered,
// and the postings follow their documents' new numbers. No text is fingerprinted again.
import type { Transaction } from 'dexie';
import type { IndexedDoc } from '../matching/index-types';
import type { IndexDocRow, IndexGroupRow } from './db';
import { type BucketRow, PostingColumns, decodeBucket } from './fingerprint-buckets';
import { GROUP_SPAN } from './index-delta';
import { FORMAT_BEFORE_CHUNKS, INDEX_FORMAT, layoutRows } from './index-layout';

/** A document row as versions 3 to 6 stored it (before format 5, without hashes and stamp). */
type OldDocRow = IndexedDoc & { hashes?: Uint32Array; stamp?: string };

interface MetaEntry {
  key: string;
  value: unknown;
}

/** The old documents regrouped by statement, and each old number's new one. */
export function regroup(old: readonly OldDocRow[]): { rows: IndexGroupRow[]; renumber: Map<number, number>; complete: boolean } {
  const groups = new Map<string, IndexGroupRow>();
  const renumber = new Map<number, number>();
  let complete = true;
  for (const { hashes, stamp, ...doc } of [...old].sort((a, b) => a.idx - b.idx)) {
    let row = groups.get(doc.statementId);
    if (!row) {
      row = { group: groups.size + 1, statementId: doc.statementId, docs: [] };
      groups.set(doc.statementId, row);
    }
    // More quotes than a group numbers: left out here, so the index is marked for a rebuild.
    if (row.docs.length === GROUP_SPAN) {
      complete = false;
      continue;
    }
    const idx = row.group * GROUP_SPAN + row.docs.length;
    renumber.set(doc.idx, idx);
    row.docs.push({ ...doc, idx, hashes: hashes ?? new Uint32Array(0), stamp: stamp ?? '' } as IndexDocRow);
  }
  return { rows: [...groups.values()], renumber, complete };
}

/** The old buckets' postings under the documents' new numbers. */
export function renumberPostings(buckets: readonly BucketRow[], renumber: ReadonlyMap<number, number>): PostingColumns {
  const postings = new PostingColumns();
  for (const row of buckets) {
    for (const [hash, list] of decodeBucket(row)) {
      for (const { doc, pos } of list) {
        const idx = renumber.get(doc);
        if (idx !== undefined) postings.push(hash, idx, pos);
      }
    }
  }
  return postings;
}

export async function convertIndexLayout(tx: Transaction): Promise<void> {
  const meta = tx.table<MetaEntry, string>('meta');
  const slot = (await meta.get('indexSlot'))?.value === 1 ? '1' : '';
  const format = (await meta.get('indexFormat'))?.value;
  const revision = Number((await meta.get('indexGeneration'))?.value ?? 0);
  const docs = await tx.table<OldDocRow>(`indexedDocs${slot}`).toArray();
  const buckets = await tx.table<BucketRow>(`fingerprintBuckets${slot}`).toArray();
  await meta.bulkDelete(['indexFilter', 'indexSlot']);
  if (typeof format !== 'string') return;
  const { rows, renumber, complete } = regroup(docs);
  const postings = renumberPostings(buckets, renumber);
  const layout = layoutRows(postings, revision + 1);
  await tx.table<IndexGroupRow>('textDocs').bulkAdd(rows);
  await tx.table<BucketRow>('textBuckets').bulkAdd(layout.buckets);
  await tx.table('textFilter').bulkAdd(layout.filter);
  await meta.bulkPut([
    // The same fingerprints in the new layout are the current format; anything else is rebuilt at start, beside this.
    { key: 'indexFormat', value: format === FORMAT_BEFORE_CHUNKS && complete ? INDEX_FORMAT : format },
    { key: 'indexGeneration', value: revision + 1 },
    { key: 'indexFilterLoad', value: { sizedFor: layout.hashes, added: 0 } },
  ]);
}
