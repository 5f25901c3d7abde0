import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyLensDb } from '../storage/db';
import { existingIds, readLocalState } from './local-state';
import { at, highlight, statement } from '../../test-support/sync/fixtures';
import { openTestDatabase } from '../storage/test-db';
import { putStatements } from '../storage/corpus-records';

describe('reading the local state of the records a file names', () => {
  let db: PolicyLensDb;
  beforeEach(async () => {
    db = openTestDatabase();
    const ids = Array.from({ length: 40 }, (_, i) => `hl-${i}`);
    await db.annotations.bulkPut(ids.slice(0, 20).map((id) => highlight(id)));
    await db.deletions.bulkPut(ids.slice(20).map((id) => ({ table: 'annotations' as const, id, deletedAt: at(9) })));
    await putStatements(db, [statement('s-1', 'e', 'o')]);
  });
  afterEach(() => db.delete());

  const read = async (ids: string[]) => {
    const state = await readLocalState(db, new Map([['annotations', ids]]), new Map());
    const annotations = state.get('annotations')!;
    return { records: [...annotations.records.keys()].sort(), deleted: [...annotations.deletedAt.keys()].sort() };
  };

  it('finds the same rows whether it fetches a few by key or reads the whole table', async () => {
    // Two ids of forty: fetched by key. Thirty: the tables are read whole.
    expect(await read(['hl-3', 'hl-25', 'hl-missing'])).toEqual({ records: ['hl-3'], deleted: ['hl-25'] });
    const many = Array.from({ length: 30 }, (_, i) => `hl-${i + 5}`);
    expect(await read(many)).toEqual({
      records: many.filter((id) => Number(id.slice(3)) < 20).sort(),
      deleted: many.filter((id) => Number(id.slice(3)) >= 20).sort(),
    });
  });

  it('gives statements without their derived URL keys', async () => {
    const state = await readLocalState(db, new Map([['statements', ['s-1']]]), new Map());
    expect(state.get('statements')!.records.get('s-1')).toEqual(statement('s-1', 'e', 'o'));
  });

  it('tells which referenced ids exist, either way', async () => {
    expect(await existingIds(db, new Map([['annotations', new Set(['hl-1', 'hl-30', 'nope'])]]))).toEqual(new Map([['annotations', new Set(['hl-1'])]]));
    const many = new Set(Array.from({ length: 30 }, (_, i) => `hl-${i}`));
    expect((await existingIds(db, new Map([['annotations', many]]))).get('annotations')!.size).toBe(20);
  });
});
