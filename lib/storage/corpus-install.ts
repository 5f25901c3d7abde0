// Installs corpus packs (the bundled one, subscriptions, files) into the database and
// takes them out again. Every record remembers which packs hold it (pack-holdings.ts):
// two packs carrying one record keep one record, whose content comes from the most
// recently published of them; the record goes only when the last pack drops it. A
// record the user made or edited (origin "user") is never touched, and one the user
// deleted (a tombstone) is never brought back. One transaction per pack, the text index's
// update included, so a pack that fails half-way (a full disk) leaves everything as it was.
import Dexie, { type Table } from 'dexie';
import type { CorpusDelta, DeltaBase, DeltaValidation } from '../corpus/delta-validate';
import type { CorpusPack, PackHeader, PackSource, PackTable } from '../corpus/pack-format';
import { PACK_TABLES, asciiJson } from '../corpus/pack-format';
import type { Origin, Quote, Statement } from '../schema';
import type { PolicyLensDb } from './db';
import { deltaBase } from './pack-delta-base';
import { readHoldings, readHoldingsOf, writeHoldings } from './pack-holdings';
import type { PackHolding, PackRow } from './pack-rows';
import { type RecordStore, recordStore } from './record-store';
import { textHash } from './text-hash';
import { indexTables, updateTextIndex, type WrittenRows } from './text-index';

export interface InstallReport {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  keptUserRecords: number;
  /** Corpus records the user deleted (a tombstone, from here or from an imported file): not brought back. */
  keptDeleted: number;
  /** Records this pack carries whose stored version comes from a more recently published pack. */
  heldByOtherPack: number;
  /** Statements whose text or quotes changed: what the text index must update. */
  changedStatementIds: string[];
}

interface PackRecord {
  id: string;
  origin: Origin;
  createdAt: string;
  updatedAt: string;
}

type Records = { [T in PackTable]: readonly PackRecord[] };

const emptyReport = (): InstallReport => ({
  added: 0,
  updated: 0,
  unchanged: 0,
  removed: 0,
  keptUserRecords: 0,
  keptDeleted: 0,
  heldByOtherPack: 0,
  changedStatementIds: [],
});

/** A record's content as its line in a pack file holds it (serializeLines), so a line's hash and its record's are one. */
const content = ({ origin: _o, createdAt: _c, updatedAt: _u, ...fields }: PackRecord) => asciiJson(fields);
/**
 * A fingerprint of a record's content; equal hashes let an update skip a record without
 * reading it. (Holdings stored with an earlier hash function only cost one comparison
 * of their record at the next update, which stores the new hash.)
 */
const contentHash = (record: PackRecord): number => textHash(content(record));

/** Which of two packs' versions of a record is kept: the most recently published, then the smaller id. */
function outranks(a: Pick<PackHeader, 'id' | 'published'>, b: Pick<PackHeader, 'id' | 'published'> | undefined): boolean {
  if (!b) return true;
  if (a.published !== b.published) return a.published > b.published;
  return a.id < b.id;
}

const storeOf = (db: PolicyLensDb, table: PackTable): RecordStore<PackRecord> => recordStore(db, table);

/** What the text index must redo when a record of `table` changed: its statement. */
function statementOf(table: PackTable, record: PackRecord | undefined): string | undefined {
  if (!record) return undefined;
  if (table === 'statements') return record.id;
  if (table === 'quotes') return (record as Quote).statementId;
  return undefined;
}

/**
 * Keys looked up above which the keys a table holds are read first (one request) and
 * only those present fetched: a pack installed into a database that has few of its
 * records would otherwise make one request per record for nothing, 150 000 at 50 000
 * statements. (The quotes' ids, read so, are also what the index step needs.)
 */
const READ_KEYS_ABOVE = 1_000;

/** `get(ids)`, fetching only the ids that `present()` lists when there are many. */
async function bulkGetPresent<R>(ids: readonly string[], present: () => Promise<readonly string[]>, get: (ids: string[]) => Promise<(R | undefined)[]>): Promise<(R | undefined)[]> {
  if (ids.length <= READ_KEYS_ABOVE) return get([...ids]);
  const held = new Set(await present());
  const wanted = ids.filter((id) => held.has(id));
  const found = new Map((await get(wanted)).map((row, i) => [wanted[i], row]));
  return ids.map((id) => found.get(id));
}

/** The ids of `table`'s records a [table+id]-keyed table (tombstones) holds. */
const keysIn = <K extends [string, string]>(store: Table<unknown, K>, table: PackTable) => async () =>
  (await store.where('[table+id]').between([table, Dexie.minKey], [table, Dexie.maxKey]).primaryKeys()).map(([, id]) => id);

/**
 * Applies `records` as pack `pack`'s whole content: adds, updates and drops what it held before.
 * `hashes`, when the records came from a file, are their lines' hashes (pack-lines.ts), which
 * stand for their content; otherwise it is hashed here. Records in `unchecked` were not
 * validated, because their hash said this pack's stored version is unchanged: they must be
 * skipped, and if the database changed since that was read, the install fails instead.
 */
async function applyPack(db: PolicyLensDb, pack: Pick<PackHeader, 'id' | 'published'>, records: Records, report: InstallReport, from: PackSource = {}, removing?: CorpusDelta['removed']): Promise<WrittenRows> {
  const written: { statements: Map<string, Statement | null>; quotes: Map<string, Quote | null>; quoteIdsBefore?: string[] } = { statements: new Map(), quotes: new Map() };
  const others = new Map((await db.packs.toArray()).map((p) => [p.id, p]));
  const changed = new Set<string>();
  for (const table of PACK_TABLES) {
    const store = storeOf(db, table);
    const incoming = records[table];
    const incomingIds = new Set(incoming.map((r) => r.id));
    // A delta touches only its own records and those it removes: only their holdings' chunks are read.
    const holdings = removing ? await readHoldingsOf(db.holdingChunks, table, [...incomingIds, ...removing[table]]) : await readHoldings(db.holdingChunks, table);
    const heldBefore = [...holdings.values()].filter((h) => h.packIds.includes(pack.id));
    const touched = new Set<string>();
    const hold = (holding: PackHolding) => {
      holdings.set(holding.id, holding);
      touched.add(holding.id);
    };
    const toRead: { record: PackRecord; holding: PackHolding }[] = [];
    const lineHashes = from.hashes?.[table];
    const unchecked = from.unchecked?.[table];
    incoming.forEach((record, i) => {
      const old = holdings.get(record.id);
      const hash = lineHashes?.[i] ?? contentHash(record);
      const packIds = old ? [...new Set([...old.packIds, pack.id])].sort() : [pack.id];
      const holdersChanged = !old || packIds.length !== old.packIds.length;
      const skip = old?.source === pack.id && old.hash === hash;
      if (unchecked?.has(i) && !skip) throw new Error('The corpus changed while this pack was read; install it again');
      const otherSource = old && old.source !== pack.id && old.packIds.includes(old.source) ? others.get(old.source) : undefined;
      if (old && otherSource && !outranks(pack, otherSource)) {
        report.heldByOtherPack++;
        if (holdersChanged) hold({ ...old, packIds });
        return;
      }
      const holding = { table, id: record.id, packIds, source: pack.id, hash };
      if (skip) {
        report.unchanged++;
        if (holdersChanged) hold(holding);
        return;
      }
      toRead.push({ record, holding });
    });
    const readIds = toRead.map((r) => r.record.id);
    const storedIds = async () => {
      const ids = await store.ids();
      // The index step needs the quotes this install does not write: these, less those it writes.
      if (table === 'quotes') written.quoteIdsBefore = ids;
      return ids;
    };
    const current = await bulkGetPresent(readIds, storedIds, (ids) => store.get(ids));
    const deleted = new Set(
      (await bulkGetPresent(readIds, keysIn(db.deletions, table), (ids) => db.deletions.bulkGet(ids.map((id) => [table, id] as [PackTable, string])))).flatMap((d) => (d ? [d.id] : [])),
    );
    const toPut: PackRecord[] = [];
    toRead.forEach(({ record, holding }, i) => {
      const now = current[i];
      hold(holding);
      if (!now && deleted.has(record.id)) {
        report.keptDeleted++;
      } else if (now?.origin === 'user') {
        report.keptUserRecords++;
      } else if (now && content(now) === content(record)) {
        report.unchanged++;
      } else {
        if (now) report.updated++;
        else report.added++;
        toPut.push(now ? { ...record, createdAt: now.createdAt } : record);
        for (const id of [statementOf(table, record), statementOf(table, now)]) if (id) changed.add(id);
      }
    });
    // What this pack held before and no longer carries: released, and removed if no pack holds it now.
    const dropped = heldBefore.filter((h) => (removing ? removing[table].has(h.id) : !incomingIds.has(h.id)));
    const droppedRecords = await store.get(dropped.map((h) => h.id));
    const toDelete: string[] = [];
    dropped.forEach((holding, i) => {
      const packIds = holding.packIds.filter((id) => id !== pack.id);
      const record = droppedRecords[i];
      if (packIds.length === 0) {
        holdings.delete(holding.id);
        touched.add(holding.id);
        if (record?.origin === 'corpus') {
          report.removed++;
          toDelete.push(holding.id);
          const statementId = statementOf(table, record);
          if (statementId) changed.add(statementId);
        }
        return;
      }
      if (holding.source !== pack.id) {
        hold({ ...holding, packIds });
        return;
      }
      // The stored version came from this pack: it stays until the next holder applies its own
      // (hash 0 matches no content, so that holder's next update compares the record).
      const best = packIds.reduce((a, b) => (outranks({ id: b, published: others.get(b)?.published ?? '' }, others.get(a)) ? b : a));
      hold({ ...holding, packIds, source: best, hash: 0 });
    });
    // The index step takes the statements and quotes written from here rather than reading them back.
    const rows: Map<string, PackRecord | null> | undefined = table === 'statements' ? written.statements : table === 'quotes' ? written.quotes : undefined;
    for (const record of toPut) rows?.set(record.id, record);
    for (const id of toDelete) rows?.set(id, null);
    // One write and one delete per table: a chunked table's rows are then each written once.
    await store.put(toPut);
    await store.delete(toDelete);
    await writeHoldings(db.holdingChunks, table, holdings, touched);
  }
  report.changedStatementIds = [...changed].sort();
  return written;
}

/** An install's tables: the records, provenance, tombstones, and the text index it updates in the same transaction. */
const packTables = (db: PolicyLensDb) => [...PACK_TABLES.flatMap((t) => recordStore(db, t).tables), db.packs, db.holdingChunks, db.packTallies, db.deletions, ...indexTables(db)];

/**
 * Updates the text index for the statements an install changed, inside the install's
 * transaction, from the statement and quote rows it wrote rather than reading them back.
 */
async function indexChanges(db: PolicyLensDb, report: InstallReport, written: WrittenRows, onIndexing?: () => void) {
  if (!report.changedStatementIds.length) return;
  onIndexing?.();
  await updateTextIndex(db, report.changedStatementIds, undefined, written);
}

/**
 * Installs or updates a pack. `row` says where it came from (bundled, a subscription
 * with its address and validators, a file); the pack's header and counts are recorded.
 * `from` is what reading a pack file learnt about its records (lib/corpus/pack-lines.ts).
 */
export async function installCorpus(
  db: PolicyLensDb,
  pack: CorpusPack,
  row: InstallRow = { kind: 'bundled' },
  from: PackSource = {},
  onIndexing?: () => void,
): Promise<InstallReport> {
  const report = emptyReport();
  const { events, organisations, people, topics, statements, quotes, ...header } = pack;
  await db.transaction('rw', packTables(db), async () => {
    const existing = await db.packs.get(pack.id);
    const written = await applyPack(db, pack, { events, organisations, people, topics, statements, quotes }, report, from);
    const counts = { events: events.length, organisations: organisations.length, people: people.length, topics: topics.length, statements: statements.length, quotes: quotes.length };
    await putPackRow(db, existing, { ...row, ...header, counts });
    await indexChanges(db, report, written, onIndexing);
  });
  return report;
}

type InstallRow = Partial<Omit<PackRow, keyof PackHeader | 'counts' | 'installedAt'>>;

/** Records the pack's new header, counts and origin; the last error goes with a success. */
async function putPackRow(db: PolicyLensDb, existing: PackRow | undefined, row: InstallRow & PackHeader & Pick<PackRow, 'counts'>) {
  const { lastError: _stale, ...kept } = existing ?? { kind: 'bundled' as const };
  await db.packs.put({ ...kept, ...row, installedAt: new Date().toISOString() });
}

/**
 * Applies a delta (lib/corpus/pack-delta.ts) to the version it starts from, in one transaction,
 * as installing the full new version would. `check` validates it against the installed version
 * read inside that transaction (lib/corpus/delta-validate.ts), so nothing can change between
 * the check and the writes; a refused delta writes nothing. Its records go through the same
 * comparison, holdings and user-edit rules as a full version's, the ids it removes are dropped
 * as a full version leaving them out drops them, and the rest is left as it is (which the full
 * file would also leave, since the check refuses a delta unless every record of the pack is
 * stored as its own version). `from` holds its lines' hashes.
 */
export async function installDelta(
  db: PolicyLensDb,
  packId: string,
  check: (base: DeltaBase) => Promise<DeltaValidation>,
  row: InstallRow,
  from: PackSource = {},
  onIndexing?: () => void,
): Promise<{ ok: true; report: InstallReport; version: number } | { ok: false; error: string }> {
  const report = emptyReport();
  return db.transaction('rw', packTables(db), async () => {
    const base = await deltaBase(db, packId);
    if (!base) return { ok: false as const, error: `"${packId}" is not installed` };
    const checked = await check(base);
    if (!checked.ok) return checked;
    const { events, organisations, people, topics, statements, quotes, ...header } = checked.delta.pack;
    const written = await applyPack(db, header, { events, organisations, people, topics, statements, quotes }, report, from, checked.delta.removed);
    report.unchanged += checked.delta.untouched;
    await putPackRow(db, await db.packs.get(packId), { ...row, ...header, counts: checked.delta.counts });
    await indexChanges(db, report, written, onIndexing);
    return { ok: true as const, report, version: header.version };
  });
}

/** Takes a pack out: its records go, except those the user edited or another pack holds. */
export async function removePack(db: PolicyLensDb, packId: string): Promise<InstallReport> {
  const report = emptyReport();
  await db.transaction('rw', packTables(db), async () => {
    const none = Object.fromEntries(PACK_TABLES.map((t) => [t, []])) as unknown as Records;
    const written = await applyPack(db, { id: packId, published: '' }, none, report);
    await db.packs.delete(packId);
    await indexChanges(db, report, written);
  });
  return report;
}

/** Installs the bundled pack unless this exact version is already in place: cheap on every start. */
export async function ensureCorpus(db: PolicyLensDb, pack: CorpusPack): Promise<InstallReport | null> {
  const installed = await db.packs.get(pack.id);
  if (installed?.version === pack.version) return null;
  return installCorpus(db, pack, { kind: 'bundled' });
}
