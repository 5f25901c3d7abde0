import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { buildIndexEntries } from '../matching/build-index';
import { fingerprints } from '../matching/fingerprints';
import { MemoryFingerprintStore } from '../matching/memory-store';
import { seededRandom } from '../../test-support/seeded-random';
import { tokenize } from '../matching/tokens';
import { installCorpus } from './corpus-install';
import type { PolicyLensDb } from './db';
import { openTestDatabase } from './test-db';
import { INDEX_FORMAT, ensureTextIndex, rebuildTextIndex, textIndexStore } from './text-index';

const corpus = loadBundledCorpus();
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
/** In the order rebuildTextIndex reads them from the database: statements, then quotes, by id. */
const sources = [
  ...byId(corpus.statements).map((s) => ({ kind: 'statement' as const, refId: s.id, statementId: s.id, text: s.text })),
  ...byId(corpus.quotes).map((q) => ({ kind: 'quote' as const, refId: q.id, statementId: q.statementId, text: q.text })),
];

describe('the text index in IndexedDB', () => {
  let db: PolicyLensDb;
  beforeEach(async () => {
    db = openTestDatabase();
    await installCorpus(db, corpus);
  });
  afterEach(() => db.delete());

  it('answers lookups exactly as the in-memory index built from the same texts', async () => {
    await rebuildTextIndex(db);
    const memory = new MemoryFingerprintStore(buildIndexEntries(sources));
    const random = seededRandom(9);
    const present = corpus.statements.flatMap((s) => fingerprints(tokenize(s.text)).map((f) => f.hash));
    const absent = Array.from({ length: 500 }, () => Math.floor(random() * 2 ** 32));
    const hashes = [...new Set([...present, ...absent])];
    const stored = await textIndexStore(db).lookup(hashes);
    expect([...stored].sort(([a], [b]) => a - b)).toEqual([...(await memory.lookup(hashes))].sort(([a], [b]) => a - b));
    const idxs = [1, 2, 7, sources.length, sources.length + 5];
    expect(await textIndexStore(db).docs(idxs)).toEqual(await memory.docs(idxs));
  });

  it('is rebuilt when missing, when the texts changed, or when its format is old, and not otherwise', async () => {
    await ensureTextIndex(db, false);
    expect(await db.indexedDocs.count()).toBe(sources.length);
    await db.indexedDocs.clear();
    await ensureTextIndex(db, false);
    expect(await db.indexedDocs.count()).toBe(0);
    await ensureTextIndex(db, true);
    expect(await db.indexedDocs.count()).toBe(sources.length);
    await db.meta.put({ key: 'indexFormat', value: 'an older format' });
    await db.indexedDocs.clear();
    await ensureTextIndex(db, false);
    expect(await db.indexedDocs.count()).toBe(sources.length);
    expect((await db.meta.get('indexFormat'))?.value).toBe(INDEX_FORMAT);
  });
});
