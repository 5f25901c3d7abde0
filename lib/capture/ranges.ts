// Range look-ups for the extractor, so a long page costs about its length rather than
// its length times its number of names: binary search over ranges sorted by start,
// and a character mask for "is this stretch already taken".

export interface Range {
  start: number;
  end: number;
}

/** Index of the first range whose start is at or after `position` (ranges sorted by start). */
export function firstStartingAt(sorted: readonly Range[], position: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Range).start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The ranges lying wholly inside [from, to), in order (ranges sorted by start). */
export function rangesWithin<T extends Range>(sorted: readonly T[], from: number, to: number): T[] {
  const found: T[] = [];
  for (let i = firstStartingAt(sorted, from); i < sorted.length && (sorted[i] as T).start < to; i++) {
    const r = sorted[i] as T;
    if (r.end <= to) found.push(r);
  }
  return found;
}

/** Whether [start, end) lies inside one of the sorted, non-overlapping `outer` ranges (given as open/close). */
export function insideAny(sorted: readonly { open: number; close: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as { open: number }).open <= start) lo = mid + 1;
    else hi = mid;
  }
  const candidate = sorted[lo - 1];
  return !!candidate && start >= candidate.open && end <= candidate.close;
}

/** Which characters of a text are taken, for overlap checks in constant time per character. */
export class Coverage {
  private readonly taken: Uint8Array;

  constructor(length: number, ranges: readonly Range[] = []) {
    this.taken = new Uint8Array(length + 1);
    for (const r of ranges) this.mark(r);
  }

  mark(r: Range): void {
    this.taken.fill(1, Math.max(0, r.start), Math.max(r.start, r.end));
  }

  overlaps(r: Range): boolean {
    for (let i = Math.max(0, r.start); i < r.end; i++) if (this.taken[i]) return true;
    return false;
  }
}
