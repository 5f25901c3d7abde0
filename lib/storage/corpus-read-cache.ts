// Reads over the whole corpus that every page quoting a known voice needs again (every
// statement id by date; each prolific voice's statements), kept in memory per database
// connection until the corpus changes. Their cost grows with the corpus: at 50,000
// statements they were most of a quoting page's answer, paid twice per page (the
// sidebar's same voices and verification's voice search) and again on the next page.
// Any write to the corpus's tables drops them all, whichever extension page made it:
// Dexie reports every committed write as `storagemutated`, in this context at once and
// in the extension's other contexts (its pages, the service worker) through its
// BroadcastChannel. A service worker that restarts starts with nothing kept.
import Dexie, { type ObservabilitySet } from 'dexie';

/** The corpus's tables as stored (statements and quotes in chunk rows): a write to any of them drops the cached reads. */
const CORPUS_TABLES = ['statementChunks', 'statementLoose', 'quoteChunks', 'quoteLoose', 'corpusKeys', 'people', 'organisations', 'events', 'topics'] as const;

/**
 * Reads kept at once, least recently used dropped first. One is the corpus's statement
 * ids (about 2 MB at 50,000 statements); the others are voices' statement lists, and a
 * page names a handful of voices: this holds the voices of a few dozen pages.
 */
export const MAX_CACHED_READS = 64;

export interface CorpusReadCache {
  /** `load`'s result, read once per corpus state; a failed read is not kept. */
  read<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Drops every kept read. */
  clear(): void;
  /** A number that changes whenever the corpus does, for results kept elsewhere (lib/messaging/page-texts.ts). */
  generation(): number;
}

/** Whether a `storagemutated` notice names a write to the corpus's tables in database `name` (or to everything). */
export function touchesCorpus(parts: ObservabilitySet, name: string): boolean {
  const prefixes = CORPUS_TABLES.map((table) => `idb://${name}/${table}/`);
  return Object.keys(parts).some((part) => part === 'all' || prefixes.some((prefix) => part.startsWith(prefix)));
}

function newCache(db: Dexie): CorpusReadCache {
  const kept = new Map<string, Promise<unknown>>();
  let generation = 0;
  const clear = () => {
    kept.clear();
    generation++;
  };
  Dexie.on('storagemutated', (parts) => {
    // A read under way when the corpus changed is not kept: it may have seen the old corpus.
    if (touchesCorpus(parts, db.name)) clear();
  });
  return {
    read<T>(key: string, load: () => Promise<T>): Promise<T> {
      const held = kept.get(key) as Promise<T> | undefined;
      if (held) {
        kept.delete(key); // re-inserted last: the map's order is least recently used first
        kept.set(key, held);
        return held;
      }
      const loading = load();
      kept.set(key, loading);
      loading.catch(() => {
        if (kept.get(key) === loading) kept.delete(key);
      });
      for (const oldest of kept.keys()) {
        if (kept.size <= MAX_CACHED_READS) break;
        kept.delete(oldest);
      }
      return loading;
    },
    clear,
    generation: () => generation,
  };
}

const caches = new WeakMap<Dexie, CorpusReadCache>();

/** The cache of corpus-wide reads for `db` (one per connection object). */
export function corpusReadCache(db: Dexie): CorpusReadCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = newCache(db);
    caches.set(db, cache);
  }
  return cache;
}
