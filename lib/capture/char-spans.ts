// Character-level span arithmetic for scoring the extractor: curated and proposed
// quotes are compared as sets of character offsets, so a proposal that is a little
// too long or too short loses only the characters it got wrong.
import { escapeRegExp } from '../text/escape-reg-exp';

export interface Span {
  start: number;
  end: number;
}

/** Sorted, non-overlapping spans covering the same characters. */
export function union(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

export function covered(spans: readonly Span[]): number {
  return union(spans).reduce((sum, s) => sum + s.end - s.start, 0);
}

/** Characters covered by both sets of spans. */
export function intersection(a: readonly Span[], b: readonly Span[]): number {
  const ua = union(a);
  const ub = union(b);
  let total = 0;
  let j = 0;
  for (const s of ua) {
    while (j < ub.length && (ub[j] as Span).end <= s.start) j++;
    for (let k = j; k < ub.length && (ub[k] as Span).start < s.end; k++) {
      const t = ub[k] as Span;
      total += Math.min(s.end, t.end) - Math.max(s.start, t.start);
    }
  }
  return total;
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Where `quote` stands in `text`, whitespace runs matching any whitespace (curated
 * quotes are verbatim except for whitespace); undefined when it is not there.
 */
export function locate(text: string, quote: string): Span | undefined {
  const words = quote.trim().split(/\s+/).map(escapeRegExp);
  const m = new RegExp(words.join('\\s+'), 'u').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
