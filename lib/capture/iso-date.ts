// Pages state publication dates in many shapes (ISO date-times with offsets, bare
// dates, RFC 2822 strings); the capture form wants one: YYYY-MM-DD.

/** A leading calendar date, which ISO 8601 date-times and bare dates both start with. */
const LEADING_ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

/** The calendar date a page's date string names, or undefined when it names none. */
export function toIsoDate(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const leading = LEADING_ISO_DATE.exec(trimmed);
  // Keep the date as written: converting "2021-02-11T00:30+01:00" to UTC would give the 10th.
  if (leading) return isRealDate(`${leading[1]}-${leading[2]}-${leading[3]}`);
  const parsed = Date.parse(trimmed);
  if (Number.isNaN(parsed)) return undefined;
  return new Date(parsed).toISOString().slice(0, 10);
}

function isRealDate(iso: string): string | undefined {
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso ? iso : undefined;
}
