// The date a page gives itself in its opening: a dateline ("11th February 2021 about a
// 4 minute read", "February 11, 2021", "2021-02-11"). Verification needs it to read a
// role alias ("the Health Secretary") as the person who held the post then
// (dated-roles.ts); the page's text is all verification has, and a news page's
// visible text carries its date near the top.
import { DAY_PATTERN, MONTH_NAMES, MONTH_PATTERN, YEAR_PATTERN } from '../text/date-patterns';

/** A dateline stands in the page's opening: title, standfirst and byline. */
const OPENING_CHARS = 600;

const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());
/** "11th February 2021", "11 Feb 2021"; "February 11, 2021"; "2021-02-11". */
const DATELINES = [
  { pattern: new RegExp(String.raw`\b${DAY_PATTERN}\s+${MONTH_PATTERN},?\s+${YEAR_PATTERN}\b`), day: 1, month: 2, year: 3 },
  { pattern: new RegExp(String.raw`\b${MONTH_PATTERN}\s+${DAY_PATTERN},?\s+${YEAR_PATTERN}\b`), day: 2, month: 1, year: 3 },
] as const;
const ISO_DATE = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;

const iso = (year: string, month: number, day: number): string | undefined => {
  const date = new Date(Date.UTC(Number(year), month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : undefined;
};

/** The first date written in the page's opening, as YYYY-MM-DD; undefined when it gives none. */
export function pageDate(text: string): string | undefined {
  const opening = text.slice(0, OPENING_CHARS);
  const found: { at: number; date: string | undefined }[] = [];
  for (const { pattern, day, month, year } of DATELINES) {
    const m = pattern.exec(opening);
    const monthIndex = m ? MONTHS.findIndex((name) => name.startsWith((m[month] as string).toLowerCase().slice(0, 3))) : -1;
    if (m) found.push({ at: m.index, date: iso(m[year] as string, monthIndex + 1, Number(m[day])) });
  }
  const isoMatch = ISO_DATE.exec(opening);
  if (isoMatch) found.push({ at: isoMatch.index, date: iso(isoMatch[1] as string, Number(isoMatch[2]), Number(isoMatch[3])) });
  return found.sort((a, b) => a.at - b.at)[0]?.date;
}
