// Convergence under references, on the real database code (fake-indexeddb): several
// copies edit and delete people, topics and highlights that name them, each with its
// own slightly wrong clock, and export sync files now and then. Afterwards every
// copy imports every file, each in its own random order, and all end with the same
// records and tombstones.
//
// The rule that makes this hold with deletions of referenced records: a reference to
// a record that is deleted (or not yet seen) is kept, never a reason to refuse a file,
// and the referring record shows it as deleted (references.ts). Refusing would make
// the outcome depend on the order files arrive in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deleteRecord } from '../dashboard/delete-record';
import type { PolicyLensDb } from '../storage/db';
import { openTestDatabase } from '../storage/test-db';
import { nextStamp } from './clock';
import { exportSyncFile, serializeSyncFile } from './export';
import { at, highlight, person, topic } from '../../test-support/sync/fixtures';
import { importConfirmed } from '../../test-support/sync/import-confirmed';

const COPIES = 3;
/** A few ids, so that copies meet on the same records often. */
const PEOPLE = ['p1', 'p2'];
const TOPICS = ['t1', 't2'];
const HIGHLIGHTS = ['h1', 'h2', 'h3'];
/** Each copy's clock is off by up to this much, within what imports accept (clock.ts). */
const MAX_SKEW_MINUTES = 4;

type Op =
  | { copy: number; kind: 'person'; id: string; name: string }
  | { copy: number; kind: 'topic'; id: string; label: string }
  | { copy: number; kind: 'highlight'; id: string; note: string; speakerId: string; topicId: string }
  | { copy: number; kind: 'delete'; table: 'people' | 'topics' | 'annotations'; id: string }
  | { copy: number; kind: 'export' };

const copy = fc.integer({ min: 0, max: COPIES - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ copy, kind: fc.constant('person' as const), id: fc.constantFrom(...PEOPLE), name: fc.constantFrom('Ann', 'Bo') }),
  fc.record({ copy, kind: fc.constant('topic' as const), id: fc.constantFrom(...TOPICS), label: fc.constantFrom('Care', 'Cash') }),
  fc.record({
    copy,
    kind: fc.constant('highlight' as const),
    id: fc.constantFrom(...HIGHLIGHTS),
    note: fc.constantFrom('x', 'y'),
    speakerId: fc.constantFrom(...PEOPLE),
    topicId: fc.constantFrom(...TOPICS),
  }),
  fc.record({ copy, kind: fc.constant('delete' as const), table: fc.constantFrom('people' as const, 'topics' as const, 'annotations' as const), id: fc.constantFrom(...PEOPLE, ...TOPICS, ...HIGHLIGHTS) }),
  fc.record({ copy, kind: fc.constant('export' as const) }),
);

const scenario = fc.record({
  skews: fc.array(fc.integer({ min: -MAX_SKEW_MINUTES, max: MAX_SKEW_MINUTES }), { minLength: COPIES, maxLength: COPIES }),
  ops: fc.array(op, { minLength: 4, maxLength: 14 }),
  orders: fc.array(fc.nat(), { minLength: COPIES, maxLength: COPIES }),
});

/** Each copy's view of the clock at step `step`: a minute per step, off by the copy's skew. */
const clock = (step: number, skew: number) => new Date(at(10 + step + skew));

async function apply(db: PolicyLensDb, o: Exclude<Op, { kind: 'export' }>, now: Date): Promise<void> {
  const stamp = async (table: 'people' | 'topics' | 'annotations', id: string) => {
    const current = await db.table<{ updatedAt: string }, string>(table).get(id);
    const tombstone = await db.deletions.get([table, id]);
    return nextStamp([current?.updatedAt, tombstone?.deletedAt].filter((t): t is string => t !== undefined).sort().pop(), now);
  };
  const put = async (table: 'people' | 'topics' | 'annotations', record: { id: string }) => {
    await db.transaction('rw', [db.table(table), db.deletions], async () => {
      await db.deletions.delete([table, record.id]);
      await db.table(table).put(record);
    });
  };
  switch (o.kind) {
    case 'person':
      return put('people', person(o.id, { name: o.name, updatedAt: await stamp('people', o.id) }));
    case 'topic':
      return put('topics', topic(o.id, { label: o.label, updatedAt: await stamp('topics', o.id) }));
    case 'highlight':
      return put('annotations', highlight(o.id, { note: o.note, speakerId: o.speakerId, topicIds: [o.topicId], updatedAt: await stamp('annotations', o.id) }));
    case 'delete':
      if (o.table === 'annotations') {
        const current = await db.annotations.get(o.id);
        if (!current) return;
        await db.transaction('rw', db.annotations, db.deletions, async () => {
          await db.annotations.delete(o.id);
          await db.deletions.put({ table: 'annotations', id: o.id, deletedAt: nextStamp(current.updatedAt, now) });
        });
        return;
      }
      await deleteRecord(db, o.table, o.id, now);
  }
}

/** What the analyst has: records and tombstones (bookkeeping such as agreed versions and kept copies for restoring left out). */
async function data(db: PolicyLensDb) {
  const deletions = (await db.deletions.toArray()).map(({ table, id, deletedAt }) => ({ table, id, deletedAt }));
  return { people: await db.people.toArray(), topics: await db.topics.toArray(), annotations: await db.annotations.toArray(), deletions };
}

/** A permutation of `items` picked by `seed`. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed + 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('several copies exchanging files', () => {
  it('converge to the same records and tombstones, whatever files they import in whatever order, deletions of referenced records included', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ skews, ops, orders }) => {
        const dbs = Array.from({ length: COPIES }, () => openTestDatabase());
        try {
          const files: string[] = [];
          let step = 0;
          for (const o of ops) {
            const now = clock(step++, skews[o.copy]!);
            if (o.kind === 'export') files.push(serializeSyncFile(await exportSyncFile(dbs[o.copy]!)));
            else await apply(dbs[o.copy]!, o, now);
          }
          // Each copy's latest state travels too.
          for (const db of dbs) files.push(serializeSyncFile(await exportSyncFile(db)));
          const importNow = clock(step + 1, 0);
          for (const [i, db] of dbs.entries()) {
            for (const text of shuffled(files, orders[i]!)) {
              const result = await importConfirmed(db, text, { now: importNow });
              if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
            }
          }
          const first = await data(dbs[0]!);
          for (const db of dbs.slice(1)) expect(await data(db)).toEqual(first);
        } finally {
          await Promise.all(dbs.map((db) => db.delete()));
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
