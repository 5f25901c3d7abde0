import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_PACK_ID, type PolicyLensDb, declareVersions, openDatabase } from '../storage/db';
import { freshIndexedDb, openTestDatabase } from '../storage/test-db';
import { holdingOf, writeHoldings } from '../storage/pack-holdings';
import { allQuotes, getQuotes, putQuotes } from '../storage/corpus-records';
import { at, quote, syncFile } from '../../test-support/sync/fixtures';
import { applyImportText, previewImportText } from './apply';
import { serializeSyncFile } from './export';
import { restorePublished, rewrittenCorpusRecords } from './published-copies';

/** The database version that added the published copies' table. */
const PUBLISHED_COPIES_VERSION = 6;

const NOW = new Date(at(100));
const published = quote('q-1', 'st-1', 'org-1', ['workforce'], { origin: 'corpus', text: 'integration is not new', stance: 'mixed', updatedAt: at(1) });
/** A colleague's file restating the corpus quote as their own, with another stance. */
const rewrite = serializeSyncFile(syncFile({ quotes: [quote('q-1', 'st-1', 'org-1', ['workforce'], { text: 'integration is new', stance: 'opposed', updatedAt: at(20) })] }));

let db: PolicyLensDb;
const getQuote = async (id: string) => (await getQuotes(db, [id]))[0];

beforeEach(async () => {
  db = openTestDatabase();
  await putQuotes(db, [published]);
  await writeHoldings(db.holdingChunks, 'quotes', new Map([['q-1', { table: 'quotes', id: 'q-1', packIds: [BUNDLED_PACK_ID], source: BUNDLED_PACK_ID, hash: 12345 }]]), ['q-1']);
});

afterEach(() => db.delete());

async function importRewrite() {
  const preview = await previewImportText(db, rewrite, { now: NOW });
  if (!preview.ok) throw new Error(preview.errors[0]?.message);
  expect(preview.warnings).toEqual(['1 corpus quote will be changed or deleted']);
  return applyImportText(db, rewrite, { now: NOW, consent: preview.consent });
}

describe('restoring the published text of a corpus record an import rewrote', () => {
  it('keeps the published version when a consented import rewrites it, and puts it back on request', async () => {
    expect(await importRewrite()).toMatchObject({ ok: true });
    expect(await getQuote('q-1')).toMatchObject({ origin: 'user', text: 'integration is new', stance: 'opposed' });
    expect(await rewrittenCorpusRecords(db)).toEqual([
      { table: 'quotes', id: 'q-1', published: '“integration is not new”', now: '“integration is new”', replacedAt: NOW.toISOString() },
    ]);

    expect(await restorePublished(db, 'quotes', 'q-1')).toBe(true);
    expect(await getQuote('q-1')).toEqual(published);
    expect(await rewrittenCorpusRecords(db)).toEqual([]);
    // The next install of its pack compares the record again and writes the newest published text.
    expect((await holdingOf(db.holdingChunks, 'quotes', 'q-1'))?.hash).toBe(0);
    expect(await restorePublished(db, 'quotes', 'q-1')).toBe(false);

    // The same file rewrites it again only with consent again.
    expect(await applyImportText(db, rewrite, { now: NOW })).toMatchObject({ ok: false });
    expect(await getQuote('q-1')).toEqual(published);
  });

  it('keeps the first published version when the rewritten record is rewritten again', async () => {
    await importRewrite();
    const again = rewrite.replace('integration is new', 'integration is newer').replace(at(20), at(40));
    expect(await applyImportText(db, again, { now: NOW })).toMatchObject({ ok: true });
    expect((await rewrittenCorpusRecords(db)).map((r) => [r.published, r.now])).toEqual([['“integration is not new”', '“integration is newer”']]);
  });

  it('keeps nothing when an import is refused', async () => {
    expect(await applyImportText(db, rewrite, { now: NOW })).toMatchObject({ ok: false });
    expect(await rewrittenCorpusRecords(db)).toEqual([]);
  });

  it('adds its table to a database of the previous version without touching the rest', async () => {
    const idb = freshIndexedDb();
    const old = new Dexie('policy-lens', idb);
    // Version 6 brought the table; later versions moved the quotes into chunk rows.
    declareVersions(old, PUBLISHED_COPIES_VERSION - 1);
    await old.table('quotes').put(published);
    old.close();
    const upgraded = openDatabase('policy-lens', idb);
    await upgraded.open();
    expect(await allQuotes(upgraded)).toEqual([published]);
    expect(await upgraded.publishedCopies.count()).toBe(0);
    upgraded.close();
  });
});
