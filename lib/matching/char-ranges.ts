// Maps spans of tokens back to character offsets in the text they came from, so a
// match found among normalised words can be highlighted on the original page.
import type { Token } from './tokens';

export interface CharRange {
  start: number;
  end: number;
}

/**
 * Character ranges of token spans ([start, end) token indices), in text order,
 * with overlapping or adjacent spans joined. Ranges run from the first word's first
 * character to the last word's last one, so they never include the quotation marks
 * or spaces around a passage.
 */
export function charRanges(tokens: readonly Token[], spans: readonly { start: number; end: number }[]): CharRange[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map((s) => ({ start: (tokens[s.start] as Token).start, end: (tokens[s.end - 1] as Token).end }));
}
