// Which packs hold each corpus record (lib/storage/corpus-install.ts decides what that
// means), stored in few rows: a table's holdings are spread over HOLDING_CHUNKS rows by a
// hash of the record id, each row a few columns. One row per record doubled the rows a
// pack install writes (200,000 records and as many holdings at 50k statements), and in
// Chromium every row written costs about the same whatever its size. An install reads a
// table's holdings whole and rewrites only the chunks whose holdings changed. Beside
// them, one tally per pack (packTallies) says how many records it holds and how many are
// not stored as its own version, so a delta's check reads only the chunks of its ids.
import Dexie, { type Table, type Transaction } from 'dexie';
import { PACK_TABLES, type PackTable } from '../corpus/pack-format';
import type { PackHolding } from './pack-rows';
import { textHash } from './text-hash';

/**
 * Chunks per table: 150,000 quotes (a 50k-statement pack) make chunks of about 600
 * holdings, some 30 KB, below the 64 KB above which Chromium stores a row as a blob;
 * an update changing 100 records rewrites at most 100 of them.
 */
export const HOLDING_CHUNKS = 256;

/** One chunk of a table's holdings, as columns: entry i is ids[i], held by holders[i] (pack ids joined by spaces; ids are slugs). */
export interface HoldingChunkRow {
  table: PackTable;
  chunk: number;
  ids: string[];
  holders: string[];
  sources: string[];
  hashes: Uint32Array;
}

type ChunkTable = Table<HoldingChunkRow, [PackTable, number]>;

export const holdingChunkOf = (id: string): number => textHash(id) % HOLDING_CHUNKS;

/** A table's holdings, by record id. */
export type Holdings = Map<string, PackHolding>;

function decode(row: HoldingChunkRow, into: Holdings): void {
  row.ids.forEach((id, i) => {
    into.set(id, { table: row.table, id, packIds: (row.holders[i] ?? '').split(' '), source: row.sources[i] ?? '', hash: row.hashes[i] ?? 0 });
  });
}

function encode(table: PackTable, chunk: number, holdings: readonly PackHolding[]): HoldingChunkRow {
  return {
    table,
    chunk,
    ids: holdings.map((h) => h.id),
    holders: holdings.map((h) => h.packIds.join(' ')),
    sources: holdings.map((h) => h.source),
    hashes: Uint32Array.from(holdings, (h) => h.hash),
  };
}

const chunksOf = (store: ChunkTable, table: PackTable) => store.where('[table+chunk]').between([table, Dexie.minKey], [table, Dexie.maxKey]);

/** Every holding of `table`'s records. */
export async function readHoldings(store: ChunkTable, table: PackTable): Promise<Holdings> {
  const holdings: Holdings = new Map();
  for (const row of await chunksOf(store, table).toArray()) decode(row, holdings);
  return holdings;
}

/** The holdings of the chunks `ids` fall in (all of each chunk, so writeHoldings can rewrite it): a few records' holdings without decoding the rest. */
export async function readHoldingsOf(store: ChunkTable, table: PackTable, ids: Iterable<string>): Promise<Holdings> {
  const holdings: Holdings = new Map();
  const chunks = [...new Set([...ids].map(holdingChunkOf))];
  for (const row of await store.bulkGet(chunks.map((c): [PackTable, number] => [table, c]))) if (row) decode(row, holdings);
  return holdings;
}

/**
 * What one pack holds of each table, kept up to date by every write of holdings (table
 * packTallies, database version 10): how many records it holds, and how many of them are
 * not stored as its own version (another pack's version is kept, or the hash was reset).
 * Checking a delta needs only these and the holdings of the ids it names, not all of a
 * pack's holdings (200,000 at 50k statements).
 */
export interface PackTallyRow {
  pack: string;
  held: Record<PackTable, number>;
  notOwn: Record<PackTable, number>;
}

type TallyTable = Table<PackTallyRow, string>;

const zeroes = () => Object.fromEntries(PACK_TABLES.map((t) => [t, 0])) as Record<PackTable, number>;

/** Adds `sign` times what the holdings of `row` count for each pack into `into`. */
function tallyChunk(row: HoldingChunkRow, sign: 1 | -1, into: Map<string, PackTallyRow>): void {
  row.ids.forEach((_id, i) => {
    for (const pack of (row.holders[i] ?? '').split(' ')) {
      let tally = into.get(pack);
      if (!tally) into.set(pack, (tally = { pack, held: zeroes(), notOwn: zeroes() }));
      tally.held[row.table] += sign;
      if (row.sources[i] !== pack || row.hashes[i] === 0) tally.notOwn[row.table] += sign;
    }
  });
}

/** Adds the changes `diff` to the stored tallies; a pack that holds nothing any more has none. */
async function addTallies(tallies: TallyTable, diff: Map<string, PackTallyRow>): Promise<void> {
  const packs = [...diff.keys()];
  const put: PackTallyRow[] = [];
  const emptied: string[] = [];
  (await tallies.bulkGet(packs)).forEach((stored, i) => {
    const change = diff.get(packs[i] ?? '');
    if (!change) return;
    const next = { pack: change.pack, held: zeroes(), notOwn: zeroes() };
    for (const t of PACK_TABLES) {
      next.held[t] = (stored?.held[t] ?? 0) + change.held[t];
      next.notOwn[t] = (stored?.notOwn[t] ?? 0) + change.notOwn[t];
    }
    if (PACK_TABLES.some((t) => next.held[t] !== 0)) put.push(next);
    else emptied.push(next.pack);
  });
  await tallies.bulkPut(put);
  await tallies.bulkDelete(emptied);
}

/** The tallies table beside a holdings store (same database, same transaction). */
const talliesOf = (store: ChunkTable): TallyTable => store.db.table('packTallies');

/**
 * Writes `holdings` (all of `table`'s, or all of the chunks of the records in `changed`) back,
 * rewriting only the chunks of the records in `changed`, and brings the packs' tallies up to
 * date from the chunks replaced and their new content.
 */
export async function writeHoldings(store: ChunkTable, table: PackTable, holdings: Holdings, changed: Iterable<string>): Promise<void> {
  const chunks = new Set<number>();
  for (const id of changed) chunks.add(holdingChunkOf(id));
  if (chunks.size === 0) return;
  const diff = new Map<string, PackTallyRow>();
  for (const row of await store.bulkGet([...chunks].map((c): [PackTable, number] => [table, c]))) if (row) tallyChunk(row, -1, diff);
  const { put, emptied } = chunkRows(table, holdings, chunks);
  for (const row of put) tallyChunk(row, 1, diff);
  await store.bulkPut(put);
  await store.bulkDelete(emptied);
  await addTallies(talliesOf(store), diff);
}

/** The rows of `chunks` holding what `holdings` puts in them, and the keys of those left empty. */
function chunkRows(table: PackTable, holdings: Holdings, chunks: ReadonlySet<number>) {
  const members = new Map<number, PackHolding[]>([...chunks].map((c) => [c, []]));
  for (const holding of holdings.values()) members.get(holdingChunkOf(holding.id))?.push(holding);
  const put: HoldingChunkRow[] = [];
  const emptied: [PackTable, number][] = [];
  for (const [chunk, list] of members) {
    if (list.length) put.push(encode(table, chunk, list.sort((a, b) => (a.id < b.id ? -1 : 1))));
    else emptied.push([table, chunk]);
  }
  return { put, emptied };
}

/** The stored tally of pack `packId`; undefined when it holds nothing. */
export const packTally = (store: ChunkTable, packId: string): Promise<PackTallyRow | undefined> => talliesOf(store).get(packId);

/** Which of `ids` (records of `table`) pack `packId` holds, reading only the chunks they fall in. */
export async function heldBy(store: ChunkTable, table: PackTable, packId: string, ids: Iterable<string>): Promise<Set<string>> {
  const wanted = [...new Set(ids)];
  const chunks = [...new Set(wanted.map(holdingChunkOf))];
  const rows = new Map<number, HoldingChunkRow>();
  for (const row of await store.bulkGet(chunks.map((c): [PackTable, number] => [table, c]))) if (row) rows.set(row.chunk, row);
  const held = new Set<string>();
  for (const id of wanted) {
    const row = rows.get(holdingChunkOf(id));
    const i = row ? row.ids.indexOf(id) : -1;
    if (row && i >= 0 && (row.holders[i] ?? '').split(' ').includes(packId)) held.add(id);
  }
  return held;
}

/** The packs' tallies counted afresh from every holding chunk, by pack id: what the stored ones must equal. */
export async function countTallies(store: ChunkTable): Promise<PackTallyRow[]> {
  const tallies = new Map<string, PackTallyRow>();
  for (const row of await store.toArray()) tallyChunk(row, 1, tallies);
  return [...tallies.values()].sort((a, b) => (a.pack < b.pack ? -1 : 1));
}

/** Database version 10: the packs' tallies, counted from the holdings of installed packs. */
export async function tallyHoldings(tx: Transaction): Promise<void> {
  await tx.table<PackTallyRow>('packTallies').bulkPut(await countTallies(tx.table('holdingChunks')));
}

/** What the database holds of one pack, for reading its next version (lib/corpus/pack-lines.ts). */
export interface InstalledLines {
  /** Per table, the hash of each record whose stored version came from this pack: of the line it came from. */
  hashes: Record<PackTable, Map<string, number>>;
  /** Per table, every record this pack holds (its installed version carries), whichever pack's version is stored. */
  held: Record<PackTable, Set<string>>;
}

/** What pack `packId` holds; undefined when it holds nothing (not installed). */
export async function installedLines(store: ChunkTable, packId: string): Promise<InstalledLines | undefined> {
  const hashes = {} as InstalledLines['hashes'];
  const held = {} as InstalledLines['held'];
  let any = false;
  for (const table of PACK_TABLES) {
    hashes[table] = new Map();
    held[table] = new Set();
    for (const row of await chunksOf(store, table).toArray()) {
      row.ids.forEach((id, i) => {
        const holders = row.holders[i] ?? '';
        if (holders !== packId && !holders.split(' ').includes(packId)) return;
        any = true;
        held[table].add(id);
        if (row.sources[i] === packId) hashes[table].set(id, row.hashes[i] ?? 0);
      });
    }
  }
  return any ? { hashes, held } : undefined;
}

/** Every holding, in table then id order: what tests compare. */
export async function allHoldings(store: ChunkTable): Promise<PackHolding[]> {
  const all: PackHolding[] = [];
  for (const table of PACK_TABLES) all.push(...(await readHoldings(store, table)).values());
  return all.sort((a, b) => a.table.localeCompare(b.table) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One record's holding. */
export async function holdingOf(store: ChunkTable, table: PackTable, id: string): Promise<PackHolding | undefined> {
  return (await readChunk(store, table, holdingChunkOf(id))).get(id);
}

/**
 * Makes the next install of the record's pack compare it again rather than skip it
 * (hash 0 matches no content): after its stored version was replaced by other means.
 */
export async function forgetHoldingHash(store: ChunkTable, table: PackTable, id: string): Promise<void> {
  const holdings = await readChunk(store, table, holdingChunkOf(id));
  const holding = holdings.get(id);
  if (!holding) return;
  holdings.set(id, { ...holding, hash: 0 });
  await writeHoldings(store, table, holdings, [id]);
}

async function readChunk(store: ChunkTable, table: PackTable, chunk: number): Promise<Holdings> {
  const holdings: Holdings = new Map();
  const row = await store.get([table, chunk]);
  if (row) decode(row, holdings);
  return holdings;
}

/**
 * Database version 9: the holdings stored one row per record (versions 4 to 8) are
 * regrouped into chunks. Nothing else changes, so installed packs keep every record.
 */
export async function chunkHoldings(tx: Transaction): Promise<void> {
  const old = await tx.table<PackHolding>('packHoldings').toArray();
  const store = tx.table('holdingChunks') as ChunkTable;
  for (const table of PACK_TABLES) {
    const holdings: Holdings = new Map(old.filter((h) => h.table === table).map((h) => [h.id, h]));
    // Written as they are: the packs' tallies come at version 10 (tallyHoldings).
    await store.bulkPut(chunkRows(table, holdings, new Set([...holdings.keys()].map(holdingChunkOf))).put);
  }
}
