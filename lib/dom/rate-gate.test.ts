import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rateGate } from './rate-gate';
import type { Timers } from './settle-timer';

const timers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
  now: () => Date.now(),
};

describe('rateGate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the first request at once', () => {
    const run = vi.fn();
    rateGate(1000, run, timers).request();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('merges a flood of requests into at most one run per interval', () => {
    const run = vi.fn();
    const gate = rateGate(1000, run, timers);
    // 17,870 forged navigations in 20 s, as in issue 9.
    for (let i = 0; i < 17_870; i++) {
      gate.request();
      vi.advanceTimersByTime(20_000 / 17_870);
    }
    vi.advanceTimersByTime(1000);
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(20);
    expect(run.mock.calls.length).toBeLessThanOrEqual(21);
  });

  it('runs a request made during the interval once, at its end', () => {
    const run = vi.fn();
    const gate = rateGate(1000, run, timers);
    gate.request();
    expect(gate.pending()).toBe(false);
    vi.advanceTimersByTime(300);
    gate.request();
    gate.request();
    expect(run).toHaveBeenCalledTimes(1);
    expect(gate.pending()).toBe(true);
    vi.advanceTimersByTime(700);
    expect(run).toHaveBeenCalledTimes(2);
    expect(gate.pending()).toBe(false);
  });

  it('drops a pending run when cancelled', () => {
    const run = vi.fn();
    const gate = rateGate(1000, run, timers);
    gate.request();
    gate.request();
    gate.cancel();
    vi.advanceTimersByTime(2000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
