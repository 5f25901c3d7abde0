import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Corpus, loadBundledCorpus } from '../corpus/bundled-corpus';
import { deleteAnnotation } from '../storage/annotations';
import { installCorpus } from '../storage/corpus-install';
import { allStatements, putQuotes, statementByUrlKeys, statementUrlKeys } from '../storage/corpus-records';
import type { PolicyLensDb, SyncedTable } from '../storage/db';
import { recordStore } from '../storage/record-store';
import { applyImport, previewImport } from './apply';
import { exportSyncFile, serializeSyncFile, syncFileName } from './export';
import { exportHighlights } from './export-highlights';
import { SYNCED_TABLES, emptySyncFile } from './format';
import { parseImportText } from './import-validate';
import { readAgreed } from './sync-bases';
import { at, highlight, organisation, person, quote, topic } from '../../test-support/sync/fixtures';
import { openTestDatabase } from '../storage/test-db';

const corpus: Corpus = loadBundledCorpus();

/** A table's records in id order (statements and quotes are stored in chunk order). */
const recordsOf = async (db: PolicyLensDb, table: SyncedTable) => (await recordStore(db, table).all()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** A database with the corpus, one edited corpus record, and the analyst's own records and highlights. */
async function seeded(db: PolicyLensDb) {
  await installCorpus(db, corpus);
  const event = corpus.events[0]!;
  const eventStatement = corpus.statements.find((s) => s.eventId === event.id)!;
  const otherStatement = corpus.statements.find((s) => s.eventId !== event.id)!;
  const editedPerson = { ...corpus.people[0]!, origin: 'user' as const, name: 'Edited name', updatedAt: at(5) };
  await db.people.put(editedPerson);
  await db.organisations.put(organisation('my-org'));
  await db.people.put(person('my-person', { roles: [{ title: 'Analyst', organisationId: 'my-org' }] }));
  await db.topics.bulkPut([topic('my-topic'), topic('unused-topic')]);
  await putQuotes(db, [quote('my-quote', eventStatement.id, corpus.organisations[0]!.id, ['my-topic'])]);
  await db.annotations.bulkPut([
    highlight('hl-event', { statementId: eventStatement.id, url: eventStatement.canonicalUrl, tags: ['Integration'], speakerId: 'my-person' }),
    highlight('hl-other', { statementId: otherStatement.id, url: otherStatement.canonicalUrl, tags: ['funding'] }),
    highlight('hl-site', { url: 'https://www.example.com/a?x=1', tags: ['integration', 'funding'], topicIds: ['my-topic'] }),
  ]);
  return { event, eventStatement, editedPerson };
}

describe('exporting a sync file', () => {
  let db: PolicyLensDb;
  beforeEach(() => {
    db = openTestDatabase();
  });
  afterEach(() => db.delete());

  it("holds everything the analyst made or edited, and no untouched corpus record", async () => {
    const { editedPerson } = await seeded(db);
    await deleteAnnotation(db, 'hl-other');
    const file = await exportSyncFile(db, { kind: 'everything' });
    // Dated by its latest change: here the deletion just made.
    const deletedAt = (await db.deletions.get(['annotations', 'hl-other']))!.deletedAt;
    expect(file).toMatchObject({ format: 'policy-lens-sync', version: 1, exportedAt: deletedAt, scope: { kind: 'everything' } });
    expect(file.people.map((p) => p.id).sort()).toEqual([editedPerson.id, 'my-person'].sort());
    expect(file.people.find((p) => p.id === editedPerson.id)).toEqual(editedPerson);
    expect(file.statements).toEqual([]);
    expect(file.topics.map((t) => t.id)).toEqual(['my-topic', 'unused-topic']);
    expect(file.annotations.map((a) => a.id)).toEqual(['hl-event', 'hl-site']);
    expect(file.deletions).toEqual([{ table: 'annotations', id: 'hl-other', deletedAt: expect.any(String) }]);
    for (const table of SYNCED_TABLES) expect(file[table].every((r) => r.origin === 'user')).toBe(true);
  });

  it('gives byte-identical files when the same records are exported twice', async () => {
    await seeded(db);
    const once = serializeSyncFile(await exportSyncFile(db));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(serializeSyncFile(await exportSyncFile(db))).toBe(once);
  });

  it('writes text that reads back to the same file, one record per line', () => {
    const file = { ...emptySyncFile(at(0), { kind: 'everything' }), annotations: [highlight('hl-1'), highlight('hl-2', { note: 'a "quoted"\nnote' })] };
    const text = serializeSyncFile(file);
    expect(text.split('\n').filter((line) => line.startsWith('    {"id":"hl-'))).toHaveLength(2);
    const back = parseImportText(text);
    expect(back.ok && back.file).toEqual(file);
  });

  it('exports one event: its statements, their quotes and highlights, and what they refer to', async () => {
    const { event } = await seeded(db);
    const file = await exportSyncFile(db, { kind: 'event', eventId: event.id });
    expect(file.scope).toEqual({ kind: 'event', eventId: event.id });
    expect(file.quotes.map((q) => q.id)).toEqual(['my-quote']);
    expect(file.annotations.map((a) => a.id)).toEqual(['hl-event']);
    // Referred to and the analyst's own: taken along. Corpus records are on every copy already.
    expect(file.people.map((p) => p.id)).toEqual(['my-person']);
    expect(file.organisations.map((o) => o.id)).toEqual(['my-org']);
    expect(file.topics.map((t) => t.id)).toEqual(['my-topic']);
    expect(file.deletions).toEqual([]);
  });

  it('exports one tag, ignoring case, and one site, ignoring "www."', async () => {
    await seeded(db);
    const tagged = await exportSyncFile(db, { kind: 'tag', tag: 'integration' });
    expect(tagged.annotations.map((a) => a.id)).toEqual(['hl-event', 'hl-site']);
    const site = await exportSyncFile(db, { kind: 'site', hostname: 'example.com' });
    expect(site.annotations.map((a) => a.id)).toEqual(['hl-site']);
    expect(site.topics.map((t) => t.id)).toEqual(['my-topic']);
  });

  it('records the exported versions as agreed', async () => {
    await seeded(db);
    await exportSyncFile(db, { kind: 'tag', tag: 'funding' });
    const agreed = await readAgreed(db, ['annotations']);
    expect(Object.fromEntries(agreed.get('annotations')!)).toEqual({ 'hl-other': at(1), 'hl-site': at(1) });
  });

  it('imports into another copy with the same corpus and gives back the same records', async () => {
    await seeded(db);
    const file = await exportSyncFile(db);
    const other = openTestDatabase();
    try {
      await installCorpus(other, corpus);
      const parsed = parseImportText(serializeSyncFile(file));
      if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
      // The file carries the analyst's edit of a corpus record: the other copy applies it only once confirmed.
      const preview = await previewImport(other, parsed);
      expect(preview.consent.changeCorpus).toBeGreaterThan(0);
      expect(await applyImport(other, parsed)).toMatchObject({ ok: false });
      const report = await applyImport(other, parsed, { consent: preview.consent });
      expect(report.ok && report.counts.conflict).toBe(0);
      for (const table of SYNCED_TABLES) expect(await recordsOf(other, table)).toEqual(await recordsOf(db, table));
      for (const s of await allStatements(other)) expect(await statementByUrlKeys(other, statementUrlKeys(s))).toBeDefined();
    } finally {
      await other.delete();
    }
  });

  it('names files after their scope and date', () => {
    expect(syncFileName({ scope: { kind: 'everything' }, exportedAt: '2026-01-02T10:00:00.000Z' })).toBe('policy-lens-everything-2026-01-02.json');
    expect(syncFileName({ scope: { kind: 'tag', tag: 'Social care!' }, exportedAt: '2026-01-02T10:00:00.000Z' }, 'csv')).toBe('policy-lens-tag-social-care-2026-01-02.csv');
  });

  it('exports highlights as W3C JSON-LD, Markdown and CSV, with names for what they refer to', async () => {
    await seeded(db);
    const jsonld = await exportHighlights(db, 'web-annotation', { kind: 'tag', tag: 'funding' });
    expect(jsonld.fileName).toBe(`policy-lens-tag-funding-${at(1).slice(0, 10)}.jsonld`);
    expect(await exportHighlights(db, 'web-annotation', { kind: 'tag', tag: 'funding' })).toEqual(jsonld);
    expect(jsonld.mimeType).toMatch(/^application\/ld\+json/);
    const collection = JSON.parse(jsonld.text);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.label).toBe('Policy Lens highlights tagged “funding”');
    expect(collection.first.items.map((i: { id: string }) => i.id)).toEqual(['urn:policy-lens:annotation:hl-other', 'urn:policy-lens:annotation:hl-site']);

    const markdown = await exportHighlights(db, 'markdown', { kind: 'everything' });
    expect(markdown.text).toContain('Speaker: Person my-person');
    expect(markdown.text).toContain('Topics: Topic my-topic');

    const csv = await exportHighlights(db, 'csv', { kind: 'site', hostname: 'www.example.com' });
    expect(csv.text.split('\r\n')).toHaveLength(3); // header, one highlight, and the empty string after the last CRLF
    expect(csv.text).toContain('Topic my-topic');
  });
});
