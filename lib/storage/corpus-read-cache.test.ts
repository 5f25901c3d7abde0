import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { putQuotes, putStatements, statementCount } from './corpus-records';
import { MAX_CACHED_READS, corpusReadCache, touchesCorpus } from './corpus-read-cache';
import { type PolicyLensDb, openDatabase } from './db';
import { freshIndexedDb, openTestDatabase } from './test-db';
import { loadBundledCorpus } from '../corpus/bundled-corpus';

const corpus = loadBundledCorpus();
const statement = corpus.statements[0]!;

describe('corpusReadCache', () => {
  let db: PolicyLensDb;
  beforeEach(async () => {
    db = openTestDatabase();
    await db.open();
  });
  afterEach(() => db.delete());

  it('reads once until the corpus changes', async () => {
    const load = vi.fn(async () => statementCount(db));
    const cache = corpusReadCache(db);
    expect(await cache.read('count', load)).toBe(0);
    expect(await cache.read('count', load)).toBe(0);
    expect(load).toHaveBeenCalledTimes(1);
    await putStatements(db, [statement]);
    expect(await cache.read('count', load)).toBe(1);
    expect(load).toHaveBeenCalledTimes(2);
    await putQuotes(db, [corpus.quotes[0]!]);
    await cache.read('count', load);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('keeps its reads, and its generation, when tables outside the corpus change', async () => {
    const load = vi.fn(async () => 'read');
    const cache = corpusReadCache(db);
    await cache.read('x', load);
    const generation = cache.generation();
    await db.meta.put({ key: 'corpusVersion', value: 1 });
    await db.pendingCaptures.clear();
    await cache.read('x', load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(cache.generation()).toBe(generation);
  });

  it('moves its generation on with every write to the corpus’s tables', async () => {
    const cache = corpusReadCache(db);
    const before = cache.generation();
    await db.people.put(corpus.people[0]!);
    const afterPeople = cache.generation();
    expect(afterPeople).toBeGreaterThan(before);
    await db.topics.put(corpus.topics[0]!);
    expect(cache.generation()).toBeGreaterThan(afterPeople);
  });

  it('drops its reads when another connection to the same database writes', async () => {
    const load = vi.fn(async () => 'read');
    const cache = corpusReadCache(db);
    await cache.read('x', load);
    const other = openDatabase(db.name, freshIndexedDb());
    await putStatements(other, [statement]);
    other.close();
    await cache.read('x', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not keep a read that failed', async () => {
    const cache = corpusReadCache(db);
    await expect(cache.read('x', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await cache.read('x', async () => 'second')).toBe('second');
  });

  it(`keeps at most ${MAX_CACHED_READS} reads, dropping the least recently used`, async () => {
    const cache = corpusReadCache(db);
    const load = vi.fn(async () => 'read');
    await cache.read('first', load);
    for (let i = 0; i < MAX_CACHED_READS - 1; i++) await cache.read(`other ${i}`, async () => i);
    await cache.read('first', load); // used again: now the most recent
    await cache.read('one more', async () => 0); // drops 'other 0'
    await cache.read('first', load);
    expect(load).toHaveBeenCalledTimes(1);
    const dropped = vi.fn(async () => 0);
    await cache.read('other 0', dropped);
    expect(dropped).toHaveBeenCalledTimes(1);
  });

  it('is one cache per connection', () => {
    expect(corpusReadCache(db)).toBe(corpusReadCache(db));
    expect(corpusReadCache(openTestDatabase())).not.toBe(corpusReadCache(db));
  });
});

describe('touchesCorpus', () => {
  it('names writes to the corpus’s tables of that database, or to everything', () => {
    const part = { 'idb://PolicyLens/statementChunks/': {} } as never;
    expect(touchesCorpus(part, 'PolicyLens')).toBe(true);
    expect(touchesCorpus({ 'idb://PolicyLens/quoteChunks/speakerKeys': {} } as never, 'PolicyLens')).toBe(true);
    expect(touchesCorpus({ all: {} } as never, 'PolicyLens')).toBe(true);
    expect(touchesCorpus({ 'idb://PolicyLens/people/': {} } as never, 'PolicyLens')).toBe(true);
    expect(touchesCorpus({ 'idb://PolicyLens/annotations/': {} } as never, 'PolicyLens')).toBe(false);
    expect(touchesCorpus(part, 'Other')).toBe(false);
  });
});
