import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Timers, settleTimer } from './settle-timer';

const timers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
  now: () => Date.now(),
};

describe('settleTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('acts once the page has been quiet for the settle time', () => {
    const settled = vi.fn();
    const timer = settleTimer(800, 3000, settled, timers);
    timer.poke();
    vi.advanceTimersByTime(500);
    timer.poke();
    vi.advanceTimersByTime(799);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settled).toHaveBeenCalledTimes(1);
    // A change after it acted starts a new wait.
    timer.poke();
    vi.advanceTimersByTime(799);
    expect(settled).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(settled).toHaveBeenCalledTimes(2);
  });

  it('acts within the maximum wait however often the page changes (a clock ticking every 50 ms)', () => {
    const settled = vi.fn();
    const timer = settleTimer(800, 3000, settled, timers);
    for (let t = 0; t < 3000; t += 50) {
      timer.poke();
      vi.advanceTimersByTime(50);
    }
    expect(settled).toHaveBeenCalledTimes(1);
    // And again within the next maximum wait while the clock keeps ticking.
    for (let t = 0; t < 3050; t += 50) {
      timer.poke();
      vi.advanceTimersByTime(50);
    }
    expect(settled).toHaveBeenCalledTimes(2);
  });

  it('does nothing once cancelled', () => {
    const settled = vi.fn();
    const timer = settleTimer(800, 3000, settled, timers);
    timer.poke();
    timer.cancel();
    vi.advanceTimersByTime(5000);
    expect(settled).not.toHaveBeenCalled();
  });

  it('sets one timer for a burst of changes, not one per change', () => {
    const set = vi.fn(timers.setTimeout);
    const clear = vi.fn(timers.clearTimeout);
    const settled = vi.fn();
    const timer = settleTimer(800, 3000, settled, { ...timers, setTimeout: set, clearTimeout: clear });
    for (let i = 0; i < 20; i++) {
      timer.poke();
      vi.advanceTimersByTime(10);
    }
    expect(set).toHaveBeenCalledTimes(1);
    expect(clear).not.toHaveBeenCalled();
    vi.advanceTimersByTime(800);
    expect(settled).toHaveBeenCalledTimes(1);
    // Due early by the later changes, it was set once more for the rest of the quiet time.
    expect(set).toHaveBeenCalledTimes(2);
  });
});
