// The text index in use as plain values, independent of how its documents are numbered:
// what the storage tests compare between an index grown step by step, one built afresh
// and one converted from an older layout.
import { fingerprints } from '../../lib/matching/fingerprints';
import { tokenize } from '../../lib/matching/tokens';
import type { PolicyLensDb } from '../../lib/storage/db';
import { decodeBucket } from '../../lib/storage/fingerprint-buckets';
import { textIndexStore } from '../../lib/storage/text-index';

/** Every hash of these texts' fingerprints: what a page quoting all of them would look up. */
export const hashesOf = (texts: readonly string[]): number[] => [...new Set(texts.flatMap((text) => fingerprints(tokenize(text)).map((f) => f.hash)))];

export async function indexSnapshot(db: PolicyLensDb, lookedUp: readonly number[]) {
  const slot = (await db.meta.get('indexSlot'))?.value ?? 0;
  const docs = slot === 0 ? db.textBlocks : db.textBlocks1;
  const buckets = slot === 0 ? db.textBuckets : db.textBuckets1;
  const rows = (await docs.toArray()).flatMap((row) => row.groups.flatMap((group) => group.docs));
  const refOf = new Map(rows.map((d) => [d.idx, `${d.kind}:${d.refId}`]));
  const docList = rows.map(({ idx: _i, hashes, ...d }) => JSON.stringify({ ...d, hashes: [...hashes].sort((a, b) => a - b) })).sort();
  const postings: string[] = [];
  for (const row of await buckets.toArray()) {
    for (const [hash, list] of decodeBucket(row)) {
      postings.push(`${hash}:${list.map((p) => `${refOf.get(p.doc) ?? `missing ${p.doc}`}@${p.pos}`).sort().join(',')}`);
    }
  }
  // What a page sees: the hashes looked up through the filter.
  const found = await textIndexStore(db).lookup(lookedUp);
  const seen = [...found].map(([hash, list]) => `${hash}:${list.map((p) => `${refOf.get(p.doc)}@${p.pos}`).sort().join(',')}`).sort();
  return { docs: docList, postings: postings.sort(), seen };
}
