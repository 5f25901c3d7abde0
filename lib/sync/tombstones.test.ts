import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyLensDb } from '../storage/db';
import { openTestDatabase } from '../storage/test-db';
import { at, highlight, syncFile } from '../../test-support/sync/fixtures';
import { applyImportText } from './apply';
import { serializeSyncFile } from './export';
import { LEARNED_TOMBSTONE_DAYS } from './tombstones';

const DAY_MS = 86_400_000;
const NOW = new Date(at(120));
const later = (days: number) => new Date(NOW.getTime() + days * DAY_MS);

describe('the tombstone table stays bounded', () => {
  let db: PolicyLensDb;
  beforeEach(() => {
    db = openTestDatabase();
  });
  afterEach(() => db.delete());

  it('keeps tombstones of records this copy held for good, and drops learned ones after the limit', async () => {
    await db.annotations.put(highlight('hl-mine'));
    const file = serializeSyncFile(
      syncFile({
        deletions: [
          { table: 'annotations', id: 'hl-mine', deletedAt: at(30) },
          { table: 'annotations', id: 'hl-never-here', deletedAt: at(30) },
        ],
      }),
    );
    const report = await applyImportText(db, file, { now: NOW, consent: { deleteYours: 1, changeCorpus: 0 } });
    expect(report).toMatchObject({ ok: true, counts: { unchanged: 0 }, deletionsLearned: 1, items: [{ id: 'hl-mine', loss: { kind: 'deleted' } }] });
    expect((await db.deletions.toArray()).map((d) => [d.id, d.learnedAt])).toEqual([
      ['hl-mine', undefined],
      ['hl-never-here', NOW.toISOString()],
    ]);
    // A learned tombstone keeps no agreed version either.
    expect([...((await db.syncBases.get('annotations'))?.agreed.keys() ?? [])]).toEqual(['hl-mine']);

    // While it is kept, an older file cannot add the record.
    const older = serializeSyncFile(syncFile({ annotations: [highlight('hl-never-here')] }));
    await applyImportText(db, older, { now: later(LEARNED_TOMBSTONE_DAYS - 1) });
    expect(await db.annotations.get('hl-never-here')).toBeUndefined();
    // After the limit, the next import drops it; the held record's tombstone stays.
    await applyImportText(db, serializeSyncFile(syncFile()), { now: later(LEARNED_TOMBSTONE_DAYS + 1) });
    expect((await db.deletions.toArray()).map((d) => d.id)).toEqual(['hl-mine']);
  });
});
