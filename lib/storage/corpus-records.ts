// The corpus's statements and quotes as every reader and writer sees them (database
// version 13). A statement is stored in the chunk its id hashes to, a quote in the chunk of
// its statement's id (record-chunks.ts), so a statement and "its quotes" are each one row
// read; every other lookup (an address, an event, a date, a quote's id, a voice) is a row
// of the key directory (key-directory.ts), written with the records in one transaction.
import type { Table } from 'dexie';
import type { Quote, Statement } from '../schema';
import { urlKeys } from '../url-key';
import type { PolicyLensDb } from './db';
import { type DirectoryRow, type Entry, directoryRows, editDirectory, entriesOf, readRows, rowsBetween } from './key-directory';
import { type Chunked, type ChunkRow, type ChunkTable, type LooseTable, type Stored, chunkOf, chunkRows, editChunks, inIdOrder, readAll, readChunks } from './record-chunks';

export { inIdOrder } from './record-chunks';
import { textHash } from './text-hash';

export type StatementChunks = ChunkTable<Statement>;
export type QuoteChunks = ChunkTable<Quote>;
export type LooseStatements = LooseTable<Statement>;
export type LooseQuotes = LooseTable<Quote>;
/** What the functions here read and write: a database, or an upgrade's tables. */
export type CorpusTables = Pick<PolicyLensDb, 'statementChunks' | 'statementLoose' | 'quoteChunks' | 'quoteLoose' | 'corpusKeys'>;
const statementTable = (db: CorpusTables): Chunked<Statement> => ({ rows: db.statementChunks, loose: db.statementLoose });
const quoteTable = (db: CorpusTables): Chunked<Quote> => ({ rows: db.quoteChunks, loose: db.quoteLoose });

export function statementUrlKeys(statement: Pick<Statement, 'canonicalUrl' | 'otherUrls'>): string[] {
  return urlKeys([statement.canonicalUrl, ...statement.otherUrls]);
}

/** Joins a directory row's kind and name; ids, dates and URL keys never hold it. */
const SEP = '\u0000';
/** Sorts after every row key of a kind. */
const LAST = '\uffff';
const row = (kind: string, name: string) => `${kind}${SEP}${name}`;

/**
 * Rows that addresses and quote ids are spread over by hash: a lookup reads one row, and a
 * 50,000-statement corpus (100,000 addresses, 150,000 quotes) keeps rows of a few hundred.
 */
const HASH_ROWS = 256;
const hashRow = (kind: string, key: string) => row(kind, String(textHash(key) % HASH_ROWS));
const urlRow = (urlKey: string) => hashRow('url', urlKey);
const quoteRow = (quoteId: string) => hashRow('quote', quoteId);
const eventRow = (eventId: string) => row('event', eventId);
/** Statements by month ("2022-03"): a date range reads its months' rows. */
const monthRow = (date: string) => row('month', date.slice(0, 7));

/** Who a quote is counted for: its speaker, or its organisation. */
export type VoiceField = 'speakerId' | 'organisationId';
const voiceRow = (field: VoiceField, id: string) => row(field, id);

/**
 * The user's own statements and quotes (origin "user"), each kind in one row: what the
 * Corpus sources panel counts and "Publish as a pack" exports, without reading the corpus.
 */
const ownRow = (kind: 'statements' | 'quotes') => row('own', kind);

/** Where a statement is filed: its addresses (with the key), its event and its month (with its date), and whether it is the user's own. */
const statementEntries = (s: Statement): Entry[] => [
  ...statementUrlKeys(s).map((key): Entry => [urlRow(key), s.id, key]),
  [eventRow(s.eventId), s.id, s.publishedDate],
  [monthRow(s.publishedDate), s.id, s.publishedDate],
  ...(s.origin === 'user' ? [[ownRow('statements'), s.id, s.publishedDate] as const] : []),
];

/** Where a quote is filed, each time with its statement: by its id, its speaker, its organisation, and whether it is the user's own. */
const quoteEntries = (q: Quote): Entry[] => [
  [quoteRow(q.id), q.id, q.statementId],
  ...(q.speakerId ? [[voiceRow('speakerId', q.speakerId), q.id, q.statementId] as const] : []),
  [voiceRow('organisationId', q.organisationId), q.id, q.statementId],
  ...(q.origin === 'user' ? [[ownRow('quotes'), q.id, q.statementId] as const] : []),
];

/** How many of the stored statements or quotes are the user's own, from their row. */
export const ownCount = async (db: CorpusTables, kind: 'statements' | 'quotes'): Promise<number> => (await readRows(db.corpusKeys, [ownRow(kind)])).get(ownRow(kind))?.ids.length ?? 0;

/**
 * Writes the rows of the user's own statements and quotes afresh from the records
 * (database version 14's upgrade: earlier versions kept no such rows; version 13's upgrade,
 * run just before it, may have written them already).
 */
export async function fileOwnRecords(db: CorpusTables): Promise<void> {
  const statements = (await allStatements(db)).flatMap((s) => statementEntries(s).filter(([key]) => key === ownRow('statements')));
  const quotes = (await allQuotes(db)).flatMap((q) => quoteEntries(q).filter(([key]) => key === ownRow('quotes')));
  await db.corpusKeys.bulkDelete([ownRow('statements'), ownRow('quotes')]);
  await db.corpusKeys.bulkPut(directoryRows([...statements, ...quotes]));
}

const statementChunk = (s: Statement) => chunkOf(s.id);
const quoteChunk = (q: Quote) => chunkOf(q.statementId);

/** Rows an install writes into an empty database: what a bench's bare write of the same records stores. */
export const corpusRows = (statements: readonly Statement[], quotes: readonly Quote[]): { statementChunks: ChunkRow<Statement>[]; quoteChunks: ChunkRow<Quote>[]; corpusKeys: DirectoryRow[] } => ({
  statementChunks: chunkRows(statementChunk, statements),
  quoteChunks: chunkRows(quoteChunk, quotes),
  corpusKeys: directoryRows([...statements.flatMap(statementEntries), ...quotes.flatMap(quoteEntries)]),
});

/** The tables a transaction over statements and quotes names. */
export const recordTables = (db: CorpusTables): Table[] => [...new Set([...statementTables(db), ...quoteTables(db)])];
/** The tables writing statements names, and those writing quotes: each's chunk rows, loose rows and the directory. */
export const statementTables = (db: CorpusTables): Table[] => [db.statementChunks, db.statementLoose, db.corpusKeys];
export const quoteTables = (db: CorpusTables): Table[] => [db.quoteChunks, db.quoteLoose, db.corpusKeys];

/**
 * Runs `write` in a transaction over `tables`. It must be an async function: Dexie keeps the
 * transaction across native awaits only for a scope function it sees is async.
 */
const inWrite = (db: CorpusTables, tables: Table[], write: () => Promise<void>): Promise<void> => db.corpusKeys.db.transaction('rw', tables, write);
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Ids in date order, ties in id order, from (id, date) pairs. */
const byDate = (entries: [id: string, date: string][]) => entries.sort(([a, da], [b, db]) => byId(da, db) || byId(a, b)).map(([id]) => id);

// Statements

export async function getStatements(db: CorpusTables, ids: readonly string[]): Promise<(Statement | undefined)[]> {
  const chunks = await readChunks(statementTable(db), ids.map(chunkOf));
  const found = new Map([...chunks.values()].flat().map((s) => [s.id, s]));
  return ids.map((id) => found.get(id));
}

export const getStatement = async (db: CorpusTables, id: string) => (await getStatements(db, [id]))[0];
/** Every statement, in id order (`between` runs between pages of chunks read). */
export const allStatements = async (db: CorpusTables, between?: () => Promise<void>) => inIdOrder(await readAll(statementTable(db), between));

/** Every statement's id, in id order, from the events' rows (every statement has one event). */
export const statementIds = async (db: CorpusTables): Promise<string[]> => entriesOf(await rowsBetween(db.corpusKeys, row('event', ''), row('event', LAST))).map(([id]) => id).sort(byId);
export const statementCount = async (db: CorpusTables): Promise<number> => (await rowsBetween(db.corpusKeys, row('event', ''), row('event', LAST))).reduce((n, r) => n + r.ids.length, 0);

/** Writes `statements` in the caller's transaction, which names the statements' tables (an upgrade's, say). */
export async function writeStatements(db: CorpusTables, statements: readonly Statement[]): Promise<void> {
  const before = await editChunks(statementTable(db), statementChunk, statements);
  await editDirectory(db.corpusKeys, before.flatMap(statementEntries), statements.flatMap(statementEntries));
}

export const putStatements = (db: CorpusTables, statements: readonly Statement[]): Promise<void> =>
  statements.length === 0 ? Promise.resolve() : inWrite(db, statementTables(db), async () => await writeStatements(db, statements));

export const deleteStatements = (db: CorpusTables, ids: readonly string[]): Promise<void> =>
  ids.length === 0 ? Promise.resolve() : inWrite(db, statementTables(db), async () => {
    const before = await editChunks(statementTable(db), statementChunk, [], ids.map((id): Stored => ({ id, chunk: chunkOf(id) })));
    await editDirectory(db.corpusKeys, before.flatMap(statementEntries), []);
  });

/** A statement known by one of `keys` (lib/url-key.ts): for the first key (in key order) that one is known by, its statement of smallest id. */
export async function statementByUrlKeys(db: CorpusTables, keys: readonly string[]): Promise<Statement | undefined> {
  const rows = await readRows(db.corpusKeys, keys.map(urlRow));
  for (const wanted of [...keys].sort()) {
    const [first] = entriesOf([rows.get(urlRow(wanted))].filter((r) => r !== undefined))
      .flatMap(([id, key]) => (key === wanted ? [id] : []))
      .sort(byId);
    if (first !== undefined) return getStatement(db, first);
  }
  return undefined;
}

const eventEntries = async (db: CorpusTables, eventId: string) => entriesOf((await readRows(db.corpusKeys, [eventRow(eventId)])).values());

/** The ids of an event's statements, oldest first (ties in id order). */
export const statementIdsOfEvent = async (db: CorpusTables, eventId: string): Promise<string[]> => byDate(await eventEntries(db, eventId));

/** How many statements an event has, from its row. */
export const statementCountOfEvent = async (db: CorpusTables, eventId: string): Promise<number> => (await eventEntries(db, eventId)).length;

/** The ids of an event's `limit` newest statements, newest first (ties in reversed id order). */
export const newestStatementIdsOfEvent = async (db: CorpusTables, eventId: string, limit: number): Promise<string[]> =>
  (await statementIdsOfEvent(db, eventId)).reverse().slice(0, limit);

/** An event's statements, oldest first. */
export const statementsOfEvent = async (db: CorpusTables, eventId: string): Promise<Statement[]> =>
  (await getStatements(db, await statementIdsOfEvent(db, eventId))).filter((s) => s !== undefined);

/** The ids of the statements published from `from` to `to` (ISO dates, both included), oldest first. */
export async function statementIdsPublishedBetween(db: CorpusTables, from: string, to: string): Promise<string[]> {
  if (from > to) return [];
  const months = await rowsBetween(db.corpusKeys, monthRow(from), monthRow(to));
  return byDate(entriesOf(months).filter(([, date]) => date >= from && date <= to));
}

/** Every statement's id, oldest first (ties in id order). */
export const statementIdsByDate = async (db: CorpusTables): Promise<string[]> => byDate(entriesOf(await rowsBetween(db.corpusKeys, row('month', ''), row('month', LAST))));

// Quotes

/** The statement each of `quoteIds` is filed under (absent: no such quote). */
async function statementsOfQuotes(db: CorpusTables, quoteIds: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(quoteIds);
  const rows = await readRows(db.corpusKeys, quoteIds.map(quoteRow));
  return new Map(entriesOf(rows.values()).filter(([id]) => wanted.has(id)));
}

/** Which of `ids` are stored quotes, from the directory alone. */
export const storedQuoteIds = async (db: CorpusTables, ids: readonly string[]): Promise<string[]> => [...(await statementsOfQuotes(db, ids)).keys()];

export async function getQuotes(db: CorpusTables, ids: readonly string[]): Promise<(Quote | undefined)[]> {
  const filed = await statementsOfQuotes(db, ids);
  const chunks = await readChunks(quoteTable(db), [...filed.values()].map(chunkOf));
  const found = new Map([...chunks.values()].flat().map((q) => [q.id, q]));
  return ids.map((id) => found.get(id));
}

/** Every quote, in id order. */
export const allQuotes = async (db: CorpusTables, between?: () => Promise<void>) => inIdOrder(await readAll(quoteTable(db), between));
const quoteRows = (db: CorpusTables) => rowsBetween(db.corpusKeys, row('quote', ''), row('quote', LAST));
export const quoteIds = async (db: CorpusTables): Promise<string[]> => entriesOf(await quoteRows(db)).map(([id]) => id).sort(byId);
export const quoteCount = async (db: CorpusTables): Promise<number> => (await quoteRows(db)).reduce((n, r) => n + r.ids.length, 0);

/** Writes `quotes` in the caller's transaction, which names the quotes' tables (an upgrade's, say). */
export async function writeQuotes(db: CorpusTables, quotes: readonly Quote[]): Promise<void> {
  const filed = await statementsOfQuotes(db, quotes.map((q) => q.id));
  // A quote moved to another statement leaves its old statement's chunk.
  const moved = quotes.flatMap((q): Stored[] => {
    const was = filed.get(q.id);
    return was !== undefined && was !== q.statementId ? [{ id: q.id, chunk: chunkOf(was) }] : [];
  });
  const before = await editChunks(quoteTable(db), quoteChunk, quotes, moved);
  await editDirectory(db.corpusKeys, before.flatMap(quoteEntries), quotes.flatMap(quoteEntries));
}

export const putQuotes = (db: CorpusTables, quotes: readonly Quote[]): Promise<void> => quotes.length === 0 ? Promise.resolve() : inWrite(db, quoteTables(db), async () => await writeQuotes(db, quotes));

export const deleteQuotes = (db: CorpusTables, ids: readonly string[]): Promise<void> =>
  ids.length === 0 ? Promise.resolve() : inWrite(db, quoteTables(db), async () => {
    const filed = await statementsOfQuotes(db, ids);
    const before = await editChunks(quoteTable(db), quoteChunk, [], [...filed].map(([id, statementId]): Stored => ({ id, chunk: chunkOf(statementId) })));
    await editDirectory(db.corpusKeys, before.flatMap(quoteEntries), []);
  });

/** The quotes of `statementIds`, statement by statement in the order given, each statement's in id order. */
export async function quotesOfStatements(db: CorpusTables, statementIds: readonly string[]): Promise<Quote[]> {
  const chunks = await readChunks(quoteTable(db), statementIds.map(chunkOf));
  // A chunk's records are in id order, so each statement's quotes are.
  return statementIds.flatMap((id) => (chunks.get(chunkOf(id)) ?? []).filter((q) => q.statementId === id));
}

/** The quotes of a speaker or an organisation, in id order. */
export async function quotesOfVoice(db: CorpusTables, field: VoiceField, id: string): Promise<Quote[]> {
  const filed = entriesOf((await readRows(db.corpusKeys, [voiceRow(field, id)])).values());
  const wanted = new Set(filed.map(([quoteId]) => quoteId));
  const chunks = await readChunks(quoteTable(db), filed.map(([, statementId]) => chunkOf(statementId)));
  return [...chunks.values()].flat().filter((q) => wanted.has(q.id)).sort((a, b) => byId(a.id, b.id));
}

/** How many quotes a speaker or an organisation has, from its row. */
export const quoteCountOfVoice = async (db: CorpusTables, field: VoiceField, id: string): Promise<number> =>
  (await readRows(db.corpusKeys, [voiceRow(field, id)])).get(voiceRow(field, id))?.ids.length ?? 0;
