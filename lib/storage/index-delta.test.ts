import { describe, expect, it } from 'vitest';
import { indexDocument } from '../matching/build-index';
import { STATEMENT_POS } from '../matching/index-types';
import { decodeBucket } from './fingerprint-buckets';
import { GROUP_SPAN, type GroupDelta, type StampedSource, groupDelta, groupOf } from './index-delta';

const statement = (text: string): StampedSource => ({ kind: 'statement', refId: 's1', statementId: 's1', text });
const quote = (refId: string, text: string): StampedSource => ({ kind: 'quote', refId, statementId: 's1', text });
const hashesOf = (source: StampedSource) => new Set(indexDocument(source, 0).prints.map((p) => p.hash));
/** The postings a delta brings in, per hash. */
const addedOf = (delta: GroupDelta) => new Map(delta.added.toRows().flatMap((row) => [...decodeBucket(row)]));

const SENTENCE = 'The committee will publish its findings on integrated care boards before the summer recess, ministers said on Tuesday.';
const MORE = 'Local authorities asked for a longer transition period and for the funding formula to be reviewed next year.';

describe('groupDelta', () => {
  it('numbers a new statement’s documents inside its group, and puts in every posting', () => {
    const sources = [statement(SENTENCE), quote('q1', SENTENCE)];
    const delta = groupDelta(3, [], sources);
    expect(delta.docs.map((d) => d.idx)).toEqual([3 * GROUP_SPAN, 3 * GROUP_SPAN + 1]);
    expect(delta.docs.every((d) => groupOf(d.idx) === 3)).toBe(true);
    expect(delta.removed.size).toBe(0);
    const statementPostings = [...addedOf(delta).values()].flat().filter((p) => p.doc === 3 * GROUP_SPAN);
    expect(statementPostings.every((p) => p.pos === STATEMENT_POS)).toBe(true);
    expect(new Set([...addedOf(delta).keys()])).toEqual(new Set([...hashesOf(sources[0]!), ...hashesOf(sources[1]!)]));
  });

  it('keeps a re-indexed statement under its number and moves only the hashes it lost or gained', () => {
    const before = groupDelta(1, [], [statement(SENTENCE)]);
    const after = groupDelta(1, before.docs, [statement(`${SENTENCE} ${MORE}`)]);
    expect(after.docs.map((d) => d.idx)).toEqual(before.docs.map((d) => d.idx));
    const old = hashesOf(statement(SENTENCE));
    const now = hashesOf(statement(`${SENTENCE} ${MORE}`));
    expect(new Set(after.removed.keys())).toEqual(new Set([...old].filter((h) => !now.has(h))));
    expect(new Set(addedOf(after).keys())).toEqual(new Set([...now].filter((h) => !old.has(h))));
  });

  it('leaves a quote with the same text alone, and replaces one whose text changed, reusing a freed number', () => {
    const before = groupDelta(2, [], [quote('q1', SENTENCE), quote('q2', MORE)]);
    const after = groupDelta(2, before.docs, [quote('q1', SENTENCE), quote('q2', `${MORE} Really.`)]);
    const [q1, q2] = before.docs;
    expect(after.docs.find((d) => d.refId === 'q1')?.idx).toBe(q1!.idx);
    // q2's old postings all go, and the new text's all come, under a number free in the group.
    expect([...after.removed.values()].every((docs) => docs.size === 1 && docs.has(q2!.idx))).toBe(true);
    expect(new Set(after.removed.keys())).toEqual(hashesOf(quote('q2', MORE)));
    expect(after.docs.find((d) => d.refId === 'q2')?.idx).toBe(q2!.idx);
    expect(new Set([...addedOf(after).values()].flat().map((p) => p.doc))).toEqual(new Set([q2!.idx]));
  });

  it('takes out every posting of documents that are gone', () => {
    const before = groupDelta(1, [], [statement(SENTENCE), quote('q1', MORE)]);
    const gone = groupDelta(1, before.docs, []);
    expect(gone.docs).toEqual([]);
    expect(gone.added.length).toBe(0);
    const removedPairs = [...gone.removed].flatMap(([hash, docs]) => [...docs].map((d) => `${hash}:${d}`)).sort();
    expect(removedPairs).toEqual(before.docs.flatMap((d) => [...d.hashes].map((h) => `${h}:${d.idx}`)).sort());
  });

  it('refuses a statement with more quotes than a group numbers, with a clear error', () => {
    const sources = [statement(SENTENCE), ...Array.from({ length: GROUP_SPAN }, (_, i) => quote(`q${i}`, 'a short quote'))];
    expect(() => groupDelta(1, [], sources)).toThrow(/at most 4095 per statement/);
  });
});
