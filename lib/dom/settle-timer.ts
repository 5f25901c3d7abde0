// Waits for a page to go quiet before acting on its changes, but not for ever: a
// page that changes all the time (a clock ticking every 50 ms) would otherwise
// push the quiet moment back indefinitely and late content would never be read.

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
  const fire = () => {
    timer = undefined;
    firstPoke = undefined;
    onSettled();
  };
  return {
    poke() {
      const now = timers.now();
      firstPoke ??= now;
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = timers.setTimeout(fire, Math.max(0, Math.min(settleMs, firstPoke + maxWaitMs - now)));
    },
    cancel() {
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      firstPoke = undefined;
    },
  };
}
