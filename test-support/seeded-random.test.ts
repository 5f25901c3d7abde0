import { describe, expect, it } from 'vitest';
import { pick, randomInt, seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('repeats its sequence for a seed, and differs between seeds', () => {
    const a = Array.from({ length: 10 }, seededRandom(42));
    expect(Array.from({ length: 10 }, seededRandom(42))).toEqual(a);
    expect(Array.from({ length: 10 }, seededRandom(43))).not.toEqual(a);
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const random = seededRandom(1);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const x = random();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      buckets[Math.floor(x * 10)]!++;
    }
    for (const count of buckets) expect(Math.abs(count - 1_000)).toBeLessThan(150);
  });

  it('draws integers in a closed range and picks from lists', () => {
    const random = seededRandom(5);
    const seen = new Set(Array.from({ length: 200 }, () => randomInt(random, 3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
    expect(['x']).toContain(pick(random, ['x']));
    expect(() => pick(random, [])).toThrow();
  });
});
