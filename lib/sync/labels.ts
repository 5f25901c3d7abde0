// A short, human label for any synced record, so a preview can say which records
// an import adds, changes or deletes ("highlight “integration is not new…”").
import type { SyncedTable } from '../storage/db';
import { type ExportScope, type SyncRecords, countOf } from './format';

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

/** What a scope names, as the preview shows it: "Highlights tagged “funding”". */
export function describeScope(scope: ExportScope): string {
  switch (scope.kind) {
    case 'everything':
      return 'Everything its writer added or edited';
    case 'highlights':
      return 'Highlights';
    case 'event':
      return `One policy event (${scope.eventId})`;
    case 'tag':
      return `Highlights tagged “${shorten(scope.tag)}”`;
    case 'site':
      return `One site (${shorten(scope.hostname)})`;
  }
}

/** What a file really holds: "3 highlights, 1 person; deletes 23 quotes". */
export function describeContents(contents: Record<SyncedTable, { records: number; deletions: number }>): string {
  const tables = Object.keys(contents) as SyncedTable[];
  const held = tables.filter((t) => contents[t].records > 0).map((t) => countOf(t, contents[t].records));
  const deleted = tables.filter((t) => contents[t].deletions > 0).map((t) => countOf(t, contents[t].deletions));
  const parts = [held.length ? held.join(', ') : 'no records', ...(deleted.length ? [`deletions of ${deleted.join(', ')}`] : [])];
  return parts.join('; ');
}
