// CSV as RFC 4180 defines it, so a report opens the same in a spreadsheet, in R
// or in pandas: CRLF between records, and any field holding a comma, a double
// quote or a line break enclosed in double quotes, with inner quotes doubled.

const RECORD_SEPARATOR = '\r\n';

/** Fields that must be enclosed in quotes (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Spreadsheets run a cell that starts with =, +, -, @, tab or carriage return as
 * a formula, so a quoted "=HYPERLINK(…)" on a web page could act when the report
 * is opened (CSV injection; OWASP's advice). Such a cell gets a leading
 * apostrophe, which spreadsheets show as text and hide.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header row and the records, each ended by CRLF (the RFC allows the last to end either way). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',') + RECORD_SEPARATOR).join('');
}
