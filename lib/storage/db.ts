// The one IndexedDB database, in the extension's own origin (background and
// extension pages only: a content script's IndexedDB belongs to the web page).
// Versions are append-only: each new version gets an upgrade and a test.
import Dexie, { type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import type { PageMetadata } from '../capture/page-metadata';
import type { IndexedDoc } from '../matching/index-types';
import type { SyncBaseRow } from '../sync/sync-bases';
import type { BucketRow } from './fingerprint-buckets';
import type { Annotation, Organisation, Person, PolicyEvent, Quote, Statement, Topic } from '../schema';
import { urlKeys } from '../url-key';

export const DB_NAME = 'policy-lens';

/** A statement as stored: with the lookup keys of all its known URLs, for the URL index. */
export type StatementRow = Statement & { urlKeys: string[] };

export type MetaRow =
  | { key: 'corpusVersion'; value: number }
  | { key: 'indexFormat'; value: string }
  /** The Bloom filter of every hash in the text index (lib/matching/bloom-filter.ts). */
  | { key: 'indexFilter'; value: Uint32Array };


/** What a content script read from a page to capture it as a statement. */
export interface PendingCapture {
  id: string;
  url: string;
  metadata: PageMetadata;
  createdAt: string;
}

/** A deleted record, remembered so that sync can tell "deleted here" from "never seen". */
export interface DeletionRow {
  table: SyncedTable;
  id: string;
  deletedAt: string;
  /** Set when the tombstone came from a file and this copy never held the record: kept for a while only (lib/sync/tombstones.ts). */
  learnedAt?: string;
  /** The record as it was when deleted here, so the Dashboard can restore it (lib/dashboard/delete-record.ts). */
  record?: unknown;
}

export type SyncedTable = 'events' | 'organisations' | 'people' | 'statements' | 'quotes' | 'topics' | 'annotations';

export type PolicyLensDb = Dexie & {
  events: EntityTable<PolicyEvent, 'id'>;
  organisations: EntityTable<Organisation, 'id'>;
  people: EntityTable<Person, 'id'>;
  statements: EntityTable<StatementRow, 'id'>;
  quotes: EntityTable<Quote, 'id'>;
  topics: EntityTable<Topic, 'id'>;
  annotations: EntityTable<Annotation, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  indexedDocs: EntityTable<IndexedDoc, 'idx'>;
  fingerprintBuckets: EntityTable<BucketRow, 'bucket'>;
  deletions: Table<DeletionRow, [SyncedTable, string]>;
  syncBases: EntityTable<SyncBaseRow, 'table'>;
  pendingCaptures: EntityTable<PendingCapture, 'id'>;
};

export function statementUrlKeys(statement: Statement): string[] {
  return urlKeys([statement.canonicalUrl, ...statement.otherUrls]);
}

interface SchemaVersion {
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

/** Index n holds version n + 1. Never edit a shipped entry: append a new one. */
const VERSIONS: readonly SchemaVersion[] = [
  {
    stores: {
      events: 'id',
      organisations: 'id',
      people: 'id',
      statements: 'id, eventId, publisherId',
      quotes: 'id, statementId, speakerId, organisationId',
      topics: 'id',
      annotations: 'id, url',
      meta: 'key',
    },
  },
  {
    // Recognising a page by its URL needs an index over every URL a statement is known by.
    stores: { statements: 'id, eventId, publisherId, *urlKeys' },
    upgrade: (tx) =>
      tx
        .table<StatementRow>('statements')
        .toCollection()
        .modify((row) => {
          row.urlKeys = statementUrlKeys(row);
        }),
  },
  {
    // The text index for recognising statements and quotes by their words (derived data,
    // rebuilt from statements and quotes at start: storage/text-index.ts), the indexes
    // highlights need, and tombstones. New tables and indexes only, so no upgrade function.
    stores: {
      indexedDocs: 'idx, refId, statementId',
      fingerprintBuckets: 'bucket',
      // Saved highlights are looked up by page, and filtered by tag, speaker, organisation and date.
      annotations: 'id, url, updatedAt, *tags, statementId, speakerId, organisationId',
      // Tombstones, so that an import never resurrects what the user deleted (lib/sync),
      // and what each record was when it last travelled through a sync file.
      deletions: '[table+id], deletedAt',
      syncBases: 'table',
      // A page handed from a content script to the capture page ("Capture this page").
      pendingCaptures: 'id',
    },
  },
  {
    // Highlights in a PDF are found again by the document's fingerprint, also at another
    // address or from disk (lib/storage/pdf-annotations.ts). A new index only: no upgrade.
    stores: { annotations: 'id, url, updatedAt, *tags, statementId, speakerId, organisationId, pdf.fingerprint' },
  },
];

export const LATEST_VERSION = VERSIONS.length;

/** Declares versions 1..upTo on a Dexie instance; tests use upTo to build an older database. */
export function declareVersions(db: Dexie, upTo: number = LATEST_VERSION): void {
  VERSIONS.slice(0, upTo).forEach((v, i) => {
    const version = db.version(i + 1).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  });
}

export function openDatabase(name: string = DB_NAME, options?: DexieOptions): PolicyLensDb {
  const db = new Dexie(name, options) as PolicyLensDb;
  declareVersions(db);
  return db;
}
