// What the PDF viewer records on the page's performance timeline, so `npm run bench`
// (browser-tests/bench/pdf-viewer-bench.ts) can time the real viewer from outside, end
// to end, in Chromium and Firefox alike: marks at the steps a user waits for, and a
// measure over re-anchoring the document's highlights. Entries cost nothing a user notices
// (a few per opened PDF) and leave the page.

/** Marks set once per opened PDF, in this order. */
export const VIEWER_MARKS = {
  /** The whole document's text is read. */
  textRead: 'policy-lens-pdf-text-read',
  /** The sidebar has rendered the background's answer. */
  sidebarAnswer: 'policy-lens-pdf-sidebar-answer',
  /** Everything is shown: the answer, and the user's highlights re-anchored, painted on the rendered pages and listed. */
  ready: 'policy-lens-pdf-ready',
} as const;

/**
 * The measures over re-anchoring: the whole step as issue 17's target names it, from the
 * document's text being read (VIEWER_MARKS.textRead) to its highlights re-anchored and
 * painted, including any wait for the database read (started as soon as the fingerprint is
 * known, so it runs while the text is read); and its synchronous part (re-anchored and painted).
 */
export const REANCHOR_MEASURE = 'policy-lens-pdf-reanchor';
export const ANCHOR_PAINT_MEASURE = 'policy-lens-pdf-anchor-paint';

/**
 * Runs `step` and records its duration as the performance measure `name`, whether it
 * succeeds or fails; a step that returns a promise is timed until the promise settles.
 */
export function measured<T>(name: string, step: () => T): T {
  const start = performance.now();
  const record = () => void performance.measure(name, { start, end: performance.now() });
  let result: T;
  try {
    result = step();
  } catch (error) {
    record();
    throw error;
  }
  if (result instanceof Promise) return result.finally(record) as T;
  record();
  return result;
}

/**
 * Records the time from the latest performance mark `since` until now as the measure `name`:
 * a step that starts where an earlier one ended (the text read) and spans awaits between.
 */
export function measureSince(name: string, since: string): void {
  performance.measure(name, since);
}
