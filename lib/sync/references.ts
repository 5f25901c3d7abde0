// Which fields of a record name another record, so that an import can say which
// references point at nothing this copy holds (a quote naming a deleted statement),
// a deletion can say what refers to the record, and an export of part of the
// records can take along what that part refers to.
import type { SyncedTable } from '../storage/db';
import { SYNCED_TABLES, type SyncFile, type SyncRecords, TABLE_NOUN } from './format';

/** Called once per reference: the field's path in the record, the table it points into, and the id (absent when the field is unset). */
export type VisitReference = (field: string, table: SyncedTable, id: string | undefined) => void;

const REFERENCES: { [T in SyncedTable]: (record: SyncRecords[T], visit: VisitReference) => void } = {
  organisations: () => {},
  events: (r, visit) => visit('issuingBodyId', 'organisations', r.issuingBodyId),
  people: (r, visit) => r.roles.forEach((role, i) => visit(`roles.${i}.organisationId`, 'organisations', role.organisationId)),
  topics: () => {},
  statements: (r, visit) => {
    visit('eventId', 'events', r.eventId);
    visit('publisherId', 'organisations', r.publisherId);
    visit('firstPublishedById', 'organisations', r.firstPublishedById);
    visit('authorId', 'people', r.authorId);
  },
  quotes: (r, visit) => {
    visit('statementId', 'statements', r.statementId);
    visit('speakerId', 'people', r.speakerId);
    visit('organisationId', 'organisations', r.organisationId);
    r.topicIds.forEach((id, i) => visit(`topicIds.${i}`, 'topics', id));
  },
  annotations: (r, visit) => {
    visit('speakerId', 'people', r.speakerId);
    visit('organisationId', 'organisations', r.organisationId);
    visit('statementId', 'statements', r.statementId);
    r.topicIds.forEach((id, i) => visit(`topicIds.${i}`, 'topics', id));
  },
};

export function visitReferences<T extends SyncedTable>(table: T, record: SyncRecords[T], visit: VisitReference): void {
  REFERENCES[table](record, visit);
}

const idsIn = (file: SyncFile, table: SyncedTable) => new Set(file[table].map((r) => r.id));

/** The ids the file's records refer to that the file itself does not hold, by table: what to look for locally. */
export function referencesOutside(file: SyncFile): Map<SyncedTable, Set<string>> {
  const held = new Map(SYNCED_TABLES.map((t) => [t, idsIn(file, t)]));
  const outside = new Map<SyncedTable, Set<string>>(SYNCED_TABLES.map((t) => [t, new Set<string>()]));
  for (const table of SYNCED_TABLES) {
    for (const record of file[table]) {
      visitReferences(table, record, (_field, target, id) => {
        if (id !== undefined && !held.get(target)?.has(id)) outside.get(target)?.add(id);
      });
    }
  }
  return outside;
}

/**
 * A reference the import keeps although this copy will not hold what it names:
 * a record deleted here (or by the file), or one neither side has yet.
 */
export interface UnresolvedReference {
  table: SyncedTable;
  id: string;
  field: string;
  target: SyncedTable;
  targetId: string;
  /** "deleted": a tombstone exists for it; "missing": never seen (it may arrive in another file). */
  state: 'deleted' | 'missing';
}

/**
 * The references of the file's records that point at nothing this copy will hold.
 * They are kept and shown as deleted or missing, never a reason to refuse the file:
 * refusing would make the result depend on the order files are imported in (a
 * highlight naming a topic that arrives in the other file), and would let one
 * copy's deletion of a person stop every colleague's highlight naming that person.
 * A record the file holds counts as held even when a local deletion wins over it;
 * that case shows as deleted wherever the record is displayed.
 */
export function unresolvedReferences(
  file: SyncFile,
  localIds: ReadonlyMap<SyncedTable, ReadonlySet<string>>,
  localTombstones: ReadonlyMap<SyncedTable, ReadonlySet<string>>,
): UnresolvedReference[] {
  const held = new Map(SYNCED_TABLES.map((t) => [t, idsIn(file, t)]));
  const deletedInFile = new Set(file.deletions.map((d) => `${d.table}\u0000${d.id}`));
  const found: UnresolvedReference[] = [];
  for (const table of SYNCED_TABLES) {
    for (const record of file[table]) {
      visitReferences(table, record, (field, target, targetId) => {
        if (targetId === undefined || held.get(target)?.has(targetId) || localIds.get(target)?.has(targetId)) return;
        const deleted = localTombstones.get(target)?.has(targetId) || deletedInFile.has(`${target}\u0000${targetId}`);
        found.push({ table, id: record.id, field, target, targetId, state: deleted ? 'deleted' : 'missing' });
      });
    }
  }
  return found;
}

/** One line for the preview: `highlight "hl-2" names person "jane-doe", deleted on this copy`. */
export function describeUnresolved(ref: UnresolvedReference): string {
  const what = ref.state === 'deleted' ? 'which is deleted: the reference is kept and shown as deleted' : 'which this copy does not have (yet): the reference is kept';
  return `${TABLE_NOUN[ref.table]} ${JSON.stringify(ref.id)} names ${TABLE_NOUN[ref.target]} ${JSON.stringify(ref.targetId)}, ${what}`;
}
