import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by';

describe('groupBy', () => {
  it('keeps the groups in the order their first member comes, and each group in order', () => {
    const words = ['beta', 'alpha', 'bravo', 'apple', 'charlie', 'banana'];
    expect([...groupBy(words, (w) => w[0])]).toEqual([
      ['b', ['beta', 'bravo', 'banana']],
      ['a', ['alpha', 'apple']],
      ['c', ['charlie']],
    ]);
  });

  it('puts every item in exactly one group', () => {
    const numbers = Array.from({ length: 100 }, (_, i) => (i * 37) % 100);
    const groups = groupBy(numbers, (n) => n % 7);
    expect([...groups.values()].flat().sort((a, b) => a - b)).toEqual([...numbers].sort((a, b) => a - b));
    for (const [key, members] of groups) for (const n of members) expect(n % 7).toBe(key);
  });
});
