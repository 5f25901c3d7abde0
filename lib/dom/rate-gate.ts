// Runs a costly task at most once per interval however often it is asked for:
// requests in between are merged into one run at the end of the interval. What
// asks (SPA navigation, late content) is driven by the page, which must not be
// able to make the extension burn CPU.
import type { Timers } from './settle-timer';

export interface RateGate {
  request(): void;
  /** Whether a request is waiting for the end of the interval. */
  pending(): boolean;
  cancel(): void;
}

export function rateGate(minGapMs: number, run: () => void, timers: Timers): RateGate {
  let lastRun = -Infinity;
  let pending: number | undefined;
  const go = () => {
    pending = undefined;
    lastRun = timers.now();
    run();
  };
  return {
    request() {
      if (pending !== undefined) return;
      const wait = lastRun + minGapMs - timers.now();
      if (wait <= 0) go();
      else pending = timers.setTimeout(go, wait);
    },
    pending: () => pending !== undefined,
    cancel() {
      if (pending !== undefined) timers.clearTimeout(pending);
      pending = undefined;
    },
  };
}
