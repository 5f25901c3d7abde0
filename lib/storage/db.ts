// The one IndexedDB database, in the extension's own origin (background and
// extension pages only: a content script's IndexedDB belongs to the web page).
// Versions are append-only: each new version gets an upgrade and a test.
import Dexie, { type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import type { PageMetadata } from '../capture/page-metadata';
import type { IndexedDoc } from '../matching/index-types';
import type { BucketRow } from './fingerprint-buckets';
import { blockIndexDocs } from './index-blocks';
import { convertIndexLayout } from './index-convert';
import { type HoldingChunkRow, type PackTallyRow, chunkHoldings, tallyHoldings } from './pack-holdings';
import type { PackHolding, PackRow } from './pack-rows';
import type { Annotation, Organisation, Person, PolicyEvent, Quote, Statement, Topic } from '../schema';
import { type CorpusTables, type LooseQuotes, type LooseStatements, type QuoteChunks, type StatementChunks, corpusRows, fileOwnRecords, statementUrlKeys } from './corpus-records';
import type { DirectoryTable } from './key-directory';

export const DB_NAME = 'policy-lens';

/** A statement as stored up to version 12: with the lookup keys of all its known URLs, for the URL index. */
type LegacyStatementRow = Statement & { urlKeys: string[] };

/**
 * An indexed document as stored: with the hashes it put in the index, so that it can
 * be taken out again without its text, and the `updatedAt` of the record it indexes,
 * so that a changed record can be told from an unchanged one without reindexing it.
 */
export type IndexDocRow = IndexedDoc & { hashes: Uint32Array; stamp: string };

/**
 * The indexed documents of one statement (the statement and its quotes): a statement is
 * what an update re-indexes. Its documents are numbered group·GROUP_SPAN + j
 * (lib/storage/index-delta.ts), so a document's number names its group, and the group
 * its block (IndexBlockRow), the row it is stored in.
 */
export interface IndexGroupRow {
  group: number;
  statementId: string;
  docs: IndexDocRow[];
}

/** The index rows of up to GROUPS_PER_BLOCK consecutive statement numbers, stored as one row (storage/index-blocks.ts). */
export interface IndexBlockRow {
  block: number;
  statementIds: string[];
  groups: IndexGroupRow[];
}

/** One chunk of the text index's Bloom filter, with the revision of the index that last changed it. */
export interface FilterChunkRow {
  chunk: number;
  bits: Uint32Array;
  revision: number;
}

export type MetaRow =
  | { key: 'corpusVersion'; value: number }
  | { key: 'indexFormat'; value: string }
  /** Which set of text-index tables is in use (0: textDocs…, 1: textDocs1…): the pointer a rebuild swaps. */
  | { key: 'indexSlot'; value: 0 | 1 }
  /** Bumped by every write to the index (its revision), so a reader knows which filter chunks to read again. */
  | { key: 'indexGeneration'; value: number }
  /** Hashes the Bloom filter was sized for, and hashes added since: past twice the size, it is made again. */
  | { key: 'indexFilterLoad'; value: { sizedFor: number; added: number } }
  /** Hashes added to the index whose filter chunks are not yet written: readers add them to the filter they read. */
  | { key: 'indexFilterPending'; value: Uint32Array };


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

/** The published version of a corpus record that an import rewrote with the analyst's consent (lib/sync/published-copies.ts). */
export interface PublishedCopyRow {
  table: SyncedTable;
  id: string;
  /** The corpus record as it was before the import replaced it. */
  record: unknown;
  replacedAt: string;
}

/** What each synced table's records were when they last travelled through a sync file (lib/sync/sync-bases.ts). */
export interface SyncBaseRow {
  table: SyncedTable;
  /** Record id → version tag (lib/sync/merge.ts versionTag) last exchanged through a file. */
  agreed: Map<string, string>;
}

export type SyncedTable = 'events' | 'organisations' | 'people' | 'statements' | 'quotes' | 'topics' | 'annotations';

export type PolicyLensDb = Dexie & {
  events: EntityTable<PolicyEvent, 'id'>;
  organisations: EntityTable<Organisation, 'id'>;
  people: EntityTable<Person, 'id'>;
  statementChunks: StatementChunks;
  statementLoose: LooseStatements;
  quoteChunks: QuoteChunks;
  quoteLoose: LooseQuotes;
  corpusKeys: DirectoryTable;
  topics: EntityTable<Topic, 'id'>;
  annotations: EntityTable<Annotation, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  deletions: Table<DeletionRow, [SyncedTable, string]>;
  syncBases: EntityTable<SyncBaseRow, 'table'>;
  pendingCaptures: EntityTable<PendingCapture, 'id'>;
  packs: EntityTable<PackRow, 'id'>;
  holdingChunks: Table<HoldingChunkRow, [HoldingChunkRow['table'], number]>;
  packTallies: EntityTable<PackTallyRow, 'pack'>;
  publishedCopies: Table<PublishedCopyRow, [SyncedTable, string]>;
  textBlocks: EntityTable<IndexBlockRow, 'block'>;
  textBuckets: EntityTable<BucketRow, 'bucket'>;
  textFilter: EntityTable<FilterChunkRow, 'chunk'>;
  textBlocks1: EntityTable<IndexBlockRow, 'block'>;
  textBuckets1: EntityTable<BucketRow, 'bucket'>;
  textFilter1: EntityTable<FilterChunkRow, 'chunk'>;
};

interface SchemaVersion {
  stores: Record<string, string | null>;
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
        .table<LegacyStatementRow>('statements')
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
    // Corpus packs (lib/corpus/pack-format.ts): the installed and subscribed packs, and
    // which packs hold each corpus record. A second pair of text-index tables, so a full
    // rebuild is written beside the index in use and replaces it in one step
    // (storage/text-index.ts). Corpus records installed before packs existed came from
    // the bundled corpus, so they are recorded as held by the bundled pack.
    stores: {
      packs: 'id',
      packHoldings: '[table+id], *packIds',
      indexedDocs1: 'idx, refId, statementId',
      fingerprintBuckets1: 'bucket',
    },
    upgrade: (tx) => holdLegacyCorpusRecords(tx),
  },
  {
    // Highlights in a PDF are found again by the document's fingerprint, also at another
    // address or from disk (lib/storage/pdf-annotations.ts). A new index only: no upgrade.
    stores: { annotations: 'id, url, updatedAt, *tags, statementId, speakerId, organisationId, pdf.fingerprint' },
  },
  {
    // The published text of corpus records an import rewrote with consent, so the analyst
    // can restore it (lib/sync/published-copies.ts). A new table only: no upgrade.
    stores: { publishedCopies: '[table+id]' },
  },
  {
    // The text index in fewer, larger rows (storage/text-index.ts): one row per statement
    // for its documents, 16,384 buckets of postings, and the Bloom filter in chunks so a
    // capture rewrites only the chunks it touches. Two sets of tables, so a rebuild is
    // written beside the index in use. The index in use is converted, not rebuilt, so the
    // first start after the update answers from it at once.
    stores: {
      textDocs: 'group, statementId',
      textBuckets: 'bucket',
      textFilter: 'chunk, revision',
      textDocs1: 'group, statementId',
      textBuckets1: 'bucket',
      textFilter1: 'chunk, revision',
      indexedDocs: null,
      fingerprintBuckets: null,
      indexedDocs1: null,
      fingerprintBuckets1: null,
    },
    upgrade: (tx) => convertIndexLayout(tx),
  },
  {
    // The sidebar reads only what it shows (lib/storage/event-counterparts.ts,
    // voice-statements.ts): an event's newest statements, and the same voices' newest
    // statements, found from index keys without loading the rows. New indexes only.
    stores: {
      statements: 'id, eventId, publisherId, *urlKeys, [eventId+publishedDate], publishedDate',
      quotes: 'id, statementId, speakerId, organisationId, [speakerId+statementId], [organisationId+statementId]',
    },
  },
  {
    // Which packs hold each corpus record, in chunks of a few hundred records rather than
    // one row per record (storage/pack-holdings.ts): installing a pack wrote as many
    // holding rows as records. The holdings are regrouped, so installed packs keep theirs.
    stores: { holdingChunks: '[table+chunk]', packHoldings: null },
    upgrade: (tx) => chunkHoldings(tx),
  },
  {
    // What each pack holds of each table, and how much of it is stored as another pack's
    // version (storage/pack-holdings.ts): checking a delta read every holding chunk of all
    // six tables to learn it. Counted from the holdings of installed packs.
    stores: { packTallies: 'pack' },
    upgrade: (tx) => tallyHoldings(tx),
  },
  {
    // Fewer index entries per row, so installing a large pack writes less (issue 12): every
    // secondary index is one more entry per row written. `publisherId` was never queried;
    // `where('eventId')` is answered by [eventId+publishedDate] (Dexie serves the first part
    // of a compound index as a "virtual index", and every statement has a publishedDate);
    // the [voice+statementId] indexes are no longer walked (storage/voice-statements.ts
    // reads a voice's quotes through speakerId / organisationId). Indexes dropped only: no upgrade.
    stores: {
      statements: 'id, *urlKeys, [eventId+publishedDate], publishedDate',
      quotes: 'id, statementId, speakerId, organisationId',
    },
  },
  {
    // The text index's documents in blocks of 16 statements per row (storage/index-blocks.ts):
    // a 50k-statement install wrote one row per statement, 11.7 s of its index step. The rows
    // are regrouped, numbers unchanged, so the buckets and filter stay as they are.
    stores: { textBlocks: 'block, *statementIds', textBlocks1: 'block, *statementIds', textDocs: null, textDocs1: null },
    upgrade: (tx) => blockIndexDocs(tx),
  },
  {
    // Statements and quotes many to a row (storage/record-chunks.ts, corpus-records.ts): a
    // 50k-statement pack wrote 200,000 rows, 46 s at IndexedDB's per-row floor (issue 12).
    // No secondary index: a record's chunk is a hash, other lookups are rows of corpusKeys
    // (storage/key-directory.ts). The rows move across.
    stores: {
      statementChunks: 'chunk',
      quoteChunks: 'chunk',
      corpusKeys: 'key',
      statements: null,
      quotes: null,
    },
    upgrade: (tx) => chunkRecords(tx),
  },
  {
    // Records a small write changes stored beside their chunk, one row each (storage/
    // record-chunks.ts): an update of 100 statements rewrote 200 chunk rows of about 200 KB
    // at 50k statements (issue 12). New tables, empty: the chunk rows stay as they are. And
    // the user's own statements and quotes get a directory row each, filed from the records
    // (the Corpus sources panel read the whole corpus to count them).
    stores: { statementLoose: '[chunk+id]', quoteLoose: '[chunk+id]' },
    upgrade: (tx) => fileOwnRecords(corpusTablesOf(tx)),
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

/** The id of the bundled seed corpus as a pack (lib/corpus/bundled-corpus.ts). */
export const BUNDLED_PACK_ID = 'policy-lens-seed';

async function holdLegacyCorpusRecords(tx: Transaction): Promise<void> {
  const tables = ['events', 'organisations', 'people', 'topics', 'statements', 'quotes'] as const;
  for (const table of tables) {
    const ids = await tx
      .table<{ id: string; origin: string }>(table)
      .filter((r) => r.origin === 'corpus')
      .primaryKeys();
    // hash 0 matches no content, so the next install of the bundled pack compares each record.
    await tx.table<PackHolding>('packHoldings').bulkPut(ids.map((id) => ({ table, id, packIds: [BUNDLED_PACK_ID], source: BUNDLED_PACK_ID, hash: 0 })));
  }
}

const corpusTablesOf = (tx: Transaction): CorpusTables => ({
  statementChunks: tx.table('statementChunks'),
  statementLoose: tx.table('statementLoose'),
  quoteChunks: tx.table('quoteChunks'),
  quoteLoose: tx.table('quoteLoose'),
  corpusKeys: tx.table('corpusKeys'),
});

async function chunkRecords(tx: Transaction): Promise<void> {
  const statements = (await tx.table<LegacyStatementRow>('statements').toArray()).map(({ urlKeys: _derived, ...statement }) => statement);
  // The tables are new and empty, so the rows are built whole (version 14's loose rows do not exist yet).
  const rows = corpusRows(statements, await tx.table<Quote>('quotes').toArray());
  await tx.table('statementChunks').bulkPut(rows.statementChunks);
  await tx.table('quoteChunks').bulkPut(rows.quoteChunks);
  await tx.table('corpusKeys').bulkPut(rows.corpusKeys);
}

export function openDatabase(name: string = DB_NAME, options?: DexieOptions): PolicyLensDb {
  const db = new Dexie(name, options) as PolicyLensDb;
  declareVersions(db);
  return db;
}
