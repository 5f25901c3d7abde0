import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Corpus, loadBundledCorpus } from '../corpus/bundled-corpus';
import type { PolicyLensDb } from './db';
import { ensureCorpus, installCorpus } from './corpus-install';
import { openTestDatabase } from './test-db';

const corpus = loadBundledCorpus();
const total =
  corpus.events.length +
  corpus.organisations.length +
  corpus.people.length +
  corpus.topics.length +
  corpus.statements.length +
  corpus.quotes.length;

/** The next corpus release: one statement retitled, one quote withdrawn, one topic added. */
function nextRelease(base: Corpus): Corpus {
  const releasedAt = '2027-01-01T00:00:00.000Z';
  const bump = <T extends object>(r: T): T => ({ ...r, createdAt: releasedAt, updatedAt: releasedAt });
  const [first, ...rest] = base.statements.map(bump);
  return {
    ...base,
    version: base.version + 1,
    events: base.events.map(bump),
    organisations: base.organisations.map(bump),
    people: base.people.map(bump),
    topics: [
      ...base.topics.map(bump),
      bump({ ...base.topics[0]!, id: 'new-topic', label: 'New topic', description: 'Added in the next release.' }),
    ],
    statements: [{ ...first!, title: `${first!.title} (revised)` }, ...rest],
    quotes: base.quotes.slice(1).map(bump),
  };
}

describe('installing the bundled corpus', () => {
  let db: PolicyLensDb;
  beforeEach(() => {
    db = openTestDatabase();
  });
  afterEach(() => db.delete());

  it('adds every record once, and a second run changes nothing', async () => {
    expect(await installCorpus(db, corpus)).toEqual({
      added: total,
      updated: 0,
      unchanged: 0,
      removed: 0,
      keptUserRecords: 0,
      keptDeleted: 0,
    });
    const before = await db.statements.toArray();
    expect(await installCorpus(db, corpus)).toMatchObject({ added: 0, updated: 0, unchanged: total });
    expect(await db.statements.toArray()).toEqual(before);
    expect(await db.quotes.count()).toBe(corpus.quotes.length);
  });

  it('skips the work entirely when this corpus version is already installed', async () => {
    expect(await ensureCorpus(db, corpus)).not.toBeNull();
    expect(await ensureCorpus(db, corpus)).toBeNull();
  });

  it('never brings back a corpus record the user deleted', async () => {
    await installCorpus(db, corpus);
    const gone = corpus.quotes[1]!;
    await db.quotes.delete(gone.id);
    await db.deletions.put({ table: 'quotes', id: gone.id, deletedAt: '2026-12-01T00:00:00.000Z' });
    const report = await ensureCorpus(db, nextRelease(corpus));
    expect(report?.keptDeleted).toBe(1);
    expect(await db.quotes.get(gone.id)).toBeUndefined();
  });

  it('applies a newer corpus but never touches what the user created or edited', async () => {
    await installCorpus(db, corpus);
    const edited = { ...corpus.people[0]!, origin: 'user' as const, name: 'Edited by the user' };
    await db.people.put(edited);
    const userTopic = { ...corpus.topics[0]!, id: 'my-topic', origin: 'user' as const, label: 'Mine' };
    await db.topics.put(userTopic);

    const next = nextRelease(corpus);
    const report = await ensureCorpus(db, next);
    expect(report).toMatchObject({ added: 1, updated: 1, removed: 1, keptUserRecords: 1 });
    expect(report?.unchanged).toBe(total - 1 /* edited person */ - 1 /* retitled */ - 1 /* withdrawn */);

    expect(await db.people.get(edited.id)).toEqual(edited);
    expect(await db.topics.get('my-topic')).toEqual(userTopic);
    expect(await db.topics.get('new-topic')).toBeDefined();
    expect(await db.quotes.get(corpus.quotes[0]!.id)).toBeUndefined();
    const retitled = await db.statements.get(corpus.statements[0]!.id);
    expect(retitled?.title).toMatch(/\(revised\)$/);
    // An updated record keeps the date it first arrived.
    expect(retitled?.createdAt).toBe(corpus.statements[0]!.createdAt);
  });
});
