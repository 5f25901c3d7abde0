import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { installCorpus } from '../storage/corpus-install';
import { allStatements, getQuotes, getStatement, putQuotes, statementByUrlKeys, statementUrlKeys } from '../storage/corpus-records';
import type { PolicyLensDb } from '../storage/db';
import { openTestDatabase } from '../storage/test-db';
import { applyImport, previewImport } from '../sync/apply';
import { exportSyncFile, serializeSyncFile } from '../sync/export';
import { parseImportText } from '../sync/import-validate';
import { at, highlight, person, quote } from '../../test-support/sync/fixtures';
import { deleteRecord, deletedRecords, referencesTo, restoreRecord } from './delete-record';

const corpus = loadBundledCorpus();
const NOW = new Date('2026-06-01T10:00:00.000Z');
const getQuote = async (db: PolicyLensDb, id: string) => (await getQuotes(db, [id]))[0];

describe('deleting and restoring any record', () => {
  let db: PolicyLensDb;
  beforeEach(() => {
    db = openTestDatabase();
  });
  afterEach(() => db.delete());

  it('says what refers to a record before it is deleted', async () => {
    await installCorpus(db, corpus);
    const speaker = corpus.quotes.find((q) => q.speakerId)!.speakerId!;
    await db.annotations.put(highlight('hl-1', { speakerId: speaker }));
    const referrers = await referencesTo(db, 'people', speaker);
    expect(referrers.filter((r) => r.table === 'annotations')).toEqual([{ table: 'annotations', id: 'hl-1', label: '“words highlighted in hl-1”', field: 'speakerId' }]);
    expect(referrers.filter((r) => r.table === 'quotes').length).toBe(corpus.quotes.filter((q) => q.speakerId === speaker).length);
    expect(await referencesTo(db, 'people', 'nobody')).toEqual([]);
  });

  it('deletes a person with a tombstone that travels, keeping references, and restores it so the restore travels too', async () => {
    await db.people.put(person('jane-doe', { updatedAt: at(5) }));
    await putQuotes(db, [quote('q-1', 's-1', 'org', ['t'], { speakerId: 'jane-doe' })]);
    const deleted = await deleteRecord(db, 'people', 'jane-doe', NOW);
    expect(deleted).toEqual(person('jane-doe', { updatedAt: at(5) }));
    expect(await db.people.get('jane-doe')).toBeUndefined();
    expect((await getQuote(db, 'q-1'))?.speakerId).toBe('jane-doe');
    expect(await deletedRecords(db, 'people')).toEqual([{ id: 'jane-doe', label: 'Person jane-doe', deletedAt: NOW.toISOString() }]);

    // The deletion travels: a copy that has the person deletes it on import (once confirmed).
    const file = await exportSyncFile(db);
    expect(file.deletions).toEqual([{ table: 'people', id: 'jane-doe', deletedAt: NOW.toISOString() }]);
    const other = openTestDatabase();
    try {
      await other.people.put(person('jane-doe', { updatedAt: at(5) }));
      const parsed = parseImportText(serializeSyncFile(file));
      if (!parsed.ok) throw new Error('invalid');
      const preview = await previewImport(other, parsed);
      expect(preview.warnings).toEqual(['1 of your people will be deleted']);
      await applyImport(other, parsed, { consent: preview.consent });
      expect(await other.people.get('jane-doe')).toBeUndefined();

      // Restored here, stamped after its deletion: the restore wins over the tombstone there.
      const later = new Date(NOW.getTime() + 60_000);
      const restored = await restoreRecord(db, 'people', 'jane-doe', later);
      expect(restored).toEqual(person('jane-doe', { updatedAt: later.toISOString() }));
      expect(await db.deletions.count()).toBe(0);
      const back = parseImportText(serializeSyncFile(await exportSyncFile(db)));
      if (!back.ok) throw new Error('invalid');
      await applyImport(other, back);
      expect(await other.people.get('jane-doe')).toEqual(restored);
    } finally {
      await other.delete();
    }
  });

  it('hides a corpus record on this copy: a corpus reinstall does not bring it back, restoring does, as published', async () => {
    await installCorpus(db, corpus);
    const topic = corpus.topics[0]!;
    await deleteRecord(db, 'topics', topic.id, NOW);
    await db.meta.delete('corpusVersion');
    await installCorpus(db, corpus);
    expect(await db.topics.get(topic.id)).toBeUndefined();
    expect(await restoreRecord(db, 'topics', topic.id, NOW)).toEqual(topic);
    expect(await db.topics.get(topic.id)).toEqual(topic);
  });

  it('restores a corpus record a file deleted (with consent) as published', async () => {
    await installCorpus(db, corpus);
    const quote = corpus.quotes[0]!;
    const parsed = parseImportText(serializeSyncFile({ ...(await exportSyncFile(db)), deletions: [{ table: 'quotes', id: quote.id, deletedAt: at(30) }] }));
    if (!parsed.ok) throw new Error('invalid');
    await applyImport(db, parsed, { consent: { deleteYours: 0, changeCorpus: 1 } });
    expect(await getQuote(db, quote.id)).toBeUndefined();
    expect((await deletedRecords(db, 'quotes')).map((d) => d.id)).toEqual([quote.id]);
    expect(await restoreRecord(db, 'quotes', quote.id, NOW)).toEqual(quote);
    expect(await getQuote(db, quote.id)).toEqual(quote);
  });

  it('deletes and restores a statement with its URL keys', async () => {
    await installCorpus(db, corpus);
    const statement = (await allStatements(db))[0]!;
    await deleteRecord(db, 'statements', statement.id, NOW);
    expect(await getStatement(db, statement.id)).toBeUndefined();
    expect(await statementByUrlKeys(db, statementUrlKeys(statement))).toBeUndefined();
    await restoreRecord(db, 'statements', statement.id, NOW);
    expect(await getStatement(db, statement.id)).toEqual(statement);
    expect(await statementByUrlKeys(db, statementUrlKeys(statement))).toEqual(statement);
  });
});
