// Which fields of a record name another record, so that an import can refuse a
// file whose records point at nothing (a quote naming a statement that is neither
// in the file nor in the database), and an export of part of the records can take
// along what that part refers to.
import type { SyncedTable } from '../storage/db';
import { SYNCED_TABLES, type SyncFile, type SyncRecords, TABLE_NOUN } from './format';
import { type ImportError, type RecordPlace, recordError } from './import-errors';

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
 * A reference resolves if the file holds the record or the database does. (A
 * record the file holds that loses to a local deletion is not chased: deleting a
 * referenced record is the analyst's own choice, here or on the other copy.)
 */
export function danglingReferences(
  file: SyncFile,
  localIds: ReadonlyMap<SyncedTable, ReadonlySet<string>>,
  place: (table: SyncedTable, index: number, id: string) => RecordPlace = (table, index, id) => ({ list: table, index, id }),
): ImportError[] {
  const held = new Map(SYNCED_TABLES.map((t) => [t, idsIn(file, t)]));
  const errors: ImportError[] = [];
  for (const table of SYNCED_TABLES) {
    file[table].forEach((record, index) => {
      visitReferences(table, record, (field, target, id) => {
        if (id === undefined || held.get(target)?.has(id) || localIds.get(target)?.has(id)) return;
        errors.push(
          recordError(
            place(table, index, record.id),
            field,
            `refers to ${TABLE_NOUN[target]} ${JSON.stringify(id)}, which is neither in this file nor in your database`,
          ),
        );
      });
    });
  }
  return errors;
}
