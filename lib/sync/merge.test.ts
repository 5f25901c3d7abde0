import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Topic } from '../schema';
import type { Deletion } from './format';
import { LISTED_PER_TABLE, type LocalTableState, type Version, compareVersions, laterTag, newer, planTable, versionTag } from './merge';
import { at, topic } from '../../test-support/sync/fixtures';

const record = (t: Topic): Version<Topic> => ({ kind: 'record', record: t });
const deleted = (minutes: number): Version<Topic> => ({ kind: 'deleted', deletedAt: at(minutes) });
const edit = (minutes: number, label = `label at ${minutes}`, overrides: Partial<Topic> = {}) =>
  topic('t', { updatedAt: at(minutes), label, ...overrides });

function local(records: Topic[] = [], tombstones: [string, number][] = [], agreed: [string, string][] = []): LocalTableState<Topic> {
  return {
    records: new Map(records.map((r) => [r.id, r])),
    deletedAt: new Map(tombstones.map(([id, minutes]) => [id, at(minutes)])),
    agreed: new Map(agreed),
  };
}

const tombstone = (id: string, minutes: number): Deletion => ({ table: 'topics', id, deletedAt: at(minutes) });

describe('which version wins', () => {
  it('the later edit wins, whichever side it is on', () => {
    expect(newer(record(edit(1)), record(edit(2)))).toEqual(record(edit(2)));
    expect(newer(record(edit(2)), record(edit(1)))).toEqual(record(edit(2)));
  });

  it('a deletion after the last edit wins; an edit after the deletion wins over it', () => {
    expect(newer(record(edit(1)), deleted(2))).toEqual(deleted(2));
    expect(newer(record(edit(3)), deleted(2))).toEqual(record(edit(3)));
  });

  it('at the same instant a deletion wins (it must have come after the edit it deleted)', () => {
    expect(newer(record(edit(2)), deleted(2))).toEqual(deleted(2));
  });

  it('compares instants, not spellings: an offset does not make a time later', () => {
    const earlierButLarger = edit(0, 'with offset', { updatedAt: '2026-03-01T10:30:00+02:00' }); // 08:30Z
    expect(newer(record(earlierButLarger), record(edit(0)))).toEqual(record(edit(0))); // 09:00Z
  });

  it('breaks a tie between two edits in the same millisecond by content, the same way whatever the key order', () => {
    const a = edit(5, 'alpha');
    const b = edit(5, 'beta');
    const bReordered = Object.fromEntries(Object.entries(b).reverse()) as Topic;
    expect(newer(record(a), record(b))).toEqual(newer(record(b), record(a)));
    expect(compareVersions(record(a), record(b))).toBe(-compareVersions(record(bReordered), record(a)));
    expect(compareVersions(record(b), record(bReordered))).toBe(0);
  });

  it("the analyst's edit outranks the bundled corpus, however old the edit", () => {
    const corpus = edit(100, 'corpus release', { origin: 'corpus' });
    expect(newer(record(edit(1, 'my edit')), record(corpus))).toEqual(record(edit(1, 'my edit')));
    expect(newer(deleted(1), record(corpus))).toEqual(deleted(1));
  });

  it('is a total order: antisymmetric and transitive on any versions', () => {
    const version = fc.oneof(
      fc.record({ minute: fc.integer({ min: 0, max: 3 }), label: fc.constantFrom('a', 'b'), corpus: fc.boolean() }).map(({ minute, label, corpus }) =>
        record(edit(minute, label, corpus ? { origin: 'corpus' } : {})),
      ),
      fc.integer({ min: 0, max: 3 }).map(deleted),
    );
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        expect(Math.sign(compareVersions(a, b)) + Math.sign(compareVersions(b, a))).toBe(0);
        if (compareVersions(a, b) >= 0 && compareVersions(b, c) >= 0) expect(compareVersions(a, c)).toBeGreaterThanOrEqual(0);
        if (compareVersions(a, b) === 0) expect(a).toEqual(b);
      }),
    );
  });

  it('agreed tags only move forward', () => {
    expect(laterTag(at(2), at(1))).toBe(true);
    expect(laterTag(at(1), at(2))).toBe(false);
    expect(laterTag(versionTag(deleted(2)), at(2))).toBe(true);
  });
});

describe('planning the merge of one table', () => {
  it('adds, updates, deletes and leaves alone, and says so', () => {
    const plan = planTable(
      'topics',
      [topic('new'), topic('newer', { updatedAt: at(5), label: 'Renamed' }), topic('older', { updatedAt: at(0) }), topic('same')],
      [tombstone('removed', 9), tombstone('never-seen', 9)],
      local(
        [topic('newer', { updatedAt: at(2) }), topic('older', { updatedAt: at(3) }), topic('same'), topic('removed', { updatedAt: at(2) })],
        [],
        [['newer', at(2)], ['older', at(0)], ['removed', at(2)]],
      ),
    );
    // The deletion of a record never seen here is remembered, but no outcome: nothing the analyst had changes.
    expect(plan.counts).toEqual({ new: 1, updated: 1, unchanged: 2, deleted: 1, conflict: 0 });
    expect(plan.items).toEqual([
      { table: 'topics', id: 'new', label: 'Topic new', outcome: 'new' },
      { table: 'topics', id: 'newer', label: 'Topic newer', outcome: 'updated', loss: { kind: 'overwritten', corpus: false } },
      { table: 'topics', id: 'removed', label: 'Topic removed', outcome: 'deleted', loss: { kind: 'deleted', corpus: false } },
    ]);
    expect(plan.put.map((t) => t.id)).toEqual(['new', 'newer']);
    expect(plan.remove).toEqual(['removed']);
    expect(plan.putDeletions).toEqual([{ ...tombstone('removed', 9), record: topic('removed', { updatedAt: at(2) }) }, tombstone('never-seen', 9)]);
    expect(plan.deletionsLearned).toBe(1);
  });

  it('calls it a conflict when both sides changed since they last agreed, and keeps the later', () => {
    const agreed: [string, string][] = [['t', at(1)]];
    const both = planTable('topics', [edit(3, 'theirs')], [], local([edit(2, 'yours')], [], agreed));
    expect(both.items).toEqual([
      {
        table: 'topics',
        id: 't',
        label: 'yours',
        outcome: 'conflict',
        conflict: { yours: 'changed', theirs: 'changed', kept: 'theirs' },
        loss: { kind: 'overwritten', corpus: false },
      },
    ]);
    expect(both.put).toEqual([edit(3, 'theirs')]);

    const deletedHere = planTable('topics', [edit(3, 'theirs')], [], local([], [['t', 2]], agreed));
    expect(deletedHere.items[0]?.conflict).toEqual({ yours: 'deleted', theirs: 'changed', kept: 'theirs' });
    expect(deletedHere.removeDeletions).toEqual(['t']);

    const deletedThere = planTable('topics', [], [tombstone('t', 2)], local([edit(3, 'yours')], [], agreed));
    expect(deletedThere.items[0]?.conflict).toEqual({ yours: 'changed', theirs: 'deleted', kept: 'yours' });
    expect(deletedThere.remove).toEqual([]);
  });

  it('is no conflict when only one side changed since they last agreed', () => {
    const agreed: [string, string][] = [['t', at(1)]];
    // Re-importing your own older export after editing: their side is what was agreed.
    const mineNewer = planTable('topics', [edit(1, 'agreed')], [], local([edit(4, 'yours')], [], agreed));
    expect(mineNewer.counts).toMatchObject({ unchanged: 1, conflict: 0 });
    const theirsNewer = planTable('topics', [edit(4, 'theirs')], [], local([edit(1, 'agreed')], [], agreed));
    expect(theirsNewer.counts).toMatchObject({ updated: 1, conflict: 0 });
    // An untouched corpus record is the common ancestor: the analyst's edit of it is an update.
    const overCorpus = planTable('topics', [edit(4, 'edited corpus record')], [], local([edit(9, 'corpus', { origin: 'corpus' })]));
    expect(overCorpus.counts).toMatchObject({ updated: 1, conflict: 0 });
  });

  it('calls different versions a conflict when the copies never exchanged the record', () => {
    const plan = planTable('topics', [edit(4, 'theirs')], [], local([edit(3, 'yours')]));
    expect(plan.items[0]?.conflict).toEqual({ yours: 'changed', theirs: 'changed', kept: 'theirs' });
  });

  it("records their version as agreed, but never moves the agreement back", () => {
    expect(planTable('topics', [edit(4)], [], local([edit(1)], [], [['t', at(1)]])).agreed).toEqual([['t', at(4)]]);
    expect(planTable('topics', [edit(1)], [], local([edit(4)], [], [['t', at(4)]])).agreed).toEqual([]);
  });

  it('leaves one version per id: a stale tombstone beside a newer record goes', () => {
    const plan = planTable('topics', [edit(1)], [], local([edit(5)], [['t', 2]]));
    expect(plan.removeDeletions).toEqual(['t']);
    expect(plan.put).toEqual([]);
  });
});

// ---- Properties: the merge as a model of replicas -------------------------------------------

/** A copy's state of the topics table: per id, a record or a tombstone (or both, if damaged). */
interface Replica {
  records: Map<string, Topic>;
  deletedAt: Map<string, string>;
  agreed: Map<string, string>;
  /** Tombstones learned from files for records never held (tombstones.ts). */
  learned: Set<string>;
}

const IDS = ['a', 'b', 'c', 'd'];

/** Versions over a few ids, minutes and labels, so that ties and every kind of clash occur. */
const versionArb = fc.oneof(
  fc.record({ minute: fc.integer({ min: 0, max: 4 }), label: fc.constantFrom('x', 'y') }).map(({ minute, label }) => ({ minute, label })),
  fc.record({ deletedMinute: fc.integer({ min: 0, max: 4 }) }),
);
const sideArb = fc.dictionary(fc.constantFrom(...IDS), versionArb, { maxKeys: IDS.length });

type SideSpec = Record<string, { minute: number; label: string } | { deletedMinute: number }>;

function toFile(spec: SideSpec): { records: Topic[]; deletions: Deletion[] } {
  const records: Topic[] = [];
  const deletions: Deletion[] = [];
  for (const [id, v] of Object.entries(spec)) {
    if ('deletedMinute' in v) deletions.push(tombstone(id, v.deletedMinute));
    else records.push(topic(id, { updatedAt: at(v.minute), label: v.label }));
  }
  return { records, deletions };
}

function replicaOf(spec: SideSpec): Replica {
  const { records, deletions } = toFile(spec);
  return {
    records: new Map(records.map((r) => [r.id, r])),
    deletedAt: new Map(deletions.map((d) => [d.id, d.deletedAt])),
    agreed: new Map(),
    learned: new Set(),
  };
}

/** Imports a file into a replica the way apply.ts writes a plan. */
function importInto(replica: Replica, file: { records: Topic[]; deletions: Deletion[] }): Replica {
  const ids = new Set([...file.records.map((r) => r.id), ...file.deletions.map((d) => d.id)]);
  const pick = <V>(map: Map<string, V>) => new Map([...map].filter(([id]) => ids.has(id)));
  const local = { records: pick(replica.records), deletedAt: pick(replica.deletedAt), agreed: replica.agreed, learned: replica.learned };
  const plan = planTable('topics', file.records, file.deletions, local, { now: at(99) });
  const next: Replica = { records: new Map(replica.records), deletedAt: new Map(replica.deletedAt), agreed: new Map(replica.agreed), learned: new Set(replica.learned) };
  for (const r of plan.put) next.records.set(r.id, r);
  for (const id of plan.remove) next.records.delete(id);
  for (const d of plan.putDeletions) {
    next.deletedAt.set(d.id, d.deletedAt);
    if (d.learnedAt) next.learned.add(d.id);
  }
  for (const id of plan.removeDeletions) {
    next.deletedAt.delete(id);
    next.learned.delete(id);
  }
  for (const [id, tag] of plan.agreed) next.agreed.set(id, tag);
  return next;
}

/** What an analyst can observe of a replica: each id's record or tombstone (agreed tags are bookkeeping). */
const data = (r: Replica) => ({ records: Object.fromEntries([...r.records].sort()), deletedAt: Object.fromEntries([...r.deletedAt].sort()) });

describe('merge properties', () => {
  it('importing the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (localSpec, fileSpec) => {
        const once = importInto(replicaOf(localSpec), toFile(fileSpec));
        const twice = importInto(once, toFile(fileSpec));
        expect(twice).toEqual(once);
      }),
    );
  });

  it('importing A then B leaves the same records and tombstones as B then A', () => {
    fc.assert(
      fc.property(sideArb, sideArb, sideArb, (localSpec, a, b) => {
        const ab = importInto(importInto(replicaOf(localSpec), toFile(a)), toFile(b));
        const ba = importInto(importInto(replicaOf(localSpec), toFile(b)), toFile(a));
        expect(data(ab)).toEqual(data(ba));
      }),
    );
  });

  it('loses nothing: every id of either side ends as its winning record or tombstone, and as one of them only', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (localSpec, fileSpec) => {
        const merged = importInto(replicaOf(localSpec), toFile(fileSpec));
        for (const id of new Set([...Object.keys(localSpec), ...Object.keys(fileSpec)])) {
          const side = (spec: SideSpec): Version<Topic> | undefined => {
            const v = spec[id];
            if (!v) return undefined;
            return 'deletedMinute' in v ? deleted(v.deletedMinute) : record(topic(id, { updatedAt: at(v.minute), label: v.label }));
          };
          const winner = newer(side(localSpec), side(fileSpec));
          const held = merged.records.get(id);
          const deletedAt = merged.deletedAt.get(id);
          expect(held !== undefined || deletedAt !== undefined).toBe(true);
          expect(held === undefined || deletedAt === undefined).toBe(true);
          expect(held ? record(held) : { kind: 'deleted', deletedAt }).toEqual(winner);
        }
      }),
    );
  });

  it('two copies that exchange files in either order end equal', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (aSpec, bSpec) => {
        const a = replicaOf(aSpec);
        const b = replicaOf(bSpec);
        const exportOf = (r: Replica) => ({
          records: [...r.records.values()],
          deletions: [...r.deletedAt].map(([id, deletedAt]) => ({ table: 'topics' as const, id, deletedAt })),
        });
        const aAfter = importInto(a, exportOf(b));
        const bAfter = importInto(b, exportOf(a));
        expect(data(aAfter)).toEqual(data(bAfter));
      }),
    );
  });
});

describe('the preview list', () => {
  it('names every record of this copy that changes, and only the first added ones', () => {
    const added = Array.from({ length: LISTED_PER_TABLE + 5 }, (_, i) => topic(`new-${String(i).padStart(3, '0')}`));
    const plan = planTable('topics', [...added, edit(4, 'theirs')], [], local([edit(2, 'yours')]));
    expect(plan.counts).toMatchObject({ new: LISTED_PER_TABLE + 5, conflict: 1 });
    expect(plan.items.filter((i) => i.outcome === 'new')).toHaveLength(LISTED_PER_TABLE);
    expect(plan.items.find((i) => i.id === 't')).toMatchObject({ outcome: 'conflict', loss: { kind: 'overwritten' } });
    expect(plan.put).toHaveLength(LISTED_PER_TABLE + 6);
  });
});
