import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndexGroupRow } from './db';
import { GROUPS_PER_BLOCK, blockOf, editBlocks, toBlocks } from './index-blocks';

const group = (n: number, text = 'a'): IndexGroupRow => ({ group: n, statementId: `s${n}`, docs: [{ idx: n * 4096, kind: 'statement', refId: `s${n}`, statementId: `s${n}`, words: 1, fingerprints: 1, hashes: new Uint32Array([n]), stamp: text }] });

describe('index blocks', () => {
  it('lays groups out in blocks of consecutive numbers, each listing its statements in order', () => {
    const groups = [40, 1, 2, 15, 16, 17].map((n) => group(n));
    const blocks = toBlocks(groups);
    expect(blocks.map((b) => b.block)).toEqual([0, 1, 2]);
    expect(blocks.map((b) => b.statementIds)).toEqual([['s1', 's2', 's15'], ['s16', 's17'], ['s40']]);
    expect(blocks.every((b) => b.groups.every((g) => blockOf(g.group) === b.block))).toBe(true);
  });

  it('after any edit, holds exactly the groups a fresh layout of the result holds, deleting emptied blocks', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 5 * GROUPS_PER_BLOCK }), { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 6 * GROUPS_PER_BLOCK }), { maxLength: 30 }), fc.array(fc.integer({ min: 1, max: 5 * GROUPS_PER_BLOCK }), { maxLength: 30 }), (present, putNumbers, deleteNumbers) => {
        const stored = toBlocks(present.map((n) => group(n)));
        const put = [...new Set(putNumbers)].filter((n) => !deleteNumbers.includes(n)).map((n) => group(n, 'changed'));
        const deleted = [...new Set(deleteNumbers)].filter((n) => present.includes(n));
        const edit = editBlocks(stored, put, deleted);
        // Apply the edit to the stored blocks, as the update does.
        const after = new Map(stored.map((b) => [b.block, b]));
        for (const block of edit.deleted) after.delete(block);
        for (const block of edit.put) after.set(block.block, block);
        const expected = new Map(present.filter((n) => !deleted.includes(n)).map((n) => [n, group(n)]));
        for (const g of put) expected.set(g.group, g);
        expect([...after.values()].sort((a, b) => a.block - b.block)).toEqual(toBlocks([...expected.values()]));
      }),
    );
  });
});
