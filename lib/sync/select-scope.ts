// Which records an export takes: the analyst's own (origin "user": corpus records
// ship with every copy and only travel once edited), limited to a scope (one
// event, one tag, one site, or everything), plus every record of theirs that
// those refer to, so that the file imports on a copy that has never seen them.
import type { PolicyLensDb, SyncedTable } from '../storage/db';
import { type Deletion, type ExportScope, type RecordsByTable, SYNCED_TABLES, type SyncRecords, emptyRecords } from './format';
import { allStatements, inIdOrder, quotesOfStatements, statementsOfEvent } from '../storage/corpus-records';
import { recordStore } from '../storage/record-store';
import { type Version, compareVersions } from './merge';
import { visitReferences } from './references';

export interface Selection {
  records: RecordsByTable;
  deletions: Deletion[];
}

function setRecords<T extends SyncedTable>(records: RecordsByTable, table: T, list: SyncRecords[T][]): void {
  records[table] = list as RecordsByTable[T];
}


async function userRecords<T extends SyncedTable>(db: PolicyLensDb, table: T): Promise<SyncRecords[T][]> {
  const records: SyncRecords[T][] = await recordStore(db, table).all();
  return records.filter((r) => r.origin === 'user');
}

/** The analyst's records among the given ids (corpus records are on every copy already). */
async function userRecordsById<T extends SyncedTable>(db: PolicyLensDb, table: T, ids: readonly string[]): Promise<SyncRecords[T][]> {
  const records: (SyncRecords[T] | undefined)[] = await recordStore(db, table).get(ids);
  return records.filter((r): r is SyncRecords[T] => r !== undefined && r.origin === 'user');
}

/** A site is its hostname without "www.", so www.example.org and example.org are one site. */
export function siteOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The records a scope names directly, before what they refer to is added. */
async function seeds(db: PolicyLensDb, scope: ExportScope): Promise<RecordsByTable> {
  const seed = emptyRecords();
  const user = <R extends { origin: string }>(rows: R[]) => rows.filter((r) => r.origin === 'user');
  switch (scope.kind) {
    case 'everything':
      for (const table of SYNCED_TABLES) setRecords(seed, table, await userRecords(db, table));
      break;
    case 'highlights':
      seed.annotations = await userRecords(db, 'annotations');
      break;
    case 'event': {
      seed.events = user((await db.events.bulkGet([scope.eventId])).filter((e) => e !== undefined));
      const statements = inIdOrder(await statementsOfEvent(db, scope.eventId));
      const statementIds = statements.map((s) => s.id);
      seed.statements = user(statements);
      seed.quotes = user(await quotesOfStatements(db, statementIds));
      seed.annotations = user(await db.annotations.where('statementId').anyOf(statementIds).toArray());
      break;
    }
    case 'tag':
      seed.annotations = user(await db.annotations.where('tags').equalsIgnoreCase(scope.tag).distinct().toArray());
      break;
    case 'site': {
      const site = siteOf(`https://${scope.hostname}`) ?? scope.hostname.toLowerCase();
      seed.annotations = user(await db.annotations.toArray()).filter((a) => siteOf(a.url) === site);
      const statements = (await allStatements(db)).filter((s) => [s.canonicalUrl, ...s.otherUrls].some((u) => siteOf(u) === site));
      seed.statements = user(statements);
      seed.quotes = user(await quotesOfStatements(db, statements.map((s) => s.id)));
      break;
    }
  }
  return seed;
}

/** Adds the analyst's records that the selected ones refer to, until nothing new is referred to. */
async function addReferenced(db: PolicyLensDb, selected: RecordsByTable): Promise<void> {
  const known = new Map(SYNCED_TABLES.map((t) => [t, new Set<string>(selected[t].map((r) => r.id))]));
  let fresh: RecordsByTable = selected;
  for (;;) {
    const wanted = new Map<SyncedTable, Set<string>>();
    for (const table of SYNCED_TABLES) {
      for (const record of fresh[table]) {
        visitReferences(table, record, (_field, target, id) => {
          if (id === undefined || known.get(target)?.has(id)) return;
          known.get(target)?.add(id);
          wanted.set(target, (wanted.get(target) ?? new Set()).add(id));
        });
      }
    }
    if (wanted.size === 0) return;
    const next = emptyRecords();
    for (const [table, ids] of wanted) {
      const mine = await userRecordsById(db, table, [...ids]);
      setRecords(next, table, mine);
      setRecords(selected, table, [...selected[table], ...mine]);
    }
    fresh = next;
  }
}

/**
 * Tombstones to export: those of the tables the scope covers. A scope of one
 * event, tag or site takes none: a deleted record no longer says which event, tag
 * or site it belonged to. Where a record and its tombstone both exist (an id
 * reused after a deletion), only the winner travels, as the merge would keep it.
 */
async function scopeDeletions(db: PolicyLensDb, scope: ExportScope, records: RecordsByTable): Promise<Deletion[]> {
  if (scope.kind !== 'everything' && scope.kind !== 'highlights') return [];
  const all = await db.deletions.toArray();
  const rows = scope.kind === 'highlights' ? all.filter((d) => d.table === 'annotations') : all;
  const byKey = new Map(SYNCED_TABLES.map((t) => [t, new Map(records[t].map((r) => [r.id, r]))]));
  const kept: Deletion[] = [];
  for (const d of rows) {
    const record = byKey.get(d.table)?.get(d.id);
    const tombstone: Version<SyncRecords[SyncedTable]> = { kind: 'deleted', deletedAt: d.deletedAt };
    if (record && compareVersions({ kind: 'record', record }, tombstone) > 0) continue;
    if (record) byKey.get(d.table)?.delete(d.id);
    kept.push({ table: d.table, id: d.id, deletedAt: d.deletedAt });
  }
  for (const table of SYNCED_TABLES) {
    const survivors = byKey.get(table);
    if (survivors && survivors.size !== records[table].length) {
      setRecords(records, table, records[table].filter((r) => survivors.has(r.id)));
    }
  }
  return kept;
}

/** The records and tombstones an export of this scope holds. Call inside a transaction for a consistent snapshot. */
export async function selectScope(db: PolicyLensDb, scope: ExportScope): Promise<Selection> {
  const records = await seeds(db, scope);
  if (scope.kind !== 'everything') await addReferenced(db, records);
  const deletions = await scopeDeletions(db, scope, records);
  return { records, deletions };
}

/** The policy events an export can be limited to, newest first, as the export form lists them. */
export async function eventChoices(db: PolicyLensDb): Promise<{ id: string; shortName: string }[]> {
  const events = await db.events.toArray();
  return events.sort((a, b) => b.date.localeCompare(a.date) || a.shortName.localeCompare(b.shortName)).map((e) => ({ id: e.id, shortName: e.shortName }));
}
