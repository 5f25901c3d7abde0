import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_SKEW_MS, beyondSkew, nextStamp } from './clock';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const plus = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

describe('the per-record clock', () => {
  it('stamps a local change with the wall clock, or just after the version it replaces when that is ahead', () => {
    expect(nextStamp(undefined, NOW)).toBe(NOW.toISOString());
    expect(nextStamp(plus(-60_000), NOW)).toBe(NOW.toISOString());
    expect(nextStamp(plus(60_000), NOW)).toBe(plus(60_001));
    expect(nextStamp(NOW.toISOString(), NOW)).toBe(plus(1));
  });

  it('does not follow a stored time from beyond the allowed skew', () => {
    expect(nextStamp('2030-01-01T00:00:00.000Z', NOW)).toBe(NOW.toISOString());
    expect(nextStamp('9999-12-31T23:59:59.000Z', NOW)).toBe(NOW.toISOString());
  });

  it('calls a time from the future beyond the skew, and only that', () => {
    expect(beyondSkew(plus(MAX_CLOCK_SKEW_MS), NOW)).toBe(false);
    expect(beyondSkew(plus(MAX_CLOCK_SKEW_MS + 1), NOW)).toBe(true);
    expect(beyondSkew('2030-01-01T00:00:00Z', NOW)).toBe(true);
    expect(beyondSkew('2026-06-01T13:00:00+02:00', NOW)).toBe(false); // 11:00Z: an offset is not the future
  });
});
