import { describe, expect, it } from 'vitest';
import type { PolicyLensDb } from '../storage/db';
import { applyInput, previewImportFile, previewImportText } from './apply';
import { exportSyncFile, serializeSyncFile } from './export';
import { openTestDatabase } from '../storage/test-db';
import { at, highlight, organisation, person, quote, statement, syncFile, topic } from '../../test-support/sync/fixtures';
import { quoteCount, statementCount } from '../storage/corpus-records';
import { toWebAnnotationCollection } from './web-annotation-export';

const NOW = new Date(at(100));

const ours = serializeSyncFile(
  syncFile({
    organisations: [organisation('think-tank')],
    people: [person('jane-doe', { roles: [{ title: 'Director', organisationId: 'think-tank' }] })],
    topics: [topic('workforce', { label: 'Workforce “quoted”\nand on two lines' })],
    annotations: [highlight('hl-1', { note: 'ünïcödé ✓ and a "quote"', topicIds: ['workforce', 'gone-topic'] }), highlight('hl-2')],
    deletions: [{ table: 'annotations', id: 'hl-gone', deletedAt: at(30) }],
  }),
);

/** What previewing the file reports, without the input it would import from (a function). */
async function previewOf(db: PolicyLensDb, file: Blob, sliceBytes?: number) {
  const result = await previewImportFile(db, file, { now: NOW, ...(sliceBytes ? { sliceBytes } : {}) });
  return 'preview' in result ? result.preview : result;
}

async function withDb(test: (db: PolicyLensDb) => Promise<void>) {
  const db = openTestDatabase();
  try {
    await db.annotations.bulkPut([highlight('hl-2', { note: 'mine' }), highlight('hl-gone')]);
    await test(db);
  } finally {
    await db.delete();
  }
}

describe('reading a chosen file as a stream of lines', () => {
  it('previews what reading it whole previews, for files in our layout and any other, lines split across reads', () =>
    withDb(async (db) => {
      const cases = {
        ours,
        crlf: ours.replace(/\n/g, '\r\n'),
        invalid: ours.replace('"colour":"yellow"', '"colour":"mauve"').replace('"kind":"membership-body"', '"kind":"club"'),
        badEnvelope: ours.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "yesterday"'),
        repeated: ours.replace('"id":"hl-2"', '"id":"hl-1"'),
        keepsAndDeletes: ours.replace('"id":"hl-gone"', '"id":"hl-1"'),
        otherFormat: ours.replace('"policy-lens-sync"', '"something-else"'),
        newer: ours.replace('"version": 1', '"version": 9'),
        minified: JSON.stringify(JSON.parse(ours)),
        indented: JSON.stringify(JSON.parse(ours), null, 2),
        halfMinified: ours.replace(/\n {4}/, ' '),
        w3c: JSON.stringify(toWebAnnotationCollection([highlight('hl-1')], at(5), 'x')),
        truncated: ours.slice(0, ours.length / 2),
        notJson: 'hello',
      };
      for (const [name, text] of Object.entries(cases)) {
        const whole = await previewImportText(db, text, { now: NOW });
        expect({ name, result: await previewOf(db, new Blob([text]), 7) }).toEqual({ name, result: whole });
        expect({ name, result: await previewOf(db, new Blob([text])) }).toEqual({ name, result: whole });
      }
      expect(await previewOf(db, new Blob([cases.invalid]))).toMatchObject({ ok: false, total: 2 });
      expect(await previewOf(db, new Blob([ours]))).toMatchObject({
        ok: true,
        counts: { new: 4, conflict: 2 },
        warnings: ['1 of your highlights will be deleted'],
        unresolved: [{ id: 'hl-1', targetId: 'gone-topic', state: 'missing' }],
      });
    }));

  it('never reads a file in our layout whole, for the preview or the import', () =>
    withDb(async (db) => {
      const file = new Blob([ours]);
      file.text = () => Promise.reject(new Error('read whole'));
      const previewed = await previewImportFile(db, file, { now: NOW, sliceBytes: 64 });
      if (!('input' in previewed)) throw new Error(previewed.errors[0]?.message);
      const imported = await applyInput(db, previewed.input, { now: NOW, consent: previewed.preview.consent });
      expect(imported).toMatchObject({ ok: true, counts: previewed.preview.counts });
      expect((await db.annotations.toArray()).map((a) => a.id).sort()).toEqual(['hl-1', 'hl-2']);
    }));

  it('tells how much of the file it has read, up to all of it', () =>
    withDb(async (db) => {
      const shares: number[] = [];
      await previewImportFile(db, new Blob([ours]), { now: NOW, sliceBytes: 256, onProgress: (done) => shares.push(done) });
      expect(shares.length).toBeGreaterThan(1);
      expect(shares).toEqual([...shares].sort((a, b) => a - b));
      expect(shares.at(-1)).toBe(1);
    }));

  it('reads back what an export wrote', () =>
    withDb(async (db) => {
      const file = await exportSyncFile(db);
      const other = openTestDatabase();
      try {
        const previewed = await previewImportFile(other, new Blob([serializeSyncFile(file)]));
        if (!('input' in previewed)) throw new Error(previewed.errors[0]?.message);
        await applyInput(other, previewed.input);
        expect(serializeSyncFile(await exportSyncFile(other))).toBe(serializeSyncFile(file));
      } finally {
        await other.delete();
      }
    }));
});

describe('an import written chunk by chunk', () => {
  /** More highlights than one chunk holds, so the import writes several before it checks the consent. */
  const MANY = 2_500;

  it('rolls back every chunk it wrote when the losses are not the ones confirmed', () =>
    withDb(async (db) => {
      const text = serializeSyncFile(
        syncFile({
          annotations: Array.from({ length: MANY }, (_, i) => highlight(`new-${i}`)),
          deletions: [{ table: 'annotations', id: 'hl-2', deletedAt: at(30) }],
        }),
      );
      const previewed = await previewImportFile(db, new Blob([text]), { now: NOW });
      if (!('input' in previewed)) throw new Error(previewed.errors[0]?.message);
      expect(previewed.preview.warnings).toEqual(['1 of your highlights will be deleted']);
      expect(previewed.preview.items.filter((i) => i.outcome === 'new')).toHaveLength(100);
      const before = await exportSyncFile(db);

      expect(await applyInput(db, previewed.input, { now: NOW })).toMatchObject({ ok: false });
      expect(await applyInput(db, previewed.input, { now: NOW, consent: { deleteYours: 2, changeCorpus: 0 } })).toMatchObject({ ok: false });
      expect(await db.annotations.count()).toBe(2);
      expect(await exportSyncFile(db)).toEqual(before);

      const done = await applyInput(db, previewed.input, { now: NOW, consent: previewed.preview.consent });
      expect(done).toMatchObject({ ok: true, counts: { new: MANY, deleted: 1 }, changedTables: ['annotations'] });
      expect(await db.annotations.count()).toBe(MANY + 1);
    }), 30_000);

  it('rolls back the chunked statements and quotes it wrote between reads of the file', () =>
    withDb(async (db) => {
      const text = serializeSyncFile(
        syncFile({
          statements: Array.from({ length: MANY }, (_, i) => statement(`s-${i}`, 'event', 'org')),
          quotes: Array.from({ length: MANY }, (_, i) => quote(`q-${i}`, `s-${i}`, 'org', ['topic'])),
          deletions: [{ table: 'annotations', id: 'hl-2', deletedAt: at(30) }],
        }),
      );
      const previewed = await previewImportFile(db, new Blob([text]), { now: NOW, sliceBytes: 4_096 });
      if (!('input' in previewed)) throw new Error(previewed.errors[0]?.message);

      expect(await applyInput(db, previewed.input, { now: NOW })).toMatchObject({ ok: false });
      expect([await statementCount(db), await quoteCount(db), await db.annotations.count()]).toEqual([0, 0, 2]);

      const done = await applyInput(db, previewed.input, { now: NOW, consent: previewed.preview.consent });
      expect(done).toMatchObject({ ok: true, counts: { new: 2 * MANY }, changedTables: ['statements', 'quotes', 'annotations'] });
      expect([await statementCount(db), await quoteCount(db), await db.annotations.count()]).toEqual([MANY, MANY, 1]);
    }), 30_000);
});
