// Measures re-anchoring saved highlights on a big page that changed since they
// were made, ours (anchor.ts) against a port of the Hypothesis client's matchQuote
// (hypothesis-baseline.ts): the time to anchor all of them, and how many landed on
// their text, landed elsewhere, or were orphaned. Pure, so `npm run bench` can run
// it in Node and a browser page alike.
import { type Anchor, type AnchorSelectors, anchorAll } from '../../lib/anchoring/anchor';
import { type BenchHighlight, type BenchPages, type ChangeKind, BENCH_PAGE_WORDS, buildBenchPages } from './bench-pages';
import { hypothesisAnchorAll } from './hypothesis-baseline';

/**
 * An anchor is correct when it and the highlight's real text overlap by at least
 * this share of their union: a fuzzy match may gain or lose a character at an
 * edited edge, and a highlight covering 90 % of the right words is the right one.
 */
export const CORRECT_OVERLAP = 0.9;
/** Timed runs per method; the median is reported, so one slow run (a GC pause) does not count. */
const DEFAULT_RUNS = 3;

export interface Outcome {
  correct: number;
  incorrect: number;
  orphans: number;
}

export interface MethodResult extends Outcome {
  /** Median wall time to anchor every highlight, in milliseconds. */
  totalMs: number;
  anchored: number;
  byKind: Record<ChangeKind, Outcome>;
}

export interface AnchoringBenchResult {
  pageWords: number;
  pageChars: number;
  highlights: number;
  ours: MethodResult;
  hypothesis: MethodResult;
}

export type AnchorMethod = (text: string, selectors: readonly AnchorSelectors[]) => (Anchor | null)[];

/** Share of the union of two ranges that they have in common. */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const common = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? common / union : 0;
}

export function judge(highlights: readonly BenchHighlight[], anchors: readonly (Anchor | null)[]): Omit<MethodResult, 'totalMs'> {
  const empty = (): Outcome => ({ correct: 0, incorrect: 0, orphans: 0 });
  const byKind: Record<ChangeKind, Outcome> = {
    unchanged: empty(),
    word: empty(),
    punctuation: empty(),
    whitespace: empty(),
    'inserted-before': empty(),
  };
  const total = empty();
  highlights.forEach((h, i) => {
    const anchor = anchors[i];
    const verdict: keyof Outcome = !anchor ? 'orphans' : overlap(anchor, h.expected) >= CORRECT_OVERLAP ? 'correct' : 'incorrect';
    byKind[h.kind][verdict]++;
    total[verdict]++;
  });
  return { ...total, anchored: total.correct + total.incorrect, byKind };
}

function measure(method: AnchorMethod, pages: BenchPages, runs: number): MethodResult {
  const selectors = pages.highlights.map((h) => h.selectors);
  const times: number[] = [];
  let anchors: (Anchor | null)[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    anchors = method(pages.changed, selectors);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { totalMs: times[Math.floor(times.length / 2)] ?? NaN, ...judge(pages.highlights, anchors) };
}

export function runAnchoringBench(options: { runs?: number } = {}): AnchoringBenchResult {
  const runs = options.runs ?? DEFAULT_RUNS;
  const pages = buildBenchPages();
  return {
    pageWords: BENCH_PAGE_WORDS,
    pageChars: pages.changed.length,
    highlights: pages.highlights.length,
    ours: measure(anchorAll, pages, runs),
    hypothesis: measure(hypothesisAnchorAll, pages, runs),
  };
}
