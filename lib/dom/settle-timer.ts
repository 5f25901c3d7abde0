// Waits for a page to go quiet before acting on its changes, but not for ever: a
// page that changes all the time (a clock ticking every 50 ms) would otherwise
// push the quiet moment back indefinitely and late content would never be read.
// A change (called from the MutationObserver on a live page, so on every update)
// only notes the time: one timer is running at most, and when it comes due early
// (changes came since it was set) it is set again for the rest, so a burst of
// changes costs one timer, not one cleared and set per change.

export interface Timers {
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
}

export interface SettleTimer {
  /** Something changed: act once quiet for `settleMs`, or `maxWaitMs` after the first unanswered change. */
  poke(): void;
  cancel(): void;
}

export function settleTimer(settleMs: number, maxWaitMs: number, onSettled: () => void, timers: Timers): SettleTimer {
  let timer: number | undefined;
  let firstPoke: number | undefined;
  let lastPoke = 0;
  const due = (first: number) => Math.min(lastPoke + settleMs, first + maxWaitMs);
  const check = () => {
    timer = undefined;
    if (firstPoke === undefined) return;
    const wait = due(firstPoke) - timers.now();
    if (wait > 0) {
      timer = timers.setTimeout(check, wait);
      return;
    }
    firstPoke = undefined;
    onSettled();
  };
  return {
    poke() {
      lastPoke = timers.now();
      firstPoke ??= lastPoke;
      timer ??= timers.setTimeout(check, due(firstPoke) - lastPoke);
    },
    cancel() {
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      firstPoke = undefined;
    },
  };
}
