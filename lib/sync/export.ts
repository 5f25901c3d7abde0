// Writes the analyst's records to a sync file: everything, or one event, tag or
// site (select-scope.ts decides what each takes), with the tombstones that make
// deletions travel. Exporting also records the exported versions as the ones the
// copies last agreed on (sync-bases.ts), so that importing this file back later,
// after editing, is not mistaken for a conflict.
//
// Exporting the same records twice gives byte-identical files: records in key
// order, and the file dated by its latest change rather than by the clock.
import type { PolicyLensDb, SyncedTable } from '../storage/db';
import { instant } from './clock';
import { type Deletion, type ExportScope, type RecordsByTable, SYNCED_TABLES, type SyncFile, emptySyncFile } from './format';
import { syncedStores } from './local-state';
import { laterTag, versionTag } from './merge';
import { selectScope } from './select-scope';
import { readAgreed, writeAgreed } from './sync-bases';

/** The date of a file that holds nothing: no change to date it by. */
const NOTHING_CHANGED = new Date(0).toISOString();

/** When the latest change a file holds was made: its date, the same on every export of the same records. */
export function latestChange(times: Iterable<string>): string {
  let latest = -Infinity;
  for (const time of times) latest = Math.max(latest, instant(time));
  return Number.isFinite(latest) ? new Date(latest).toISOString() : NOTHING_CHANGED;
}

function* changeTimes(records: RecordsByTable, deletions: readonly Deletion[]): Generator<string> {
  for (const table of SYNCED_TABLES) for (const record of records[table]) yield record.updatedAt;
  for (const d of deletions) yield d.deletedAt;
}

const EVERYTHING: ExportScope = { kind: 'everything' };

/** Every table an export reads or writes. */
const exportTables = (db: PolicyLensDb) => [...syncedStores(db), db.deletions, db.syncBases];

export async function exportSyncFile(db: PolicyLensDb, scope: ExportScope = EVERYTHING): Promise<SyncFile> {
  return db.transaction('rw', exportTables(db), async () => {
    const { records, deletions } = await selectScope(db, scope);
    const file: SyncFile = { ...emptySyncFile(latestChange(changeTimes(records, deletions)), scope), ...records, deletions };

    const agreed = await readAgreed(db, SYNCED_TABLES);
    const updates = new Map<SyncedTable, [string, string][]>(SYNCED_TABLES.map((t) => [t, []]));
    const note = (table: SyncedTable, id: string, tag: string) => {
      const current = agreed.get(table)?.get(id);
      if (current === undefined || laterTag(tag, current)) updates.get(table)?.push([id, tag]);
    };
    for (const table of SYNCED_TABLES) for (const record of file[table]) note(table, record.id, versionTag({ kind: 'record', record }));
    for (const d of deletions) note(d.table, d.id, versionTag({ kind: 'deleted', deletedAt: d.deletedAt }));
    await writeAgreed(db, agreed, updates);
    return file;
  });
}

/**
 * The file's text: the envelope indented, one record per line. Diffs of two
 * exports then show one line per changed record, and the file stays close to the
 * size of compact JSON (an indented 100 000-highlight file is half as large again).
 */
export function serializeSyncFile(file: SyncFile): string {
  const lists = [...SYNCED_TABLES, 'deletions'] as const;
  const head = Object.entries(file)
    .filter(([key]) => !(lists as readonly string[]).includes(key))
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  const body = lists.map((key) => {
    const items: readonly unknown[] = file[key];
    if (items.length === 0) return `  ${JSON.stringify(key)}: []`;
    return `  ${JSON.stringify(key)}: [\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  });
  return `{\n${[...head, ...body].join(',\n')}\n}\n`;
}

/** A file name that says what the file holds and when: "policy-lens-tag-integration-2026-01-02.json". */
export function syncFileName(file: Pick<SyncFile, 'scope' | 'exportedAt'>, extension = 'json'): string {
  const { scope } = file;
  const what =
    scope.kind === 'event' ? `event-${scope.eventId}`
    : scope.kind === 'tag' ? `tag-${scope.tag}`
    : scope.kind === 'site' ? `site-${scope.hostname}`
    : scope.kind;
  const slug = what
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `policy-lens-${slug}-${file.exportedAt.slice(0, 10)}.${extension}`;
}
