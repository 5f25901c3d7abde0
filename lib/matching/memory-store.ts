// A FingerprintStore held in memory, for tests, the evaluation and benchmarks: the
// reference behaviour that the IndexedDB store must reproduce.
import type { IndexEntries } from './build-index';
import type { FingerprintStore, IndexedDoc, Posting, SyncFingerprintStore } from './index-types';

export class MemoryFingerprintStore implements FingerprintStore, SyncFingerprintStore {
  private readonly postings = new Map<number, Posting[]>();
  private readonly byIdx = new Map<number, IndexedDoc>();
  /** Calls made so far, so tests can check how often detection reads the store. */
  readonly calls = { lookup: 0, docs: 0 };

  constructor(...entries: IndexEntries[]) {
    for (const entry of entries) this.add(entry);
  }

  /** Adds more entries (numbered apart from those already held). */
  add(entries: IndexEntries): void {
    const taken = entries.docs.find((doc) => this.byIdx.has(doc.idx));
    if (taken) throw new Error(`Document idx ${taken.idx} is already in the store`);
    for (const doc of entries.docs) this.byIdx.set(doc.idx, doc);
    for (const [hash, list] of entries.postings) {
      const held = this.postings.get(hash);
      if (held) held.push(...list);
      else this.postings.set(hash, [...list]);
    }
  }

  /** Number of distinct hashes and of postings held. */
  size(): { hashes: number; postings: number; docs: number } {
    let postings = 0;
    for (const list of this.postings.values()) postings += list.length;
    return { hashes: this.postings.size, postings, docs: this.byIdx.size };
  }

  lookupSync(hashes: readonly number[]): Map<number, Posting[]> {
    this.calls.lookup++;
    const found = new Map<number, Posting[]>();
    for (const hash of hashes) {
      const list = this.postings.get(hash);
      if (list) found.set(hash, list);
    }
    return found;
  }

  docsSync(idxs: readonly number[]): Map<number, IndexedDoc> {
    this.calls.docs++;
    const found = new Map<number, IndexedDoc>();
    for (const idx of idxs) {
      const doc = this.byIdx.get(idx);
      if (doc) found.set(idx, doc);
    }
    return found;
  }

  lookup(hashes: readonly number[]): Promise<Map<number, Posting[]>> {
    return Promise.resolve(this.lookupSync(hashes));
  }

  docs(idxs: readonly number[]): Promise<Map<number, IndexedDoc>> {
    return Promise.resolve(this.docsSync(idxs));
  }
}
