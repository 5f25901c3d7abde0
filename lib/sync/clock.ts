// The clock that orders changes to a record, made so that a file cannot game it.
//
// Each record carries one time (updatedAt, or a tombstone's deletedAt) and the merge
// keeps the later version (merge.ts). Two rules make that time a per-record hybrid
// logical clock rather than the writer's wall clock alone:
//
// 1. A local change is always stamped later than the version it replaces
//    (nextStamp): the wall clock when it is ahead, else the replaced time plus one
//    millisecond. So the analyst's edit beats whatever they were looking at, even
//    when that came from a colleague whose clock runs a little fast.
// 2. A time from the future is refused on import (beyondSkew): a version dated more
//    than MAX_CLOCK_SKEW_MS after this computer's clock is left out and reported.
//    A file dated 2030 or 9999 therefore never wins, and one dated within the skew
//    wins only until the analyst's next edit, which rule 1 stamps later still: re-
//    importing the same file afterwards cannot revert that edit.

/**
 * How far ahead of this computer's clock a colleague's may run. Computers that set
 * their clocks from the network agree to within seconds; ten minutes leaves room for
 * one that does not, while a wrongly-set date (a year, a day, an hour ahead) is
 * caught.
 */
export const MAX_CLOCK_SKEW_MS = 10 * 60_000;

const ONE_TICK_MS = 1;

/** An instant; a date that does not parse sorts first. */
export function instant(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? -Infinity : time;
}

/** The time for a local change to a record whose current version is dated `previous` (if any). */
export function nextStamp(previous: string | undefined, now: Date = new Date()): string {
  const wall = now.getTime();
  // A stored time from the future (written before imports refused them) is not followed there.
  const after = previous === undefined || beyondSkew(previous, now) ? -Infinity : instant(previous) + ONE_TICK_MS;
  return new Date(Math.max(wall, after)).toISOString();
}

/** Whether `iso` is further ahead of `now` than a colleague's clock may run. */
export function beyondSkew(iso: string, now: Date): boolean {
  return instant(iso) > now.getTime() + MAX_CLOCK_SKEW_MS;
}
