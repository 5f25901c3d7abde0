// One way to read and write any synced table's records, whatever its layout: statements
// and quotes live in chunk rows (corpus-records.ts), the other tables one row per record.
// Code that handles every table alike (sync, pack installs, the Dashboard's record
// editor) goes through this rather than Dexie's Table, which chunked records do not have.
import type { Table } from 'dexie';
import * as records from './corpus-records';
import type { PolicyLensDb, SyncedTable } from './db';
import type { Annotation, Organisation, Person, PolicyEvent, Quote, Statement, Topic } from '../schema';

export interface RecordOf {
  events: PolicyEvent;
  organisations: Organisation;
  people: Person;
  statements: Statement;
  quotes: Quote;
  topics: Topic;
  annotations: Annotation;
}

export interface RecordStore<R extends { id: string }> {
  /** The records with `ids`, in that order; undefined where none is stored. */
  get(ids: readonly string[]): Promise<(R | undefined)[]>;
  /** Every record, in id order (what a file lists them in). */
  all(): Promise<R[]>;
  /** Every record's id, from the keys alone. */
  ids(): Promise<string[]>;
  /** Which of `ids` have a record: from the keys alone where the layout has them (not for statements, read from their chunks). */
  present(ids: readonly string[]): Promise<string[]>;
  count(): Promise<number>;
  put(rows: readonly R[]): Promise<void>;
  delete(ids: readonly string[]): Promise<void>;
  /** The Dexie tables a transaction over this store names. */
  tables: Table[];
}

function rowStore<R extends { id: string }>(table: Table<R, string>): RecordStore<R> {
  return {
    get: (ids) => table.bulkGet([...ids]),
    all: () => table.toArray(),
    ids: () => table.toCollection().primaryKeys(),
    present: (ids) => table.where(':id').anyOf([...ids]).primaryKeys(),
    count: () => table.count(),
    put: async (rows) => void (await table.bulkPut([...rows])),
    delete: (ids) => table.bulkDelete([...ids]),
    tables: [table],
  };
}

export function recordStore<T extends SyncedTable>(db: PolicyLensDb, table: T): RecordStore<RecordOf[T]> {
  if (table === 'statements') {
    return {
      get: (ids) => records.getStatements(db, ids),
      all: () => records.allStatements(db),
      ids: () => records.statementIds(db),
      present: async (ids) => (await records.getStatements(db, ids)).flatMap((s) => (s ? [s.id] : [])),
      count: () => records.statementCount(db),
      put: (rows) => records.putStatements(db, rows),
      delete: (ids) => records.deleteStatements(db, ids),
      tables: records.statementTables(db),
    } satisfies RecordStore<Statement> as unknown as RecordStore<RecordOf[T]>;
  }
  if (table === 'quotes') {
    return {
      get: (ids) => records.getQuotes(db, ids),
      all: () => records.allQuotes(db),
      ids: () => records.quoteIds(db),
      present: (ids) => records.storedQuoteIds(db, ids),
      count: () => records.quoteCount(db),
      put: (rows) => records.putQuotes(db, rows),
      delete: (ids) => records.deleteQuotes(db, ids),
      tables: records.quoteTables(db),
    } satisfies RecordStore<Quote> as unknown as RecordStore<RecordOf[T]>;
  }
  return rowStore(db.table<RecordOf[T], string>(table));
}
