import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import type { Annotation } from '../schema';
import { BUNDLED_PACK_ID, LATEST_VERSION, declareVersions, openDatabase, statementUrlKeys } from './db';
import { freshIndexedDb } from './test-db';

const corpus = loadBundledCorpus();
const annotation: Annotation = {
  id: 'user-note-1',
  origin: 'user',
  createdAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:05.000Z',
  url: 'https://example.org/article',
  pageTitle: 'An article',
  target: {
    source: 'https://example.org/article',
    selector: [
      { type: 'TextQuoteSelector', exact: 'integration across health and care is not new', prefix: 'repeating that ', suffix: ', it’s' },
      { type: 'TextPositionSelector', start: 120, end: 166 },
    ],
  },
  note: 'check against 2021',
  tags: ['integration'],
  colour: 'yellow',
  topicIds: [],
};

describe('database versions', () => {
  it('upgrades a version 1 database full of data to the latest version without losing anything', async () => {
    const idb = freshIndexedDb();
    const old = new Dexie('policy-lens', idb);
    declareVersions(old, 1);
    await old.table('events').bulkPut(corpus.events);
    await old.table('organisations').bulkPut(corpus.organisations);
    await old.table('people').bulkPut(corpus.people);
    await old.table('topics').bulkPut(corpus.topics);
    await old.table('statements').bulkPut(corpus.statements);
    await old.table('quotes').bulkPut(corpus.quotes);
    await old.table('annotations').put(annotation);
    old.close();

    const db = openDatabase('policy-lens', idb);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.events.toArray()).toEqual(sortById(corpus.events));
    expect(await db.organisations.toArray()).toEqual(sortById(corpus.organisations));
    expect(await db.people.toArray()).toEqual(sortById(corpus.people));
    expect(await db.topics.toArray()).toEqual(sortById(corpus.topics));
    expect(await db.quotes.toArray()).toEqual(sortById(corpus.quotes));
    expect(await db.annotations.toArray()).toEqual([annotation]);

    // Version 2 derives every statement's URL keys and indexes them.
    const statements = await db.statements.toArray();
    expect(statements.map(({ urlKeys: _k, ...s }) => s)).toEqual(sortById(corpus.statements));
    for (const row of statements) {
      expect(row.urlKeys).toEqual(statementUrlKeys(row));
      expect(row.urlKeys.length).toBeGreaterThan(0);
      expect((await db.statements.where('urlKeys').equals(row.urlKeys[0]!).first())?.id).toBe(row.id);
    }
    db.close();
  });

  it('version 4 records every corpus record as held by the bundled pack, and no user record', async () => {
    const idb = freshIndexedDb();
    const old = new Dexie('policy-lens', idb);
    declareVersions(old, 3);
    await old.table('quotes').bulkPut(corpus.quotes);
    await old.table('people').bulkPut(corpus.people);
    const mine = { ...corpus.people[0]!, id: 'my-person', origin: 'user' };
    await old.table('people').put(mine);
    await old.table('indexedDocs').put({ idx: 1, refId: 'q', statementId: 's', kind: 'statement', words: 1, fingerprints: 1 });
    old.close();

    const db = openDatabase('policy-lens', idb);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    const holdings = await db.packHoldings.toArray();
    expect(holdings).toHaveLength(corpus.quotes.length + corpus.people.length);
    expect(holdings.every((h) => h.packIds.length === 1 && h.packIds[0] === BUNDLED_PACK_ID && h.source === BUNDLED_PACK_ID)).toBe(true);
    expect(await db.packHoldings.get(['people', 'my-person'])).toBeUndefined();
    expect(await db.people.get('my-person')).toEqual(mine);
    // The index in use stays where it was until a rebuild replaces it.
    expect(await db.indexedDocs.count()).toBe(1);
    expect(await db.indexedDocs1.count()).toBe(0);
    db.close();
  });

  it('version 7 indexes statements by event and date, so an older database answers newest first without losing a row', async () => {
    const idb = freshIndexedDb();
    const old = new Dexie('policy-lens', idb);
    declareVersions(old, 6);
    const rows = corpus.statements.map((s) => ({ ...s, urlKeys: statementUrlKeys(s) }));
    await old.table('statements').bulkPut(rows);
    old.close();

    const db = openDatabase('policy-lens', idb);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expect(await db.statements.toArray()).toEqual(sortById(rows));
    const eventId = corpus.statements[0]!.eventId;
    const newest = await db.statements.where('[eventId+publishedDate]').between([eventId, Dexie.minKey], [eventId, Dexie.maxKey]).reverse().toArray();
    const expected = corpus.statements.filter((s) => s.eventId === eventId).map((s) => s.publishedDate).sort().reverse();
    expect(newest.map((s) => s.publishedDate)).toEqual(expected);
    const byDate = await db.statements.orderBy('publishedDate').reverse().primaryKeys();
    expect(byDate).toHaveLength(corpus.statements.length);
    db.close();
  });
});

function sortById<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
