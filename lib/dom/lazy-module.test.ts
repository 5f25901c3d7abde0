import { describe, expect, it } from 'vitest';
import { lazy } from './lazy-module';

describe('lazy', () => {
  it('loads nothing until asked, then once for callers at the same moment and after', async () => {
    let loads = 0;
    const parts = lazy(async () => ({ n: ++loads }));
    expect(loads).toBe(0);
    expect(parts.current()).toBeUndefined();
    const [a, b] = await Promise.all([parts.get(), parts.get()]);
    expect(a).toBe(b);
    expect(await parts.get()).toBe(a);
    expect(parts.current()).toBe(a);
    expect(loads).toBe(1);
  });

  it('tries again after a failed load, and reports the failure to its callers', async () => {
    let loads = 0;
    const parts = lazy(async () => {
      loads += 1;
      if (loads === 1) throw new Error('Extension context invalidated');
      return 'loaded';
    });
    await expect(parts.get()).rejects.toThrow('Extension context invalidated');
    expect(parts.current()).toBeUndefined();
    expect(await parts.get()).toBe('loaded');
    expect(loads).toBe(2);
  });
});
