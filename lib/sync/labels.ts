// A short, human label for any synced record, so a preview can say which records
// an import adds, changes or deletes ("highlight “integration is not new…”").
import type { SyncedTable } from '../storage/db';
import type { SyncRecords } from './format';

/** Long enough to recognise a quote or title, short enough for one line of a list. */
const LABEL_MAX_CHARS = 80;

export function shorten(text: string, max: number = LABEL_MAX_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Words quoted from a source are shown in quotation marks; names and titles as they are. */
const quoted = (text: string) => `“${shorten(text, LABEL_MAX_CHARS - 2)}”`;

const LABELS: { [T in SyncedTable]: (record: SyncRecords[T]) => string } = {
  organisations: (r) => shorten(r.name),
  events: (r) => shorten(r.shortName),
  people: (r) => shorten(r.name),
  topics: (r) => shorten(r.label),
  statements: (r) => shorten(r.title),
  quotes: (r) => quoted(r.text),
  annotations: (r) => quoted(r.target.selector[0].exact),
};

export function recordLabel<T extends SyncedTable>(table: T, record: SyncRecords[T]): string {
  return LABELS[table](record);
}
