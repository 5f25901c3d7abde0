import { formatDate } from './format';

/** A YYYY-MM-DD date, shown as "9 February 2022" and kept machine-readable. */
export function DateText({ date }: { date: string }) {
  return <time dateTime={date}>{formatDate(date)}</time>;
}
