// The merge's promises, checked end to end (file text → validation → one Dexie
// transaction) on random databases and files: importing a file twice changes
// nothing, A then B equals B then A, and no record of either side is lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyLensDb } from '../storage/db';
import { serializeSyncFile } from './export';
import type { Deletion } from './format';
import { at, highlight, syncFile, topic } from '../../test-support/sync/fixtures';
import { openTestDatabase } from '../storage/test-db';
import { importConfirmed } from '../../test-support/sync/import-confirmed';

/** Few ids, minutes and contents, so that the same record meets itself, ties and clashes often. */
const ID = fc.constantFrom('a', 'b', 'c');
const version = fc.oneof(
  fc.record({ minute: fc.integer({ min: 0, max: 3 }), content: fc.constantFrom('x', 'y') }),
  fc.record({ deletedMinute: fc.integer({ min: 0, max: 3 }) }),
);
const side = fc.record({ topics: fc.dictionary(ID, version), annotations: fc.dictionary(ID, version) });
type Side = typeof side extends fc.Arbitrary<infer S> ? S : never;

function contents(spec: Side) {
  const deletions: Deletion[] = [];
  const topics = [];
  const annotations = [];
  for (const [id, v] of Object.entries(spec.topics)) {
    if ('deletedMinute' in v) deletions.push({ table: 'topics', id: `topic-${id}`, deletedAt: at(v.deletedMinute) });
    else topics.push(topic(`topic-${id}`, { updatedAt: at(v.minute), label: v.content }));
  }
  for (const [id, v] of Object.entries(spec.annotations)) {
    if ('deletedMinute' in v) deletions.push({ table: 'annotations', id: `hl-${id}`, deletedAt: at(v.deletedMinute) });
    else annotations.push(highlight(`hl-${id}`, { updatedAt: at(v.minute), note: v.content }));
  }
  return { topics, annotations, deletions };
}

const fileText = (spec: Side) => serializeSyncFile(syncFile(contents(spec)));

async function seededDb(spec: Side): Promise<PolicyLensDb> {
  const db = openTestDatabase();
  const { topics, annotations, deletions } = contents(spec);
  await db.topics.bulkPut(topics);
  await db.annotations.bulkPut(annotations);
  await db.deletions.bulkPut(deletions);
  return db;
}

async function importOk(db: PolicyLensDb, text: string) {
  const result = await importConfirmed(db, text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
}

/**
 * What the analyst's data is: records and tombstones (the agreed tags, and when a
 * tombstone of a record never held here was learned, are bookkeeping).
 */
async function data(db: PolicyLensDb) {
  const deletions = (await db.deletions.toArray()).map(({ table, id, deletedAt }) => ({ table, id, deletedAt }));
  return { topics: await db.topics.toArray(), annotations: await db.annotations.toArray(), deletions };
}

const RUNS = { numRuns: 40 };
/** Forty runs on a real (fake-indexeddb) database take seconds, more on a busy machine. */
const TIMEOUT_MS = 60_000;

describe('importing into a database: properties', () => {
  it('importing the same file twice changes nothing the second time, bookkeeping included', async () => {
    await fc.assert(
      fc.asyncProperty(side, side, async (local, file) => {
        const db = await seededDb(local);
        try {
          await importOk(db, fileText(file));
          const once = { ...(await data(db)), bases: await db.syncBases.toArray() };
          await importOk(db, fileText(file));
          expect({ ...(await data(db)), bases: await db.syncBases.toArray() }).toEqual(once);
        } finally {
          await db.delete();
        }
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('importing A then B leaves the same records and tombstones as B then A', async () => {
    await fc.assert(
      fc.asyncProperty(side, side, side, async (local, a, b) => {
        const ab = await seededDb(local);
        const ba = await seededDb(local);
        try {
          await importOk(ab, fileText(a));
          await importOk(ab, fileText(b));
          await importOk(ba, fileText(b));
          await importOk(ba, fileText(a));
          expect(await data(ab)).toEqual(await data(ba));
        } finally {
          await ab.delete();
          await ba.delete();
        }
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('loses no record: every id either side had is afterwards a record or a tombstone, never both', async () => {
    await fc.assert(
      fc.asyncProperty(side, side, async (local, file) => {
        const db = await seededDb(local);
        try {
          await importOk(db, fileText(file));
          const after = await data(db);
          for (const [table, prefix, rows] of [['topics', 'topic', after.topics], ['annotations', 'hl', after.annotations]] as const) {
            const ids = new Set([...Object.keys(local[table]), ...Object.keys(file[table])].map((id) => `${prefix}-${id}`));
            for (const id of ids) {
              const held = rows.some((r) => r.id === id);
              const tombstoned = after.deletions.some((d) => d.table === table && d.id === id);
              expect(held !== tombstoned).toBe(true);
            }
          }
        } finally {
          await db.delete();
        }
      }),
      RUNS,
    );
  }, TIMEOUT_MS);
});
