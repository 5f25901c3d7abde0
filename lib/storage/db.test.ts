import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import type { Annotation } from '../schema';
import { buildIndexEntries } from '../matching/build-index';
import { hashesOf, indexSnapshot } from '../../test-support/storage/index-snapshot';
import {
  allQuotes,
  allStatements,
  corpusRows,
  getQuotes,
  getStatement,
  getStatements,
  ownCount,
  putQuotes,
  putStatements,
  quoteCountOfVoice,
  quotesOfStatements,
  quotesOfVoice,
  statementByUrlKeys,
  statementCount,
  statementIdsByDate,
  statementIdsOfEvent,
  statementUrlKeys,
} from './corpus-records';
import { BUNDLED_PACK_ID, type IndexBlockRow, LATEST_VERSION, type PolicyLensDb, declareVersions, openDatabase } from './db';
import { toBucketRows } from './fingerprint-buckets';
import { FORMAT_BEFORE_CHUNKS, INDEX_FORMAT } from './index-layout';
import { rebuildTextIndex, staleStatements, updateTextIndex } from './text-index';
import { freshIndexedDb } from './test-db';
import { chunkOf } from './record-chunks';
import type { PackHolding } from './pack-rows';
import { allHoldings, countTallies, forgetHoldingHash, holdingOf } from './pack-holdings';
import { installCorpus } from './corpus-install';
import { PACK_TABLES } from '../corpus/pack-format';
import { syntheticPack } from '../../test-support/corpus/synthetic-pack';

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
    expect(await allQuotes(db)).toEqual(sortById(corpus.quotes));
    expect(await db.annotations.toArray()).toEqual([annotation]);

    // Version 2 derived every statement's URL keys and indexed them; version 13 keeps them on the statement's chunk.
    const statements = await allStatements(db);
    expect(statements).toEqual(sortById(corpus.statements));
    for (const statement of statements) {
      const keys = statementUrlKeys(statement);
      expect(keys.length).toBeGreaterThan(0);
      expect((await statementByUrlKeys(db, [keys[0]!]))?.id).toBe(statement.id);
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

    // Opened at version 4 itself: later versions change the text index's tables.
    const db = new Dexie('policy-lens', idb) as PolicyLensDb;
    declareVersions(db, 4);
    await db.open();
    const holdings = await db.table<PackHolding>('packHoldings').toArray();
    expect(holdings).toHaveLength(corpus.quotes.length + corpus.people.length);
    expect(holdings.every((h) => h.packIds.length === 1 && h.packIds[0] === BUNDLED_PACK_ID && h.source === BUNDLED_PACK_ID)).toBe(true);
    expect(await db.table('packHoldings').get(['people', 'my-person'])).toBeUndefined();
    expect(await db.people.get('my-person')).toEqual(mine);
    // The index in use stays where it was until a rebuild replaces it.
    expect(await db.table('indexedDocs').count()).toBe(1);
    expect(await db.table('indexedDocs1').count()).toBe(0);
    db.close();
  });

  it('version 7 converts the text index in use to the new layout: it answers as a fresh build, and no statement is stale', async () => {
    const idb = freshIndexedDb();
    const old = new Dexie('policy-lens', idb);
    declareVersions(old, 6);
    await old.table('statements').bulkPut(corpus.statements.map((s) => ({ ...s, urlKeys: statementUrlKeys(s) })));
    await old.table('quotes').bulkPut(corpus.quotes);
    // The index as versions 3 to 6 stored it, in the second pair of tables (the one in use).
    const sources = [
      ...sortById(corpus.statements).map((s) => ({ kind: 'statement' as const, refId: s.id, statementId: s.id, text: s.text, stamp: s.updatedAt })),
      ...sortById(corpus.quotes).map((q) => ({ kind: 'quote' as const, refId: q.id, statementId: q.statementId, text: q.text, stamp: q.updatedAt })),
    ];
    const { docs, postings } = buildIndexEntries(sources, 1);
    const hashesOfDoc = new Map<number, Set<number>>();
    for (const [hash, list] of postings) for (const { doc } of list) hashesOfDoc.set(doc, (hashesOfDoc.get(doc) ?? new Set()).add(hash));
    await old.table('indexedDocs1').bulkAdd(docs.map((d, i) => ({ ...d, hashes: Uint32Array.from(hashesOfDoc.get(d.idx) ?? []), stamp: sources[i]!.stamp })));
    await old.table('fingerprintBuckets1').bulkAdd(toBucketRows(postings));
    await old.table('indexedDocs').put({ idx: 1, refId: 'left-over', statementId: 'left-over', kind: 'statement', words: 1, fingerprints: 1 });
    await old.table('meta').bulkPut([
      { key: 'indexFormat', value: FORMAT_BEFORE_CHUNKS },
      { key: 'indexSlot', value: 1 },
      { key: 'indexGeneration', value: 4 },
      { key: 'indexFilter', value: new Uint32Array(16) },
    ]);
    old.close();

    const db = openDatabase('policy-lens', idb);
    await db.open();
    expect((await db.meta.get('indexFormat'))?.value).toBe(INDEX_FORMAT);
    expect(await db.meta.get('indexSlot')).toBeUndefined();
    expect((await db.textBlocks.toArray()).flatMap((row) => row.statementIds).sort()).toEqual(sortById(corpus.statements).map((s) => s.id));
    expect(await db.textFilter.count()).toBeGreaterThan(0);
    expect(db.tables.map((t) => t.name)).not.toContain('indexedDocs');
    expect(await staleStatements(db)).toEqual([]);
    const lookedUp = hashesOf(corpus.statements.map((s) => s.text));
    const converted = await indexSnapshot(db, lookedUp);
    expect(converted.seen.length).toBeGreaterThan(0);
    await rebuildTextIndex(db);
    expect(await indexSnapshot(db, lookedUp)).toEqual(converted);
    db.close();
  });

  it('version 8 indexes statements by event and date, so an older database answers newest first without losing a row', async () => {
    const idb = freshIndexedDb();
    const old = new Dexie('policy-lens', idb);
    declareVersions(old, 7);
    const rows = corpus.statements.map((s) => ({ ...s, urlKeys: statementUrlKeys(s) }));
    await old.table('statements').bulkPut(rows);
    old.close();

    const db = openDatabase('policy-lens', idb);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(8);
    expect(await allStatements(db)).toEqual(sortById(corpus.statements));
    const eventId = corpus.statements[0]!.eventId;
    const newest = await getStatements(db, (await statementIdsOfEvent(db, eventId)).reverse());
    const expected = corpus.statements.filter((s) => s.eventId === eventId).map((s) => s.publishedDate).sort().reverse();
    expect(newest.map((s) => s?.publishedDate)).toEqual(expected);
    const byDate = await statementIdsByDate(db);
    expect(byDate).toHaveLength(corpus.statements.length);
    db.close();
  });

  it('version 9 regroups pack holdings into chunks: installed packs keep every holding, and the next install still finds its records unchanged', async () => {
    const idb = freshIndexedDb();
    const old = new Dexie('policy-lens', idb);
    declareVersions(old, 8);
    for (const table of PACK_TABLES) await old.table(table).bulkPut(table === 'statements' ? corpus.statements.map((s) => ({ ...s, urlKeys: statementUrlKeys(s) })) : corpus[table]);
    const { events: _e, organisations: _o, people: _p, topics: _t, statements: _s, quotes: _q, ...header } = corpus;
    const counts = Object.fromEntries(PACK_TABLES.map((t) => [t, corpus[t].length]));
    await old.table('packs').bulkPut([
      { ...header, kind: 'bundled', counts, installedAt: corpus.published },
      { ...header, id: 'team-pack', title: 'Team', kind: 'file', counts: { ...counts, people: 1 }, installedAt: corpus.published },
    ]);
    const holdings: PackHolding[] = PACK_TABLES.flatMap((table) =>
      corpus[table].map((r, i) => ({ table, id: r.id, packIds: table === 'people' && i === 0 ? [BUNDLED_PACK_ID, 'team-pack'] : [BUNDLED_PACK_ID], source: BUNDLED_PACK_ID, hash: i })),
    );
    await old.table('packHoldings').bulkPut(holdings);
    old.close();

    const db = openDatabase('policy-lens', idb);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('packHoldings');
    const sorted = [...holdings].sort((a, b) => a.table.localeCompare(b.table) || (a.id < b.id ? -1 : 1));
    expect(await allHoldings(db.holdingChunks)).toEqual(sorted);
    expect(await db.holdingChunks.count()).toBeLessThan(holdings.length);
    // Stored hashes match no content here, so the bundled pack compares each record: all unchanged.
    const report = await installCorpus(db, { ...corpus, version: corpus.version + 1 });
    expect(report).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: holdings.length });
    expect((await holdingOf(db.holdingChunks, 'people', corpus.people[0]!.id))?.packIds).toEqual([BUNDLED_PACK_ID, 'team-pack']);
    db.close();
  });

  it('version 10 counts what each installed pack holds, and how much of it is stored as another pack’s version', async () => {
    const idb = freshIndexedDb();
    const old = new Dexie('policy-lens', idb);
    declareVersions(old, 8);
    // The first record of each table has hash 0 (not known as the bundled pack's own), and team-pack holds one person, stored as the bundled pack's version.
    const holdings: PackHolding[] = PACK_TABLES.flatMap((table) =>
      corpus[table].map((r, i) => ({ table, id: r.id, packIds: table === 'people' && i === 1 ? [BUNDLED_PACK_ID, 'team-pack'] : [BUNDLED_PACK_ID], source: BUNDLED_PACK_ID, hash: i })),
    );
    await old.table('packHoldings').bulkPut(holdings);
    old.close();

    const db = openDatabase('policy-lens', idb);
    await db.open();
    const counts = Object.fromEntries(PACK_TABLES.map((t) => [t, corpus[t].length]));
    const only = (table: string, n: number) => Object.fromEntries(PACK_TABLES.map((t) => [t, t === table ? n : 0]));
    expect(await db.packTallies.toArray()).toEqual([
      { pack: BUNDLED_PACK_ID, held: counts, notOwn: Object.fromEntries(PACK_TABLES.map((t) => [t, corpus[t].length ? 1 : 0])) },
      { pack: 'team-pack', held: only('people', 1), notOwn: only('people', 1) },
    ]);
    // A record whose hash is reset is no longer counted as the pack's own.
    await forgetHoldingHash(db.holdingChunks, 'statements', corpus.statements[1]!.id);
    expect((await db.packTallies.get(BUNDLED_PACK_ID))?.notOwn.statements).toBe(2);
    expect(await db.packTallies.toArray()).toEqual(await countTallies(db.holdingChunks));
    db.close();
  });

  it('version 11 drops the indexes no query needs: every row stays, and every query on statements and quotes answers as before', async () => {
    const idb = freshIndexedDb();
    const old = new Dexie('policy-lens', idb);
    declareVersions(old, 10);
    const rows = corpus.statements.map((s) => ({ ...s, urlKeys: statementUrlKeys(s) }));
    await old.table('statements').bulkPut(rows);
    await old.table('quotes').bulkPut(corpus.quotes);
    old.close();

    // Opened at version 11 itself: version 13 replaces both tables.
    const at11 = new Dexie('policy-lens', idb);
    declareVersions(at11, 11);
    await at11.open();
    expect(Object.keys(at11.table('statements').schema.idxByName).sort()).toEqual(['[eventId+publishedDate]', 'publishedDate', 'urlKeys']);
    expect(Object.keys(at11.table('quotes').schema.idxByName).sort()).toEqual(['organisationId', 'speakerId', 'statementId']);
    at11.close();

    const db = openDatabase('policy-lens', idb);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await allStatements(db)).toEqual(sortById(corpus.statements));
    expect(await allQuotes(db)).toEqual(sortById(corpus.quotes));

    // The statements of an event, one event or several, and how many, as the readers ask.
    const eventIds = [...new Set(corpus.statements.map((s) => s.eventId))];
    for (const eventId of eventIds) {
      const expected = corpus.statements.filter((s) => s.eventId === eventId).map((s) => s.id).sort();
      expect((await statementIdsOfEvent(db, eventId)).sort()).toEqual(expected);
    }
    const someEvents = eventIds.slice(0, 2);
    const ofSome = corpus.statements.filter((s) => someEvents.includes(s.eventId)).map((s) => s.id).sort();
    expect((await Promise.all(someEvents.map((id) => statementIdsOfEvent(db, id)))).flat().sort()).toEqual(ofSome);
    // A voice's quotes come in id order, as voice-statements.ts relies on.
    const speakerId = corpus.quotes.find((q) => q.speakerId)!.speakerId!;
    const organisationId = corpus.quotes[0]!.organisationId;
    expect((await quotesOfVoice(db, 'speakerId', speakerId)).map((q) => q.id)).toEqual(corpus.quotes.filter((q) => q.speakerId === speakerId).map((q) => q.id).sort());
    expect(await quoteCountOfVoice(db, 'organisationId', organisationId)).toBe(corpus.quotes.filter((q) => q.organisationId === organisationId).length);
    expect(await statementIdsByDate(db)).toHaveLength(corpus.statements.length);
    db.close();
  });

  it('version 12 stores the text index’s documents in blocks of statements: the index answers as before, and updates go on from it', async () => {
    // The index as version 11 stored it (one row per statement), taken from one built by today's code.
    const built = openDatabase('built', freshIndexedDb());
    await putStatements(built, corpus.statements);
    await putQuotes(built, corpus.quotes);
    await rebuildTextIndex(built);
    const lookedUp = hashesOf(corpus.statements.map((s) => s.text));
    const expected = await indexSnapshot(built, lookedUp);
    const slot = (await built.meta.get('indexSlot'))?.value === 1 ? '1' : '';
    const groups = (await built.table<IndexBlockRow>(`textBlocks${slot}`).toArray()).flatMap((row) => row.groups);
    const buckets = await built.table(`textBuckets${slot}`).toArray();
    const filter = await built.table(`textFilter${slot}`).toArray();
    const meta = await built.meta.toArray();
    built.close();

    const idb = freshIndexedDb();
    const old = new Dexie('policy-lens', idb);
    declareVersions(old, 11);
    await old.table('statements').bulkPut(corpus.statements.map((s) => ({ ...s, urlKeys: statementUrlKeys(s) })));
    await old.table('quotes').bulkPut(corpus.quotes);
    await old.table(`textDocs${slot}`).bulkAdd(groups);
    await old.table(`textBuckets${slot}`).bulkAdd(buckets);
    await old.table(`textFilter${slot}`).bulkAdd(filter);
    await old.table('meta').bulkPut(meta);
    old.close();

    const db = openDatabase('policy-lens', idb);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('textDocs');
    const blocks = await db.table<IndexBlockRow>(`textBlocks${slot}`).toArray();
    expect(blocks.length).toBeLessThan(groups.length);
    expect(blocks.flatMap((row) => row.groups)).toEqual(groups);
    expect(await indexSnapshot(db, lookedUp)).toEqual(expected);
    expect(await staleStatements(db)).toEqual([]);
    // A statement changed after the upgrade is updated in its block, as a fresh build would have it.
    const statement = corpus.statements[1]!;
    await putStatements(db, [{ ...statement, text: `${statement.text} A closing sentence about integrated care boards.`, updatedAt: '2027-01-01T00:00:00.000Z' }]);
    await updateTextIndex(db, [statement.id]);
    expect(await staleStatements(db)).toEqual([]);
    const updated = await indexSnapshot(db, lookedUp);
    await rebuildTextIndex(db);
    expect(await indexSnapshot(db, lookedUp)).toEqual(updated);
    db.close();
  });

  it('version 13 moves statements and quotes into chunk rows: each lookup gives every record back, without its URL keys, and the old tables are gone', async () => {
    // The bundled corpus's two events, with enough statements and quotes besides to fill several chunks.
    const extra = syntheticPack(corpus, 100, 13);
    const statements = [...corpus.statements, ...extra.statements];
    const quotes = [...corpus.quotes, ...extra.quotes];
    const idb = freshIndexedDb();
    const old = new Dexie('policy-lens', idb);
    declareVersions(old, 12);
    await old.table('statements').bulkPut(statements.map((s) => ({ ...s, urlKeys: statementUrlKeys(s) })));
    await old.table('quotes').bulkPut(quotes);
    old.close();

    const db = openDatabase('policy-lens', idb);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(13);
    expect(db.tables.map((t) => t.name)).not.toContain('statements');
    expect(db.tables.map((t) => t.name)).not.toContain('quotes');
    expect(await db.statementChunks.count()).toBeGreaterThan(1);
    expect(await db.quoteChunks.count()).toBeGreaterThan(1);

    const stored = await getStatements(db, statements.map((s) => s.id));
    expect(stored).toEqual(statements);
    expect(stored.filter((s) => s && 'urlKeys' in s)).toEqual([]);
    expect(await getQuotes(db, quotes.map((q) => q.id))).toEqual(quotes);
    for (const statement of statements) {
      for (const key of statementUrlKeys(statement)) expect((await statementByUrlKeys(db, [key]))?.id).toBe(statement.id);
    }
    const eventIds = [...new Set(statements.map((s) => s.eventId))];
    expect(eventIds).toHaveLength(2);
    for (const eventId of eventIds) {
      const ofEvent = sortById(statements.filter((s) => s.eventId === eventId)).sort((a, b) => (a.publishedDate < b.publishedDate ? -1 : a.publishedDate > b.publishedDate ? 1 : 0));
      expect(await statementIdsOfEvent(db, eventId)).toEqual(ofEvent.map((s) => s.id));
    }
    expect(await quotesOfStatements(db, statements.map((s) => s.id))).toEqual(statements.flatMap((s) => sortById(quotes.filter((q) => q.statementId === s.id))));
    for (const speakerId of new Set(quotes.flatMap((q) => (q.speakerId ? [q.speakerId] : [])))) {
      expect(await quotesOfVoice(db, 'speakerId', speakerId)).toEqual(sortById(quotes.filter((q) => q.speakerId === speakerId)));
    }
    for (const organisationId of new Set(quotes.map((q) => q.organisationId))) {
      expect(await quotesOfVoice(db, 'organisationId', organisationId)).toEqual(sortById(quotes.filter((q) => q.organisationId === organisationId)));
    }
    db.close();
  });

  it('version 14 keeps version 13\'s chunk rows as they are and files the user\'s own records; a small write then goes beside the rows as loose rows', async () => {
    const synthetic = syntheticPack(corpus, 100, 14);
    // Two statements and their quotes the user captured or edited.
    const mine = new Set(synthetic.statements.slice(0, 2).map((s) => s.id));
    const extra = {
      statements: synthetic.statements.map((s) => (mine.has(s.id) ? { ...s, origin: 'user' as const } : s)),
      quotes: synthetic.quotes.map((q) => (mine.has(q.statementId) ? { ...q, origin: 'user' as const } : q)),
    };
    const idb = freshIndexedDb();
    const old = new Dexie('policy-lens', idb);
    declareVersions(old, 13);
    const rows = corpusRows(extra.statements, extra.quotes);
    await old.table('statementChunks').bulkPut(rows.statementChunks);
    await old.table('quoteChunks').bulkPut(rows.quoteChunks);
    // Version 13 kept no row of the user's own records.
    await old.table('corpusKeys').bulkPut(rows.corpusKeys.filter((r) => !r.key.startsWith('own')));
    old.close();

    const db = openDatabase('policy-lens', idb);
    await db.open();
    expect(db.verno).toBe(14);
    expect(await ownCount(db, 'statements')).toBe(2);
    expect(await ownCount(db, 'quotes')).toBe(extra.quotes.filter((q) => q.origin === 'user').length);
    expect(await ownCount(db, 'quotes')).toBeGreaterThan(0);
    expect(await db.corpusKeys.toArray()).toEqual(rows.corpusKeys.sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(await db.statementChunks.count()).toBe(rows.statementChunks.length);
    expect(await getStatements(db, extra.statements.map((s) => s.id))).toEqual(extra.statements);
    expect(await getQuotes(db, extra.quotes.map((q) => q.id))).toEqual(extra.quotes);
    const edited = { ...extra.statements[0]!, title: 'Edited' };
    await putStatements(db, [edited]);
    expect(await db.statementLoose.toArray()).toEqual([{ chunk: chunkOf(edited.id), id: edited.id, record: edited }]);
    expect(await getStatement(db, edited.id)).toEqual(edited);
    expect(await statementCount(db)).toBe(extra.statements.length);
    db.close();
  });
});

function sortById<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
