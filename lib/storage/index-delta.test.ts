import { describe, expect, it } from 'vitest';
import { STATEMENT_POS } from '../matching/index-types';
import type { IndexDocRow } from './db';
import { indexDelta } from './index-delta';

const statement = (idx: number, hashes: number[]): IndexDocRow => ({
  idx,
  kind: 'statement',
  refId: 's1',
  statementId: 's1',
  words: 100,
  fingerprints: hashes.length,
  hashes: Uint32Array.from(hashes),
  stamp: '',
});
const quote = (idx: number, refId: string, text: string, hashes: number[]): IndexDocRow => ({
  idx,
  kind: 'quote',
  refId,
  statementId: 's1',
  words: 5,
  fingerprints: hashes.length,
  text,
  hashes: Uint32Array.from(hashes),
  stamp: '',
});
const postingsOf = (rows: IndexDocRow[], pos: (row: IndexDocRow, i: number) => number) => {
  const map = new Map<number, { doc: number; pos: number }[]>();
  for (const row of rows) row.hashes.forEach((hash, i) => map.set(hash, [...(map.get(hash) ?? []), { doc: row.idx, pos: pos(row, i) }]));
  return map;
};
const positions = (row: IndexDocRow, i: number) => (row.kind === 'statement' ? STATEMENT_POS : i);

describe('indexDelta', () => {
  it('keeps a re-indexed statement under its idx and moves only the hashes it lost or gained', () => {
    const fresh = [statement(10, [1, 2, 4])];
    const delta = indexDelta([statement(3, [1, 2, 3])], fresh, postingsOf(fresh, positions));
    expect(delta.rows.map((r) => r.idx)).toEqual([3]);
    expect(delta.removedDocs).toEqual([]);
    expect(delta.removed).toEqual(new Map([[3, new Set([3])]]));
    expect(delta.added).toEqual(new Map([[4, [{ doc: 3, pos: STATEMENT_POS }]]]));
  });

  it('leaves a quote with the same text alone, and replaces one whose text changed under a fresh idx', () => {
    const old = [quote(4, 'q1', 'same words', [7, 8]), quote(5, 'q2', 'old words', [9])];
    const fresh = [quote(10, 'q1', 'same words', [7, 8]), quote(11, 'q2', 'new words', [9, 12])];
    const delta = indexDelta(old, fresh, postingsOf(fresh, positions));
    expect(delta.rows.map((r) => r.idx)).toEqual([4, 11]);
    expect(delta.removedDocs).toEqual([5]);
    expect(delta.removed).toEqual(new Map([[9, new Set([5])]]));
    expect(delta.added).toEqual(
      new Map([
        [9, [{ doc: 11, pos: 0 }]],
        [12, [{ doc: 11, pos: 1 }]],
      ]),
    );
  });

  it('takes out every posting of a document that is gone', () => {
    const delta = indexDelta([statement(3, [1, 2])], [], new Map());
    expect(delta).toEqual({ rows: [], removedDocs: [3], removed: new Map([[1, new Set([3])], [2, new Set([3])]]), added: new Map() });
  });
});
