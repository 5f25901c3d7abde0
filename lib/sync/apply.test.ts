import type { DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { deleteAnnotation, updateAnnotation } from '../storage/annotations';
import { installCorpus } from '../storage/corpus-install';
import { getStatement, quoteCount, statementByUrlKeys, statementUrlKeys } from '../storage/corpus-records';
import type { PolicyLensDb } from '../storage/db';
import { recordStore } from '../storage/record-store';
import { applyImport, applyImportText, previewImport } from './apply';
import { exportSyncFile, serializeSyncFile } from './export';
import { SYNCED_TABLES, type SyncFile } from './format';
import type { ImportFailure } from './import-errors';
import { type ParsedImport, parseImportText } from './import-validate';
import { describeUnresolved } from './references';
import { at, highlight, organisation, person, policyEvent, quote, statement, syncFile, topic } from '../../test-support/sync/fixtures';
import { openTestDatabase } from '../storage/test-db';

const parsed = (file: SyncFile): ParsedImport => {
  const result = parseImportText(serializeSyncFile(file));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result;
};

/** Everything an import may touch, to show that a refused one touched nothing. */
async function snapshot(db: PolicyLensDb) {
  const records = await Promise.all(SYNCED_TABLES.map(async (t) => [t, await recordStore(db, t).all()] as const));
  return { ...Object.fromEntries(records), deletions: await db.deletions.toArray(), syncBases: await db.syncBases.toArray() };
}

const messages = (result: { ok: boolean }) => (result as ImportFailure).errors.map((e) => e.message);

/** A small graph of the analyst's records: an organisation, an event, a statement, a quote and highlights. */
function analystFile(overrides: Partial<SyncFile> = {}): SyncFile {
  return syncFile({
    organisations: [organisation('think-tank')],
    events: [policyEvent('white-paper', 'think-tank')],
    people: [person('jane-doe', { roles: [{ title: 'Director', organisationId: 'think-tank' }] })],
    topics: [topic('workforce')],
    statements: [statement('response', 'white-paper', 'think-tank', { authorId: 'jane-doe' })],
    quotes: [quote('response-q1', 'response', 'think-tank', ['workforce'], { speakerId: 'jane-doe' })],
    annotations: [highlight('hl-1', { statementId: 'response', topicIds: ['workforce'] }), highlight('hl-2')],
    ...overrides,
  });
}

describe('importing a sync file', () => {
  let db: PolicyLensDb;
  beforeEach(() => {
    db = openTestDatabase();
  });
  afterEach(() => db.delete());

  it('previews without writing, then applies what it previewed', async () => {
    const file = analystFile();
    const before = await snapshot(db);
    const preview = await previewImport(db, parsed(file));
    expect(preview).toMatchObject({ ok: true, source: 'policy-lens', counts: { new: 8, updated: 0, unchanged: 0, deleted: 0, conflict: 0 } });
    expect(preview.ok && preview.items.find((i) => i.id === 'hl-1')).toEqual({
      table: 'annotations',
      id: 'hl-1',
      label: '“words highlighted in hl-1”',
      outcome: 'new',
    });
    expect(await snapshot(db)).toEqual(before);

    const report = await applyImport(db, parsed(file));
    expect(report).toMatchObject({ ok: true, counts: preview.ok ? preview.counts : {} });
    expect(report.ok && report.changedTables).toEqual(SYNCED_TABLES);
    expect(await db.annotations.toArray()).toEqual(file.annotations);
    // Statements are found by the lookup keys of their URLs, which never travel.
    expect(await getStatement(db, 'response')).toEqual(file.statements[0]);
    expect(await statementByUrlKeys(db, statementUrlKeys(file.statements[0]!))).toEqual(file.statements[0]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const file = analystFile({ deletions: [{ table: 'annotations', id: 'hl-gone', deletedAt: at(30) }] });
    await applyImport(db, parsed(file));
    const once = await snapshot(db);
    const again = await applyImport(db, parsed(file));
    expect(again).toMatchObject({ ok: true, counts: { new: 0, updated: 0, deleted: 0, conflict: 0, unchanged: 8 }, items: [], changedTables: [] });
    expect(await snapshot(db)).toEqual(once);
  });

  it('updates records the file has newer, and keeps those it has older', async () => {
    await applyImport(db, parsed(analystFile()));
    await db.annotations.update('hl-2', { note: 'edited here', updatedAt: at(50) });
    const file = analystFile({
      annotations: [highlight('hl-1', { statementId: 'response', topicIds: ['workforce'], note: 'edited there', updatedAt: at(40) }), highlight('hl-2', { note: 'stale' })],
    });
    const report = await applyImport(db, parsed(file));
    expect(report.ok && report.counts).toMatchObject({ updated: 1, conflict: 0 });
    expect((await db.annotations.get('hl-1'))?.note).toBe('edited there');
    expect((await db.annotations.get('hl-2'))?.note).toBe('edited here');
  });

  it('never brings back a highlight deleted after the file was written', async () => {
    const file = analystFile();
    await applyImport(db, parsed(file));
    await deleteAnnotation(db, 'hl-2');
    const report = await applyImport(db, parsed(file));
    expect(report.ok && report.counts).toMatchObject({ new: 0, unchanged: 8 });
    expect(await db.annotations.get('hl-2')).toBeUndefined();
    expect(await db.deletions.get(['annotations', 'hl-2'])).toBeDefined();
  });

  it('deletes what the file deleted after its last edit here only once confirmed, and remembers deletions of records it never had', async () => {
    await applyImport(db, parsed(analystFile()));
    const file = parsed(syncFile({ deletions: [{ table: 'annotations', id: 'hl-2', deletedAt: at(30) }, { table: 'annotations', id: 'hl-unknown', deletedAt: at(30) }] }));
    const preview = await previewImport(db, file);
    expect(preview).toMatchObject({ counts: { deleted: 1, unchanged: 0 }, deletionsLearned: 1, consent: { deleteYours: 1, changeCorpus: 0 }, warnings: ['1 of your highlights will be deleted'] });
    const before = await snapshot(db);
    expect(messages(await applyImport(db, file))).toEqual(['Nothing was imported: 1 of your highlights will be deleted, which needs your confirmation in the preview.']);
    expect(await snapshot(db)).toEqual(before);

    const report = await applyImport(db, file, { consent: preview.consent });
    expect(report).toMatchObject({ ok: true, counts: { deleted: 1 }, deletionsLearned: 1, changedTables: ['annotations'] });
    expect(report.ok && report.items).toEqual([
      { table: 'annotations', id: 'hl-2', label: '“words highlighted in hl-2”', outcome: 'deleted', loss: { kind: 'deleted', corpus: false } },
    ]);
    expect(await db.annotations.get('hl-2')).toBeUndefined();
    // A later file that still has the unknown highlight, older than its deletion, does not create it.
    await applyImport(db, parsed(syncFile({ annotations: [highlight('hl-unknown')] })));
    expect(await db.annotations.get('hl-unknown')).toBeUndefined();
  });

  it('refuses a consent given for other counts than the import now has', async () => {
    await applyImport(db, parsed(analystFile()));
    const file = parsed(syncFile({ deletions: [{ table: 'annotations', id: 'hl-1', deletedAt: at(30) }, { table: 'annotations', id: 'hl-2', deletedAt: at(30) }] }));
    const preview = await previewImport(db, file);
    expect(preview.warnings).toEqual(['2 of your highlights will be deleted']);
    const result = await applyImport(db, file, { consent: { deleteYours: 1, changeCorpus: 0 } });
    expect(messages(result)).toEqual(['Your records changed since the preview: now 2 of your highlights will be deleted. Nothing was imported; preview the file again.']);
    expect(await db.annotations.count()).toBe(2);
  });

  it('lets a record edited after its deletion win over the tombstone', async () => {
    await applyImport(db, parsed(analystFile()));
    await deleteAnnotation(db, 'hl-2'); // now: deletedAt is the real clock, long after at(…) times
    const deletedAt = (await db.deletions.get(['annotations', 'hl-2']))!.deletedAt;
    const later = new Date(Date.parse(deletedAt) + 60_000).toISOString();
    const report = await applyImport(db, parsed(syncFile({ annotations: [highlight('hl-2', { note: 'restored by an edit', updatedAt: later })] })));
    expect(report.ok && report.items[0]).toMatchObject({ id: 'hl-2', outcome: 'conflict', conflict: { yours: 'deleted', theirs: 'changed', kept: 'theirs' } });
    expect((await db.annotations.get('hl-2'))?.note).toBe('restored by an edit');
    expect(await db.deletions.get(['annotations', 'hl-2'])).toBeUndefined();
  });

  it('reports a conflict only when both sides changed since the last exchange', async () => {
    await applyImport(db, parsed(analystFile()));
    const mine = await exportSyncFile(db, { kind: 'everything' });
    // Edit here after exporting, then re-import the older export: no conflict, the edit stays.
    await db.annotations.update('hl-1', { note: 'mine', updatedAt: at(70) });
    const reimport = await applyImport(db, parsed(mine));
    expect(reimport.ok && reimport.counts).toMatchObject({ conflict: 0, unchanged: 8 });
    // The colleague edited the same highlight from the same exchanged version: a conflict, the later edit kept.
    const theirs = { ...mine, annotations: mine.annotations.map((a) => (a.id === 'hl-1' ? { ...a, note: 'theirs', updatedAt: at(80) } : a)) };
    const report = await applyImport(db, parsed(theirs));
    expect(report.ok && report.items).toEqual([
      {
        table: 'annotations',
        id: 'hl-1',
        label: '“words highlighted in hl-1”',
        outcome: 'conflict',
        conflict: { yours: 'changed', theirs: 'changed', kept: 'theirs' },
        loss: { kind: 'overwritten', corpus: false },
      },
    ]);
    expect((await db.annotations.get('hl-1'))?.note).toBe('theirs');
  });

  it('keeps references to what neither the file nor the database has, and lists them as missing or deleted', async () => {
    await applyImport(db, parsed(syncFile({ organisations: [organisation('think-tank')], people: [person('gone')] })));
    await applyImport(db, parsed(syncFile({ deletions: [{ table: 'people', id: 'gone', deletedAt: at(40) }] })), { consent: { deleteYours: 1, changeCorpus: 0 } });
    const file = syncFile({
      quotes: [quote('q-9', 's-404', 'think-tank', ['workforce'])],
      annotations: [highlight('hl-1'), highlight('hl-2', { speakerId: 'gone' })],
    });
    const report = await applyImport(db, parsed(file));
    expect(report).toMatchObject({ ok: true, counts: { new: 3 } });
    expect(report.ok && report.unresolved.map(describeUnresolved)).toEqual([
      'quote "q-9" names statement "s-404", which this copy does not have (yet): the reference is kept',
      'quote "q-9" names topic "workforce", which this copy does not have (yet): the reference is kept',
      'highlight "hl-2" names person "gone", which is deleted: the reference is kept and shown as deleted',
    ]);
    expect((await db.annotations.get('hl-2'))?.speakerId).toBe('gone');
  });

  it('converges whichever of two files comes first when one holds what the other refers to', async () => {
    const a = serializeSyncFile(syncFile({ annotations: [highlight('hl-1', { topicIds: ['workforce'] })] }));
    const b = serializeSyncFile(syncFile({ topics: [topic('workforce')] }));
    const other = openTestDatabase();
    try {
      for (const text of [a, b]) expect(await applyImportText(db, text)).toMatchObject({ ok: true });
      for (const text of [b, a]) expect(await applyImportText(other, text)).toMatchObject({ ok: true });
      const data = async (d: PolicyLensDb) => [await d.annotations.toArray(), await d.topics.toArray()];
      expect(await data(db)).toEqual(await data(other));
    } finally {
      await other.delete();
    }
  });

  it('resolves references against the database: a highlight may name a corpus statement', async () => {
    const corpus = loadBundledCorpus();
    await installCorpus(db, corpus);
    const corpusStatement = corpus.statements[0]!;
    const report = await applyImport(db, parsed(syncFile({ annotations: [highlight('hl-1', { statementId: corpusStatement.id, speakerId: corpus.people[0]!.id })] })));
    expect(report.ok && report.counts.new).toBe(1);
  });

  it("applies a file's change to a corpus record, whatever its dates, only with the analyst's consent", async () => {
    const corpus = loadBundledCorpus();
    await installCorpus(db, corpus);
    const original = corpus.people[0]!;
    const edited = { ...original, origin: 'user' as const, name: 'Renamed elsewhere', updatedAt: '2020-01-01T00:00:00.000Z' };
    const file = parsed(syncFile({ people: [edited] }));
    const preview = await previewImport(db, file);
    expect(preview).toMatchObject({ consent: { deleteYours: 0, changeCorpus: 1 }, warnings: ['1 corpus person will be changed or deleted'] });
    expect(messages(await applyImport(db, file))).toEqual(['Nothing was imported: 1 corpus person will be changed or deleted, which needs your confirmation in the preview.']);
    expect(await db.people.get(original.id)).toEqual(original);
    const report = await applyImport(db, file, { consent: preview.consent });
    expect(report.ok && report.counts).toMatchObject({ updated: 1, conflict: 0 });
    expect(await db.people.get(original.id)).toEqual(edited);
  });

  it('deletes corpus records only with consent: a file of tombstones for the whole corpus changes nothing on its own', async () => {
    const corpus = loadBundledCorpus();
    await installCorpus(db, corpus);
    const deletions = corpus.quotes.map((q) => ({ table: 'quotes' as const, id: q.id, deletedAt: at(30) }));
    const file = parsed(syncFile({ scope: { kind: 'tag', tag: 'harmless' }, deletions }));
    const preview = await previewImport(db, file);
    expect(preview).toMatchObject({
      scope: { kind: 'tag', tag: 'harmless' },
      contents: { quotes: { records: 0, deletions: corpus.quotes.length }, annotations: { records: 0, deletions: 0 } },
      consent: { deleteYours: 0, changeCorpus: corpus.quotes.length },
      warnings: [`${corpus.quotes.length} corpus quotes will be changed or deleted`],
    });
    expect(await applyImport(db, file)).toMatchObject({ ok: false });
    expect(await quoteCount(db)).toBe(corpus.quotes.length);
  });

  it('refuses versions dated in the future, so a file dated 2030 or 9999 never wins, even after the analyst edits again', async () => {
    const now = new Date(at(100));
    await applyImport(db, parsed(analystFile()), { now });
    const future = syncFile({
      annotations: [highlight('hl-1', { note: 'from 2030', updatedAt: '2030-01-01T00:00:00.000Z' }), highlight('hl-2', { note: 'from 9999', updatedAt: '9999-12-31T23:59:59.000Z' })],
      deletions: [{ table: 'topics', id: 'workforce', deletedAt: '2031-01-01T00:00:00.000Z' }],
    });
    const report = await applyImport(db, parsed(future), { now });
    expect(report).toMatchObject({ ok: true, counts: { updated: 0, deleted: 0 } });
    expect(report.ok && report.refused).toEqual([
      { table: 'annotations', id: 'hl-1', label: '“words highlighted in hl-1”', time: '2030-01-01T00:00:00.000Z' },
      { table: 'annotations', id: 'hl-2', label: '“words highlighted in hl-2”', time: '9999-12-31T23:59:59.000Z' },
      { table: 'topics', id: 'workforce', label: 'deletion of topic workforce', time: '2031-01-01T00:00:00.000Z' },
    ]);
    expect((await db.annotations.get('hl-1'))?.note).toBe('');
    // Within the allowed skew a colleague's fast clock wins once, and the analyst's next edit is stamped later still.
    const fast = new Date(now.getTime() + 5 * 60_000).toISOString();
    await applyImport(db, parsed(syncFile({ annotations: [highlight('hl-1', { note: 'fast clock', updatedAt: fast })] })), { now });
    expect((await db.annotations.get('hl-1'))?.note).toBe('fast clock');
    await updateAnnotation(db, 'hl-1', { note: 'my edit' }, now);
    await applyImport(db, parsed(syncFile({ annotations: [highlight('hl-1', { note: 'fast clock', updatedAt: fast })] })), { now });
    await applyImport(db, parsed(future), { now: new Date(at(200)) });
    expect((await db.annotations.get('hl-1'))?.note).toBe('my edit');
  });

  it('refuses an invalid text file without touching the database', async () => {
    await applyImport(db, parsed(analystFile()));
    const before = await snapshot(db);
    const broken = serializeSyncFile(analystFile()).replace('"colour":"yellow"', '"colour":"mauve"');
    const result = await applyImportText(db, broken);
    expect(messages(result)).toEqual([
      'annotations[0] (id "hl-1"): field "colour": must be one of "yellow", "green", "blue", "pink", "purple"; found the text "mauve"',
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a file too large for the storage the browser allows, before writing', async () => {
    const before = await snapshot(db);
    const storage = { estimate: async () => ({ quota: 50_000_000, usage: 49_999_000 }) };
    const result = await applyImport(db, parsed(analystFile()), { storage });
    expect(messages(result)[0]).toMatch(/^This file needs about 1 MB of storage once imported, but the browser lets this extension use only 1 MB more\./);
    expect(await snapshot(db)).toEqual(before);
    const roomy = { estimate: async () => ({ quota: 50_000_000, usage: 0 }) };
    expect(await applyImport(db, parsed(analystFile()), { storage: roomy })).toMatchObject({ ok: true });
  });

  it('rolls everything back when the browser refuses to store part of the import', async () => {
    // A DBCore middleware that makes IndexedDB refuse writes to highlights once asked to, as a full disk does.
    let full = false;
    db.use({
      stack: 'dbcore',
      name: 'disk-full',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req) => (full && name === 'annotations' ? Promise.reject(new DOMException('The disk is full', 'QuotaExceededError')) : table.mutate(req)),
          };
        },
      }),
    });
    await applyImport(db, parsed(syncFile({ topics: [topic('workforce')] })));
    const before = await snapshot(db);
    full = true;
    const result = await applyImport(db, parsed(analystFile()));
    expect(messages(result)[0]).toMatch(/^The browser refused to store this import/);
    full = false;
    expect(await snapshot(db)).toEqual(before);
  });
});
