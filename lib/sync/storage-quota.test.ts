import { describe, expect, it } from 'vitest';
import { checkFileFits, checkRoom, estimateStoredBytes, isQuotaError } from './storage-quota';
import { highlight, syncFile } from '../../test-support/sync/fixtures';

const storage = (quota: number, usage: number) => ({ estimate: async () => ({ quota, usage }) });

describe('room in the browser for an import', () => {
  it('estimates what a file takes once stored from a sample of its records', () => {
    const annotations = Array.from({ length: 1000 }, (_, i) => highlight(`hl-${i}`));
    const json = JSON.stringify(annotations).length;
    const estimate = estimateStoredBytes(syncFile({ annotations }));
    expect(estimate).toBeGreaterThan(1.8 * json);
    expect(estimate).toBeLessThan(2.2 * json);
  });

  it('refuses, in megabytes, what does not fit; passes what does, and anything outside a browser', async () => {
    const refused = await checkFileFits(300e6, storage(1000e6, 700e6));
    expect(refused?.errors[0]?.message).toMatch(/^This file needs about 600 MB of storage once imported, but the browser lets this extension use only 300 MB more\./);
    expect(await checkFileFits(100e6, storage(1000e6, 700e6))).toBeUndefined();
    expect(await checkRoom(1e12, undefined)).toBeUndefined();
    expect(await checkRoom(1e12, { estimate: async () => ({}) })).toBeUndefined();
  });

  it("recognises the browser's refusal to store, however Dexie wraps it", () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'OpenFailedError', inner: quota } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});
