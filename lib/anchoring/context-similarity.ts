// How well the text beside a candidate match agrees with a selector's stored prefix
// or suffix. This is what tells the right one of several occurrences of a quote
// from the others, and a real anchor from a lookalike. It runs for every candidate,
// so it is a small edit-distance table, not a search: the context is aligned from
// the quote's edge outwards (that edge is fixed; the far end may stop anywhere, so
// a word inserted into the context costs its own length, not a shifted tail).

/**
 * Extra page characters read beyond the stored context's length, so that words
 * inserted into the context are absorbed as insertions instead of pushing the
 * stored context's far end out of the compared window.
 */
export const CONTEXT_SLACK_CHARS = 8;

/** Reused edit-distance rows, grown on demand: scoring allocates nothing per candidate. */
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Similarity in [0, 1] (1 − edits / expected length) between `expected` and the
 * text read from `edge` in `direction`: forwards for a suffix (expected[0] should be
 * at text[edge]), backwards for a prefix (expected's last character should be at
 * text[edge − 1]). An empty expected context carries no evidence and scores 1.
 */
export function contextSimilarity(expected: string, text: string, edge: number, direction: 'before' | 'after'): number {
  const m = expected.length;
  if (m === 0) return 1;
  const available = direction === 'after' ? text.length - edge : edge;
  const n = Math.max(0, Math.min(m + CONTEXT_SLACK_CHARS, available));
  if (previous.length < n + 1) {
    previous = new Int32Array(2 * (n + 1));
    current = new Int32Array(2 * (n + 1));
  }
  const textAt = direction === 'after' ? (j: number) => text.charCodeAt(edge + j) : (j: number) => text.charCodeAt(edge - 1 - j);
  const expectedAt = direction === 'after' ? (i: number) => expected.charCodeAt(i) : (i: number) => expected.charCodeAt(m - 1 - i);
  // previous[j]: edits aligning the first i expected characters with the first j text characters.
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    const e = expectedAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const substitute = (previous[j - 1] as number) + (e === textAt(j - 1) ? 0 : 1);
      const skipExpected = (previous[j] as number) + 1;
      const skipText = (current[j - 1] as number) + 1;
      current[j] = Math.min(substitute, skipExpected, skipText);
    }
    [previous, current] = [current, previous];
  }
  // The far end is free: the stored context may end before the window does.
  let best = m;
  for (let j = 0; j <= n; j++) best = Math.min(best, previous[j] as number);
  return 1 - best / m;
}
