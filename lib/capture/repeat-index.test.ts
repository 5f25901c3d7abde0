import { describe, expect, it } from 'vitest';
import { repeatIndex, wordPairs } from './repeat-index';

// Squashed quotations (lower case, single spaces) from the seeds and the tuning pool.
const SOURCES = [
  'we are deeply disappointed that the government has once again failed to set out a plan for social care',
  'this is a missed opportunity',
  'the proposals in the white paper are a step in the right direction but the devil will be in the detail',
  'social care staff are exhausted and deserve far better than this',
  'a step in the right direction',
];

/** What the callers test, on every source: the index may only leave out sources that fail it. */
const substringOf = (words: string[]) => SOURCES.flatMap((s, at) => (s.includes(words.join(' ')) ? [at] : []));
const wholeIn = (words: string[]) => SOURCES.flatMap((s, at) => (` ${s} `.includes(` ${words.join(' ')} `) ? [at] : []));
const sharing = (words: string[], overlap: number) =>
  SOURCES.flatMap((s, at) => {
    const held = new Set(wordPairs(s.split(' ')));
    const pairs = wordPairs(words);
    return pairs.filter((p) => held.has(p)).length >= pairs.length * overlap ? [at] : [];
  });

const PROBES = [
  'deeply disappointed',
  'missed opportunity',
  'a step in the right direction',
  'are going',
  'eply disappointed that the gove',
  'right direction but the devil',
  'social care staff are exhausted and deserve better than this',
  'the government has once again failed to set out any plan for social care',
  'nothing here matches',
  '',
].map((p) => p.split(' '));

describe('repeatIndex', () => {
  const index = repeatIndex(SOURCES);

  it('leaves out no source holding the words as a substring, nor a pull quote sharing its word pairs, in the sources’ order', () => {
    for (const words of PROBES) {
      const found = index.holding(words, 8, 0.8);
      expect(found, words.join(' ')).toEqual([...found].sort((a, b) => a - b));
      for (const at of [...substringOf(words), ...sharing(words, 0.8).filter(() => words.length >= 8)]) expect(found, words.join(' ')).toContain(at);
    }
  });

  it('leaves out no source holding the words whole', () => {
    for (const words of PROBES) {
      const found = index.holdingWhole(words);
      for (const at of wholeIn(words)) expect(found, words.join(' ')).toContain(at);
    }
  });

  it('narrows: words no source holds leave none, and a phrase leaves only the sources with its words', () => {
    expect(index.holding('nothing here matches'.split(' '), 8, 0.8)).toEqual([]);
    expect(index.holdingWhole('missed opportunity'.split(' '))).toEqual([1]);
    expect(index.holdingWhole('a step in the right direction'.split(' '))).toEqual([2, 4]);
  });

  it('finds a reworded pull quote by its shared word pairs', () => {
    const reworded = 'the government has once again failed to set out any plan for social care'.split(' ');
    expect(substringOf(reworded)).toEqual([]);
    expect(index.holding(reworded, 8, 0.8)).toContain(0);
  });
});
