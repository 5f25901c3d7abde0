// The sync file: everything an analyst made or edited, and what they deleted, in
// one JSON file that another copy of the extension merges into its own database.
// A file comes from outside, so it is described in Zod and validated whole before
// anything is written (import-validate.ts).
import { z } from 'zod';
import {
  Annotation,
  Id,
  Organisation,
  Person,
  PolicyEvent,
  Quote,
  Statement,
  Topic,
} from '../schema';
import type { DeletionRow, SyncedTable } from '../storage/db';

/** Written in every file, so a file of any other kind is recognised and refused by name. */
export const SYNC_FORMAT = 'policy-lens-sync';

/**
 * The version this extension writes and reads natively. Bump it whenever the
 * file's shape changes, and register an upgrader from the previous version in
 * upgrade.ts, so files already written keep importing.
 */
export const SYNC_FORMAT_VERSION = 1;

/**
 * The synced tables in the order a reader meets them in a file: a record comes
 * after those it refers to (organisations before the events they issue, statements
 * before their quotes), so a file reads top-down.
 */
export const SYNCED_TABLES = [
  'organisations',
  'events',
  'people',
  'topics',
  'statements',
  'quotes',
  'annotations',
] as const satisfies readonly SyncedTable[];

/** Fails to compile if db.ts gains a synced table this list does not name. */
const everySyncedTableListed: Exclude<SyncedTable, (typeof SYNCED_TABLES)[number]> extends never ? true : never = true;
void everySyncedTableListed;

/** The record type each synced table holds, as it travels (a statement without its derived URL keys). */
export interface SyncRecords {
  organisations: Organisation;
  events: PolicyEvent;
  people: Person;
  topics: Topic;
  statements: Statement;
  quotes: Quote;
  annotations: Annotation;
}
export type SyncRecord = SyncRecords[SyncedTable];

/** A tombstone as it travels: the same shape as the database's DeletionRow. */
export type Deletion = DeletionRow;

const IsoDateTime = z.iso.datetime({ offset: true });

/**
 * Only records the analyst created or edited travel: corpus records ship with
 * every copy of the extension and are refreshed by it, never by a file.
 */
const userOwned = {
  origin: z.literal('user', { error: 'must be "user": a sync file carries only records you created or edited' }),
};

/** What part of the analyst's records a file holds (export.ts decides what each takes in). */
export const ExportScope = z.discriminatedUnion('kind', [
  /** Everything the analyst made or edited, and every tombstone: the file to sync two copies with. */
  z.object({ kind: z.literal('everything') }),
  /** Every highlight, with what they refer to, and the highlights' tombstones. */
  z.object({ kind: z.literal('highlights') }),
  /** One policy event: its statements, their quotes and the highlights made on them. */
  z.object({ kind: z.literal('event'), eventId: Id }),
  /** The highlights carrying one tag (compared without regard to case). */
  z.object({ kind: z.literal('tag'), tag: z.string().min(1) }),
  /** The highlights made on one site, and statements published there, by hostname ("www." ignored). */
  z.object({ kind: z.literal('site'), hostname: z.string().min(1) }),
]);
export type ExportScope = z.infer<typeof ExportScope>;

export const DeletionEntry = z.object({
  table: z.enum(SYNCED_TABLES),
  id: Id,
  deletedAt: IsoDateTime,
});

/** A table absent from a hand-made or trimmed file simply has nothing to merge. */
const tableOf = <T extends z.ZodType>(record: T) => z.array(record).default([]);

/**
 * The file. Fields this version does not know are dropped on import: a file that
 * needs new fields is a new format version, which an older extension refuses by
 * name instead of silently losing them.
 */
export const SyncFile = z.object({
  format: z.literal(SYNC_FORMAT),
  version: z.literal(SYNC_FORMAT_VERSION),
  exportedAt: IsoDateTime,
  scope: ExportScope,
  organisations: tableOf(Organisation.extend(userOwned)),
  events: tableOf(PolicyEvent.extend(userOwned)),
  people: tableOf(Person.extend(userOwned)),
  topics: tableOf(Topic.extend(userOwned)),
  statements: tableOf(Statement.extend(userOwned)),
  quotes: tableOf(Quote.extend(userOwned)),
  annotations: tableOf(Annotation.extend(userOwned)),
  deletions: z.array(DeletionEntry).default([]),
});

/**
 * A file as the merge sees it. Records are typed with the database's types (origin
 * 'corpus' | 'user'), since the same code merges them with local records; a parsed
 * file only ever holds 'user' ones.
 */
export type SyncFile = {
  format: typeof SYNC_FORMAT;
  version: typeof SYNC_FORMAT_VERSION;
  exportedAt: string;
  scope: ExportScope;
  deletions: Deletion[];
} & { [T in SyncedTable]: SyncRecords[T][] };

/** Compile-time check that what Zod parses is a SyncFile. */
const parsedIsSyncFile = (parsed: z.infer<typeof SyncFile>): SyncFile => parsed;
void parsedIsSyncFile;

/** A singular noun per table, for messages and reports ("refers to person …"). */
export const TABLE_NOUN: Record<SyncedTable, string> = {
  organisations: 'organisation',
  events: 'event',
  people: 'person',
  topics: 'topic',
  statements: 'statement',
  quotes: 'quote',
  annotations: 'highlight',
};

/** The plural noun per table ("2 of your highlights will be deleted"). */
export const TABLE_PLURAL: Record<SyncedTable, string> = {
  organisations: 'organisations',
  events: 'events',
  people: 'people',
  topics: 'topics',
  statements: 'statements',
  quotes: 'quotes',
  annotations: 'highlights',
};

/** "1 highlight", "2 people". */
export const countOf = (table: SyncedTable, n: number): string => `${n} ${n === 1 ? TABLE_NOUN[table] : TABLE_PLURAL[table]}`;

/** An empty file of the current version, for exporters and converters to fill. */
export function emptySyncFile(exportedAt: string, scope: ExportScope): SyncFile {
  return {
    format: SYNC_FORMAT,
    version: SYNC_FORMAT_VERSION,
    exportedAt,
    scope,
    ...emptyRecords(),
    deletions: [],
  };
}

export type RecordsByTable = { [T in SyncedTable]: SyncRecords[T][] };

/** No records in any synced table. */
export const emptyRecords = (): RecordsByTable => ({
  organisations: [],
  events: [],
  people: [],
  topics: [],
  statements: [],
  quotes: [],
  annotations: [],
});
