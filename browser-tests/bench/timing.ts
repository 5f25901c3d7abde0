// Percentiles of timed samples, the same in Node and in the browser.

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

/** The value at quantile `q` of ascending `sorted` (nearest rank). */
export const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: samples.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? NaN };
}
