// Reads a pack file that came from outside (a subscription, a file the user chose,
// the curator's build) and either returns its records or says precisely what is
// wrong, naming the record and the field: JSON, format, format version, every
// record against the domain schema, ids a pack must not repeat, references that
// must resolve inside the pack, and quotes that must be verbatim in their statement.
import { isObject } from '../is-object';
import type { SyncedTable } from '../storage/db';
import { type ImportError, type ImportFailure, type RecordPlace, analystMessage, failure, fileError, issuesToErrors, recordError } from '../sync/import-errors';
import { visitReferences } from '../sync/references';
import { type SyncRecords, TABLE_NOUN } from '../sync/format';
import { collapseWhitespace } from '../text/collapse-whitespace';
import { type CorpusPack, PACK_FORMAT, PACK_FORMAT_VERSION, PACK_TABLES, PackFile, type PackSource, type PackTable, packRecords } from './pack-format';

export type PackValidation = { ok: true; pack: CorpusPack; unchecked?: PackSource['unchecked'] } | ImportFailure;

/** Records whose line is the one their installed version came from (pack-lines.ts): validated when installed. */
export interface KnownRecords {
  has: (table: PackTable, index: number, record: unknown) => boolean;
  /**
   * Set when every record the installed version held is still in the file: the references
   * a known record makes resolved when it was installed and still do, so they are not visited.
   */
  stillResolve?: boolean;
  /** The text of a statement that stands in the file as its id alone (a stub), read when a check needs it. */
  stubText?: (statementId: string) => string | undefined;
}


/** The file's JSON, or the error that says it is not JSON. */
export function parsePackJson(text: string): { ok: true; json: unknown } | ImportFailure {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return fileError(`This is not JSON, so it is not a corpus pack${detail}.`);
  }
}

export function parsePackText(text: string): PackValidation {
  const parsed = parsePackJson(text);
  return parsed.ok ? validatePackJson(parsed.json) : parsed;
}

export function placeIn(json: Record<string, unknown>, list: string, index: number): RecordPlace | undefined {
  if (!(PACK_TABLES as readonly string[]).includes(list)) return undefined;
  const records = json[list];
  const record = Array.isArray(records) ? (records[index] as unknown) : undefined;
  const id = isObject(record) ? record.id : undefined;
  return { list: list as SyncedTable, index, ...(typeof id === 'string' ? { id } : {}) };
}

/**
 * Validates a pack file's JSON. Records `known` has skip the domain schema (they are
 * taken as they stand, not even made into corpus records, and listed as unchecked, for the
 * installer to skip); the checks across records (repeated ids, references, quotes in their
 * statements) still see them all, except the references of known records when `known`
 * says they still resolve. A known statement may then be a stub, its id alone, whose text
 * `known.stubText` reads when a quote not known must be found in it.
 */
export function validatePackJson(json: unknown, known?: KnownRecords): PackValidation {
  if (!isObject(json) || json.format !== PACK_FORMAT) {
    const format = isObject(json) ? json.format : undefined;
    return fileError(
      format === undefined
        ? `This is not a corpus pack: it has no "format": "${PACK_FORMAT}" field.`
        : `This file is in the format ${JSON.stringify(format)}, not a corpus pack (format "${PACK_FORMAT}").`,
    );
  }
  const formatVersion = json.formatVersion;
  if (typeof formatVersion === 'number' && formatVersion > PACK_FORMAT_VERSION) {
    return fileError(
      `This pack was written for a newer Policy Lens (pack format version ${formatVersion}); this extension reads version ${PACK_FORMAT_VERSION}. Update the extension.`,
    );
  }
  const { checked, unchecked } = known ? setAside(json, known.has) : { checked: json, unchecked: undefined };
  const parsed = PackFile.safeParse(checked, { error: analystMessage });
  const original = (list: string, index: number) => (isPackTable(list) ? unchecked?.indexes[list][index] : undefined) ?? index;
  if (!parsed.success) return failure(issuesToErrors(parsed.error.issues, (list, index) => placeIn(json, list, original(list, index))));
  const pack = unchecked ? restore(packRecords(parsed.data), json, unchecked.indexes) : packRecords(parsed.data);
  const resolved = known?.stillResolve ? unchecked?.sets : undefined;
  const errors = [...repeatedIds(pack), ...danglingReferences(pack, resolved), ...quotesNotVerbatim(pack, unchecked?.sets.quotes, known?.stubText)];
  if (errors.length) return failure(errors);
  return unchecked ? { ok: true, pack, unchecked: unchecked.sets } : { ok: true, pack };
}

const isPackTable = (name: string): name is PackTable => (PACK_TABLES as readonly string[]).includes(name);

/**
 * The file with the records `known` accepts taken out of its lists, for the schema to
 * check the rest; per table, the original index of each record left in, and the set aside.
 */
function setAside(json: Record<string, unknown>, known: KnownRecords['has']) {
  const checked: Record<string, unknown> = { ...json };
  const indexes = {} as Record<PackTable, number[]>;
  const sets: Partial<Record<PackTable, Set<number>>> = {};
  for (const table of PACK_TABLES) {
    const records = json[table];
    indexes[table] = [];
    if (!Array.isArray(records)) continue;
    const aside = new Set<number>();
    const kept: unknown[] = [];
    records.forEach((record: unknown, index) => {
      if (known(table, index, record)) aside.add(index);
      else {
        kept.push(record);
        indexes[table].push(index);
      }
    });
    checked[table] = kept;
    sets[table] = aside;
  }
  return { checked, unchecked: { indexes, sets } };
}

/** The file's lists again, in their order: checked records as corpus records, those set aside as they were (the installer only skips them). */
function restore(data: CorpusPack, json: Record<string, unknown>, indexes: Record<PackTable, number[]>): CorpusPack {
  const lists = {} as Record<PackTable, unknown[]>;
  for (const table of PACK_TABLES) {
    const all = [...(json[table] as unknown[])];
    data[table].forEach((record, i) => {
      all[indexes[table][i] ?? 0] = record;
    });
    lists[table] = all;
  }
  // Set-aside records are lines this pack's installed version had, validated then (pack-lines.ts).
  return { ...data, ...(lists as Pick<CorpusPack, PackTable>) };
}

export function repeatedIds(pack: Pick<CorpusPack, PackTable>): ImportError[] {
  const errors: ImportError[] = [];
  for (const table of PACK_TABLES) {
    const seen = new Map<string, number>();
    pack[table].forEach((record, index) => {
      const first = seen.get(record.id);
      if (first === undefined) seen.set(record.id, index);
      else errors.push(recordError({ list: table, index, id: record.id }, 'id', `repeats ${table}[${first}]: a pack holds each record once`));
    });
  }
  return errors;
}

/** Where a reference may point: the records of the file itself, by default. */
export interface Resolvable {
  has: (table: SyncedTable, id: string) => boolean;
  /** Ends the message about a reference that points elsewhere, e.g. "which is not in this pack". */
  missing: string;
}

/**
 * A pack stands on its own: every record it names is in it, since a reader may have nothing
 * else. Records in `resolved` (by table and index) are known to, and are not visited.
 */
export function danglingReferences(pack: Pick<CorpusPack, PackTable>, resolved?: Partial<Record<PackTable, ReadonlySet<number>>>, within?: Resolvable): ImportError[] {
  const held = new Map<SyncedTable, Set<string>>(PACK_TABLES.map((t) => [t, new Set(pack[t].map((r) => r.id))]));
  const { has, missing }: Resolvable = within ?? { has: (table, id) => held.get(table)?.has(id) ?? false, missing: 'which is not in this pack' };
  const errors: ImportError[] = [];
  const check = <T extends PackTable>(table: T, records: readonly SyncRecords[T][]) =>
    records.forEach((record, index) => {
      if (resolved?.[table]?.has(index)) return;
      visitReferences(table, record, (field, target, id) => {
        if (id === undefined || has(target, id)) return;
        errors.push(recordError({ list: table, index, id: record.id }, field, `refers to ${TABLE_NOUN[target]} ${JSON.stringify(id)}, ${missing}`));
      });
    });
  check('organisations', pack.organisations);
  check('events', pack.events);
  check('people', pack.people);
  check('topics', pack.topics);
  check('statements', pack.statements);
  check('quotes', pack.quotes);
  return errors;
}

/**
 * As in the curated corpus and in captures: a quote is a run of its statement's text
 * (whitespace aside). Most quotes are found as they stand; a statement's whitespace is
 * collapsed only when one of its quotes is not (at 50k statements, collapsing every
 * statement took seconds). A known quote of a stub statement is skipped: both lines are
 * those of the installed version, which passed this check; a changed quote of a stub
 * statement reads its text.
 */
function quotesNotVerbatim(pack: CorpusPack, knownQuotes?: ReadonlySet<number>, stubText?: KnownRecords['stubText']): ImportError[] {
  const texts = new Map<string, string | undefined>(pack.statements.map((s) => [s.id, s.text]));
  const verbatim = quoteChecker();
  const errors: ImportError[] = [];
  pack.quotes.forEach((quote, index) => {
    const stub = texts.has(quote.statementId) && texts.get(quote.statementId) === undefined;
    if (stub && knownQuotes?.has(index)) return;
    const text = stub ? stubText?.(quote.statementId) : texts.get(quote.statementId);
    if (text !== undefined && !verbatim(quote, text)) errors.push(notVerbatim(index, quote));
  });
  return errors;
}

export const notVerbatim = (index: number, quote: { id: string; statementId: string }): ImportError =>
  recordError({ list: 'quotes', index, id: quote.id }, 'text', `is not word for word in statement ${JSON.stringify(quote.statementId)}`);

/** Whether a quote is word for word in its statement's text; each statement's text is collapsed at most once. */
export function quoteChecker(): (quote: { text: string; statementId: string }, statementText: string) => boolean {
  const collapsed = new Map<string, string>();
  const collapsedText = (id: string, text: string) => collapsed.get(id) ?? collapsed.set(id, collapseWhitespace(text)).get(id) ?? '';
  return (quote, text) => text.includes(quote.text) || collapsedText(quote.statementId, text).includes(collapseWhitespace(quote.text));
}

/** A refused file in one line: its only file-wide error as it stands, else `prefix` and the first three problems. */
export function failureMessage(failed: ImportFailure, prefix: string): string {
  const [only] = failed.errors;
  if (failed.total === 1 && only && only.list === undefined && only.field === undefined) return only.message;
  const more = failed.total > 3 ? ` (and ${failed.total - 3} more problems)` : '';
  return `${prefix}: ${failed.errors.slice(0, 3).map((e) => e.message).join('; ')}${more}`;
}
