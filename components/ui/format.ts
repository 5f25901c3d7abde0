// Small pure helpers for text the sidebar and the extension pages show: dates, truncation, counts, percentages and names.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * "2022-02-09" → "9 February 2022". The date is read and formatted in UTC, so the
 * reader's time zone never moves it to the day before or after. Anything that is not
 * a YYYY-MM-DD date is returned unchanged.
 */
export function formatDate(isoDate: string): string {
  const match = DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Reject dates that roll over (2022-02-30 would become 2 March).
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return isoDate;
  return dateFormat.format(date);
}

export interface Truncated {
  text: string;
  truncated: boolean;
}

/**
 * Shortens text to at most `max` characters (plus "…"), cutting at the last word
 * boundary when there is one in the last 40% of the allowance, and dropping trailing
 * punctuation or opening quotation marks left dangling by the cut.
 */
export function truncateAtWord(text: string, max: number): Truncated {
  const whole = text.trim();
  if (whole.length <= max) return { text: whole, truncated: false };
  const head = whole.slice(0, max + 1);
  const lastSpace = head.search(/\s\S*$/);
  let cut = lastSpace >= max * 0.6 ? lastSpace : max;
  // Never split a surrogate pair (an emoji or a rare CJK character).
  const code = whole.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  const shortened = whole.slice(0, cut).replace(/[\s,;:.\-–—'"‘“([]+$/u, '');
  return { text: `${shortened}…`, truncated: true };
}

/** 0.87 → "87%". A share below 1 never shows as 100%, and one above 0 never as 0%. */
export function formatPercent(share: number): string {
  const clamped = Math.min(1, Math.max(0, share));
  let percent = Math.round(clamped * 100);
  if (percent === 100 && clamped < 1) percent = 99;
  if (percent === 0 && clamped > 0) percent = 1;
  return `${percent}%`;
}

/** "1 reaction", "3 reactions". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

// Statement kinds are named once, from the schema (lib/labels.ts).
export { statementKindLabel } from '@/lib/labels';

/** Who is speaking, for a heading: the person, or the organisation when no person is named. */
export function speakerName(view: { speaker?: { name: string }; organisation: { name: string } }): string {
  return view.speaker?.name ?? view.organisation.name;
}

/**
 * What follows the name: "Chief executive, NHS Providers". The organisation is left out
 * when it is already the name (an organisation speaking without a named person).
 */
export function speakerDetails(view: {
  speaker?: { name: string };
  role?: string;
  organisation: { name: string };
}): string {
  return [view.role, view.speaker ? view.organisation.name : undefined].filter(Boolean).join(', ');
}
