// The words of a date as pages write them ("11th February 2021", "Feb 11, 2021"), as
// regular expression sources: verification reads a page's dateline with them
// (lib/verify/page-date.ts) and capture tells a dated byline from a speaker
// (lib/capture/attribution.ts), so both read the same dates.

/** The months, in order. */
export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** A month's name or its abbreviation, with an optional full stop: its name is the first group it captures. */
export const MONTH_PATTERN = String.raw`(${MONTH_NAMES.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/** A day of the month, "11" or "11th": its number is the first group it captures. */
export const DAY_PATTERN = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** A year of this century or the last: the first group it captures. */
export const YEAR_PATTERN = String.raw`((?:19|20)\d{2})`;
