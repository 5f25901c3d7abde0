// Timing and heap sampling for the parts of the benchmark that run inside Chromium
// (in-page.ts, packs-in-page.ts): percentiles of repeated runs, and the JS heap as
// Chromium reports it (performance.memory).

import { type Timing, summarise } from './timing';

export async function time(runs: number, work: () => unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

/** The JS heap in use (Chromium's performance.memory; precise with --enable-precise-memory-info). */
export const usedHeap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;

/** A full garbage collection, when the browser exposes it (--js-flags=--expose-gc). */
export const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/** How often the heap is sampled by default: often enough for steps that last seconds. */
const HEAP_SAMPLE_MS = 50;

/** The largest JS heap seen from now until `stop()`, sampled every `everyMs`. */
export function peakHeap(everyMs = HEAP_SAMPLE_MS) {
  let peak = usedHeap();
  const timer = setInterval(() => (peak = Math.max(peak, usedHeap())), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, usedHeap());
    },
  };
}
