// Checks a pack's delta against the version installed, so that applying it gives what
// applying the full new version would, or refuses it (the subscriber then downloads the
// full file). The delta's records go through the same domain schemas as a pack's; every id
// they name must be in the delta or held by the installed version (and not removed); nothing
// the installed version keeps may name a record the delta removes; and every quote it
// touches is checked word for word in its statement, the stored one where the delta does
// not carry it. Where the stored records cannot stand for the pack's own version (one
// another pack's version is kept for, or the user edited or deleted), the delta is refused.
import { isObject } from '../is-object';
import type { Quote, Statement } from '../schema';
import { type ImportError, analystMessage, failure, issuesToErrors, recordError } from '../sync/import-errors';
import { type CorpusPack, PACK_FORMAT, PACK_FORMAT_VERSION, PACK_TABLES, type PackTable, packRecords } from './pack-format';
import { DELTA_FORMAT, DELTA_FORMAT_VERSION, DELTA_REMOVABLE, PackDelta } from './pack-delta';
import { visitReferences } from '../sync/references';
import { danglingReferences, failureMessage, notVerbatim, placeIn, quoteChecker, repeatedIds } from './pack-validate';

/** What the database holds of the installed version a delta starts from (lib/storage/pack-delta-base.ts). */
export interface DeltaBase {
  packId: string;
  version: number;
  /** Per table, how many records the installed version carries. */
  counts: Record<PackTable, number>;
  /** Which of these ids of `table` the installed version carries. */
  holds(table: PackTable, ids: string[]): Promise<ReadonlySet<string>>;
  /** Set when some records are not stored as this pack's own version (another pack's is kept), so a delta cannot stand for the full file. */
  notOwn?: string;
  statements(ids: string[]): Promise<(Pick<Statement, 'id' | 'text' | 'origin'> | undefined)[]>;
  /** The stored quotes of these statements. */
  quotesOf(statementIds: string[]): Promise<Pick<Quote, 'id' | 'statementId' | 'text' | 'origin'>[]>;
  /** The ids of the stored statements of these events. */
  statementsOf(eventIds: string[]): Promise<string[]>;
}

/** A checked delta: the new version's header and changed records as corpus records, the ids removed, and the new version's record counts. */
export interface CorpusDelta {
  pack: CorpusPack;
  fromVersion: number;
  removed: Record<PackTable, ReadonlySet<string>>;
  counts: Record<PackTable, number>;
  /** Records of the installed version the delta neither carries nor removes. */
  untouched: number;
}

export type DeltaValidation = { ok: true; delta: CorpusDelta } | { ok: false; error: string };

const perTable = <V>(make: (table: PackTable) => V) => Object.fromEntries(PACK_TABLES.map((t) => [t, make(t)])) as Record<PackTable, V>;

/**
 * Whether the installed version carries a record, for the ids the check looks up first
 * (`load`): the base reads only the holdings of those, not all of the pack's.
 */
function heldLookup(base: DeltaBase) {
  const known = perTable(() => new Map<string, boolean>());
  return {
    async load(table: PackTable, ids: Iterable<string>): Promise<void> {
      const wanted = [...new Set(ids)].filter((id) => !known[table].has(id));
      if (wanted.length === 0) return;
      const held = await base.holds(table, wanted);
      for (const id of wanted) known[table].set(id, held.has(id));
    },
    has(table: PackTable, id: string): boolean {
      const held = known[table].get(id);
      if (held === undefined) throw new Error(`The delta check asked about ${table} "${id}" without looking it up`);
      return held;
    },
  };
}

type Held = ReturnType<typeof heldLookup>;

const isPackTable = (table: string): table is PackTable => (PACK_TABLES as readonly string[]).includes(table);

/** Per table, the ids the delta's records name. */
function namedIds(pack: CorpusPack): Record<PackTable, Set<string>> {
  const named = perTable(() => new Set<string>());
  const visit = (_field: string, target: string, id: string | undefined) => {
    if (id !== undefined && isPackTable(target)) named[target].add(id);
  };
  for (const table of PACK_TABLES) for (const record of pack[table]) visitReferences(table, record, visit);
  return named;
}
const refuse = (error: string): DeltaValidation => ({ ok: false, error });
const refuseAll = (errors: ImportError[]) => refuse(failureMessage(failure(errors), 'it is not valid'));

/** The delta's header and form: what can be checked without the database. */
function parseDelta(json: unknown, base: DeltaBase): DeltaValidation | { ok: true; data: PackDelta } {
  if (!isObject(json) || json.format !== DELTA_FORMAT) return refuse(`it has no "format": "${DELTA_FORMAT}" field`);
  if (typeof json.formatVersion === 'number' && json.formatVersion > DELTA_FORMAT_VERSION) return refuse(`it is in delta format version ${json.formatVersion}, newer than this extension reads`);
  const parsed = PackDelta.safeParse(json, { error: analystMessage });
  if (!parsed.success) return refuseAll(issuesToErrors(parsed.error.issues, (list, index) => placeIn(json, list, index)));
  const data = parsed.data;
  if (data.id !== base.packId) return refuse(`it is a delta of pack "${data.id}", not "${base.packId}"`);
  if (data.fromVersion !== base.version) return refuse(`it starts from version ${data.fromVersion}, and version ${base.version} is installed`);
  if (data.version <= data.fromVersion) return refuse(`its version ${data.version} is not above version ${data.fromVersion} it starts from`);
  if (base.notOwn) return refuse(base.notOwn);
  return { ok: true, data };
}

/** Validates a delta file's JSON against the installed version it starts from. */
export async function validateDelta(json: unknown, base: DeltaBase): Promise<DeltaValidation> {
  const parsed = parseDelta(json, base);
  if (!('data' in parsed)) return parsed;
  const { removed: removedLists, fromVersion, ...rest } = parsed.data;
  const pack = packRecords({ ...rest, format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION });
  const removed = perTable((t) => new Set(removedLists[t]));
  const carried = perTable((t) => new Set(pack[t].map((r) => r.id)));
  const held = heldLookup(base);
  const named = namedIds(pack);
  for (const table of PACK_TABLES) await held.load(table, [...removed[table], ...carried[table], ...named[table]]);
  const errors: ImportError[] = [...repeatedIds(pack)];
  for (const table of PACK_TABLES) {
    removedLists[table].forEach((id, index) => {
      const where = { list: table, index, id };
      if (!DELTA_REMOVABLE.includes(table)) errors.push(recordError(where, undefined, `removes from ${table}, which only the full file can do`));
      else if (!held.has(table, id)) errors.push(recordError(where, undefined, `removes a record version ${fromVersion} does not hold`));
      else if (carried[table].has(id)) errors.push(recordError(where, undefined, 'is both removed and carried'));
    });
  }
  const kept = (table: PackTable, id: string) => carried[table].has(id) || (held.has(table, id) && !removed[table].has(id));
  errors.push(...danglingReferences(pack, undefined, { has: (table, id) => kept(table as PackTable, id), missing: `which is neither in this delta nor kept from version ${fromVersion}` }));
  if (errors.length) return refuseAll(errors);
  const untouched = (table: PackTable, id: string) => held.has(table, id) && !carried[table].has(id) && !removed[table].has(id);
  const stale = await stillNamed(base, held, removed, untouched);
  if (stale) return refuse(stale);
  const quotes = await quotesNotInStatements(base, held, pack, untouched);
  if (quotes) return quotes;
  const added = perTable((t) => [...carried[t]].filter((id) => !held.has(t, id)).length);
  const counts = perTable((t) => base.counts[t] + added[t] - removed[t].size);
  const left = PACK_TABLES.reduce((n, t) => n + base.counts[t] - (carried[t].size - added[t]) - removed[t].size, 0);
  return { ok: true, delta: { pack, fromVersion, removed, counts, untouched: left } };
}

/** Why the records the delta leaves as they are would name one it removes; undefined when none does. */
async function stillNamed(base: DeltaBase, held: Held, removed: CorpusDelta['removed'], untouched: (table: PackTable, id: string) => boolean): Promise<string | undefined> {
  const quotes = await base.quotesOf([...removed.statements]);
  await held.load('quotes', quotes.map((q) => q.id));
  const quote = quotes.find((q) => untouched('quotes', q.id));
  if (quote) return `quote ${JSON.stringify(quote.id)}, kept, names statement ${JSON.stringify(quote.statementId)}, which it removes`;
  const statements = await base.statementsOf([...removed.events]);
  await held.load('statements', statements);
  const statement = statements.find((id) => untouched('statements', id));
  if (statement) return `statement ${JSON.stringify(statement)}, kept, names an event it removes`;
  return undefined;
}

/**
 * Every quote the delta carries must be word for word in its statement (the delta's, else
 * the stored one), and every kept quote of a statement the delta changes in the new text.
 * A stored record the user edited or deleted does not say what the pack's version holds,
 * so the delta is refused when the check needs one.
 */
async function quotesNotInStatements(base: DeltaBase, held: Held, pack: CorpusPack, untouched: (table: PackTable, id: string) => boolean): Promise<DeltaValidation | undefined> {
  const verbatim = quoteChecker();
  const texts = new Map<string, string>(pack.statements.map((s) => [s.id, s.text]));
  const elsewhere = [...new Set(pack.quotes.map((q) => q.statementId).filter((id) => !texts.has(id)))];
  for (const [i, stored] of (await base.statements(elsewhere)).entries()) {
    if (stored?.origin !== 'corpus') return refuse(`statement ${JSON.stringify(elsewhere[i])}, which a quote it carries is in, is edited or deleted here`);
    texts.set(stored.id, stored.text);
  }
  const errors: ImportError[] = [];
  pack.quotes.forEach((quote, index) => {
    if (!verbatim(quote, texts.get(quote.statementId) ?? '')) errors.push(notVerbatim(index, quote));
  });
  const kept = await base.quotesOf(pack.statements.map((s) => s.id));
  await held.load('quotes', kept.map((q) => q.id));
  for (const quote of kept) {
    if (!untouched('quotes', quote.id)) continue;
    if (quote.origin !== 'corpus') return refuse(`quote ${JSON.stringify(quote.id)} of a statement it changes is edited here`);
    if (!verbatim(quote, texts.get(quote.statementId) ?? '')) errors.push({ message: `quote ${JSON.stringify(quote.id)}, kept from version ${base.version}, is not word for word in the changed statement ${JSON.stringify(quote.statementId)}` });
  }
  return errors.length ? refuseAll(errors) : undefined;
}
