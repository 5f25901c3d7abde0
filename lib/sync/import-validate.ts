// Reads a file the analyst chose to import and either returns it as a valid sync
// file or says precisely why not. The whole file is checked before anything is
// written: JSON, which format, which version (older ones are upgraded), every
// record against the domain schema in one Zod parse, and ids that a file must not
// repeat. References to records outside the file need the database and are
// checked when the import is previewed or applied (references.ts, apply.ts).
import { Annotation } from '../schema';
import type { SyncedTable } from '../storage/db';
import { convertForeignItems } from './foreign-import';
import { type ForeignItems, type SkippedItem, foreignItems, unreadable } from './foreign-items';
import { SYNCED_TABLES, SYNC_FORMAT, SYNC_FORMAT_VERSION, SyncFile, TABLE_NOUN, emptySyncFile } from './format';
import {
  type ImportError,
  type ImportFailure,
  type RecordPlace,
  analystMessage,
  failure,
  fileError,
  issuesToErrors,
  placeInSyncFile,
  recordError,
} from './import-errors';
import { isObject } from '../is-object';
import { OLDEST_READABLE_VERSION, type JsonObject, upgradeToCurrent } from './upgrade';

export type ImportSource = 'policy-lens' | 'hypothesis' | 'web-annotation';

export interface ParsedImport {
  ok: true;
  file: SyncFile;
  source: ImportSource;
  /** The format version the file was written in, when it was older and upgraded. */
  upgradedFrom?: number;
  /** Items of a W3C or Hypothesis file left out: not highlights on web pages (replies, page notes), or unreadable. */
  skipped: SkippedItem[];
  /** What the analyst should know about the file as a whole (a collection whose pages are only linked). */
  notices: string[];
  /** For a W3C or Hypothesis file: highlight id → the fields its format carries, when fewer than all (merged by field). */
  carried?: ReadonlyMap<string, readonly string[]>;
}

/** The corpus file's format name (lib/corpus/corpus-file.ts): recognised, to say why it is not importable. */
const CORPUS_FORMAT = 'policy-lens-corpus';

/** Parses and validates the text of a file; `now` dates foreign items that give no time. */
export function parseImportText(text: string, now: Date = new Date()): ParsedImport | ImportFailure {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return fileError(`This file is not JSON, so it is not a Policy Lens sync file or a Web Annotation export${detail}.`);
  }
  return validateImportJson(json, now);
}

/** Validates a file already parsed from JSON. */
export function validateImportJson(json: unknown, now: Date = new Date()): ParsedImport | ImportFailure {
  if (isObject(json) && 'format' in json) return validatePolicyLensFile(json);
  const foreign = foreignItems(json);
  if (foreign) return validateForeign(foreign, now);
  return fileError(
    'This file is not a Policy Lens sync file (it has no "format" field), nor a W3C Web Annotation collection or a Hypothesis export.',
  );
}

/** What is wrong with a sync file's format and version, if anything (the records are checked apart). */
export function envelopeProblem(json: JsonObject): ImportFailure | undefined {
  const { format, version } = json;
  if (format === CORPUS_FORMAT) {
    return fileError('This is a Policy Lens corpus file (a corpus pack), not a sync file: install it in the Dashboard, under Corpus sources.');
  }
  if (format !== SYNC_FORMAT) {
    return fileError(`This file is in the format ${JSON.stringify(format)}, not a Policy Lens sync file (format "${SYNC_FORMAT}").`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return failure([{ message: 'field "version": must be a whole number: the sync format version the file was written in', field: 'version' }]);
  }
  if (version > SYNC_FORMAT_VERSION) {
    return failure([
      {
        message: `This file was written by a newer version of Policy Lens (sync format version ${version}); this extension reads versions ${OLDEST_READABLE_VERSION} to ${SYNC_FORMAT_VERSION}. Update the extension, then import the file again.`,
        field: 'version',
      },
    ]);
  }
  return undefined;
}

function validatePolicyLensFile(json: JsonObject): ParsedImport | ImportFailure {
  const problem = envelopeProblem(json);
  if (problem) return problem;
  const version = json.version as number;
  let current = json;
  if (version < SYNC_FORMAT_VERSION) {
    const upgraded = upgradeToCurrent(json, version);
    if (!upgraded.ok) return upgraded;
    current = upgraded.file;
  }
  const parsed = SyncFile.safeParse(current, { error: analystMessage });
  if (!parsed.success) return failure(issuesToErrors(parsed.error.issues, (list, index) => placeInSyncFile(current, list, index)));
  const repeated = repeatedIds(parsed.data);
  if (repeated.length) return failure(repeated);
  return { ok: true, file: parsed.data, source: 'policy-lens', skipped: [], notices: [], ...(version < SYNC_FORMAT_VERSION ? { upgradedFrom: version } : {}) };
}

/** A highlight record as a sync file holds it: what each converted item must be. */
const ForeignHighlight = Annotation.extend({ origin: Annotation.shape.origin.extract(['user']) });

/**
 * Converts and checks each item on its own: an item that does not convert, or
 * converts into something that is not a valid highlight, is skipped and reported
 * with its position and reason; the rest import.
 */
function validateForeign(found: ForeignItems, now: Date): ParsedImport | ImportFailure {
  const converted = convertForeignItems(found, now.toISOString());
  const skipped = [...converted.skipped];
  const annotations: SyncFile['annotations'] = [];
  const carried = new Map<string, readonly string[]>();
  const seen = new Map<string, number>();
  converted.annotations.forEach((candidate, i) => {
    const from = converted.from[i] ?? { index: i };
    const where = { index: from.index, ...(from.id === undefined ? {} : { id: from.id }) };
    const record = ForeignHighlight.safeParse(candidate, { error: analystMessage });
    if (!record.success) return skipped.push({ ...where, reason: unreadable(record.error.issues) });
    const first = seen.get(record.data.id);
    if (first !== undefined) return skipped.push({ ...where, reason: `the same annotation as item ${first}` });
    seen.set(record.data.id, from.index);
    annotations.push(record.data);
    if (from.carried) carried.set(record.data.id, from.carried);
  });
  skipped.sort((a, b) => a.index - b.index);
  if (annotations.length === 0) {
    const why = found.notices[0] ?? (skipped.length ? `None of its ${skipped.length} items is a highlight this extension can import: ${skipped.slice(0, 3).map((s) => `item ${s.index}: ${s.reason}`).join('; ')}.` : 'It holds no annotations.');
    return fileError(`Nothing to import from this ${found.source === 'hypothesis' ? 'Hypothesis' : 'W3C Web Annotation'} file. ${why}`);
  }
  const file: SyncFile = { ...emptySyncFile(foreignExportedAt(converted.exportedAt, annotations), { kind: 'highlights' }), annotations };
  return { ok: true, file, source: converted.source, skipped, notices: found.notices, carried };
}

/**
 * When a foreign file was written: its own date if it gives one that parses,
 * else its latest highlight's, so that the same file always gets the same date.
 */
function foreignExportedAt(given: string | undefined, annotations: readonly { updatedAt: string }[]): string {
  const times = [given, ...annotations.map((a) => a.updatedAt)]
    .filter((t): t is string => t !== undefined)
    .map((t) => Date.parse(t))
    .filter((t) => !Number.isNaN(t));
  const givenTime = given === undefined ? NaN : Date.parse(given);
  return new Date(Number.isNaN(givenTime) ? Math.max(0, ...times) : givenTime).toISOString();
}

/**
 * A file holds each record once, and never both a record and its tombstone: the
 * merge takes one version per id from each side, and a file that contradicts
 * itself is damaged, not something to guess about. Checked record by record in
 * file order (every table's records, then the deletions), so that a file read as a
 * stream is checked as it is read (read-import-file.ts) and one read whole the same way.
 */
export class RepeatedIds {
  readonly errors: ImportError[] = [];
  private readonly seen = new Map<SyncedTable, Map<string, number>>();
  private readonly deleted = new Map<string, number>();

  record(table: SyncedTable, index: number, id: string, place: RecordPlace | undefined): void {
    const firstAt = this.seen.get(table) ?? new Map<string, number>();
    this.seen.set(table, firstAt);
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, index);
    else {
      const where = place ?? { list: table, index, id };
      this.errors.push(recordError(where, 'id', `repeats the id of ${table}[${first}]: a file holds each record once`));
    }
  }

  deletion(index: number, table: SyncedTable, id: string): void {
    const where = { list: 'deletions' as const, index, id, idLabel: TABLE_NOUN[table] };
    const key = `${table}\u0000${id}`;
    const first = this.deleted.get(key);
    const recordAt = this.seen.get(table)?.get(id);
    if (first !== undefined) this.errors.push(recordError(where, undefined, `deletes the same ${TABLE_NOUN[table]} as deletions[${first}]`));
    else if (recordAt !== undefined) this.errors.push(recordError(where, undefined, `deletes the ${TABLE_NOUN[table]} that ${table}[${recordAt}] holds: a file cannot both keep and delete a record`));
    this.deleted.set(key, index);
  }
}

export function repeatedIds(
  file: SyncFile,
  place: (list: string, index: number) => RecordPlace | undefined = (list, index) => placeInSyncFile(file, list, index),
): ImportError[] {
  const check = new RepeatedIds();
  for (const table of SYNCED_TABLES) file[table].forEach((record, index) => check.record(table, index, record.id, place(table, index)));
  file.deletions.forEach(({ table, id }, index) => check.deletion(index, table, id));
  return check.errors;
}
