// Reads a file the analyst chose to import and either returns it as a valid sync
// file or says precisely why not. The whole file is checked before anything is
// written: JSON, which format, which version (older ones are upgraded), every
// record against the domain schema in one Zod parse, and ids that a file must not
// repeat. References to records outside the file need the database and are
// checked when the import is previewed or applied (references.ts, apply.ts).
import type { SyncedTable } from '../storage/db';
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
import { type SkippedItem, convertForeignItems, foreignItems } from './web-annotation';

export type ImportSource = 'policy-lens' | 'hypothesis' | 'web-annotation';

export interface ParsedImport {
  ok: true;
  file: SyncFile;
  source: ImportSource;
  /** The format version the file was written in, when it was older and upgraded. */
  upgradedFrom?: number;
  /** Items of a W3C or Hypothesis file that are not highlights on web pages (replies, page notes), left out. */
  skipped: SkippedItem[];
  /** For a W3C or Hypothesis file: the item each of `file.annotations` came from, so messages can name it. */
  origins?: { index: number; id?: string }[];
}

/** The corpus file's format name (lib/corpus/corpus-file.ts): recognised, to say why it is not importable. */
const CORPUS_FORMAT = 'policy-lens-corpus';

/** Parses and validates the text of a file. */
export function parseImportText(text: string): ParsedImport | ImportFailure {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return fileError(`This file is not JSON, so it is not a Policy Lens sync file or a Web Annotation export${detail}.`);
  }
  return validateImportJson(json);
}

/** Validates a file already parsed from JSON. */
export function validateImportJson(json: unknown): ParsedImport | ImportFailure {
  if (isObject(json) && 'format' in json) return validatePolicyLensFile(json);
  const foreign = foreignItems(json);
  if (foreign) return validateForeign(foreign);
  return fileError(
    'This file is not a Policy Lens sync file (it has no "format" field), nor a W3C Web Annotation collection or a Hypothesis export.',
  );
}

function validatePolicyLensFile(json: JsonObject): ParsedImport | ImportFailure {
  const { format, version } = json;
  if (format === CORPUS_FORMAT) {
    return fileError('This is a Policy Lens corpus file (the curated records the extension ships with), not a sync file: corpora are installed with the extension, never imported.');
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
  return { ok: true, file: parsed.data, source: 'policy-lens', skipped: [], ...(version < SYNC_FORMAT_VERSION ? { upgradedFrom: version } : {}) };
}

function validateForeign(found: NonNullable<ReturnType<typeof foreignItems>>): ParsedImport | ImportFailure {
  const converted = convertForeignItems(found);
  if (converted.errors.length) return failure(converted.errors);
  const candidate = {
    ...emptySyncFile(foreignExportedAt(converted.exportedAt, converted.annotations), { kind: 'highlights' }),
    annotations: converted.annotations,
  };
  // Errors name the item of the foreign file a record came from, not its place among the converted ones.
  const place = (list: string, index: number): RecordPlace | undefined => {
    if (list !== 'annotations') return undefined;
    const from = converted.from[index];
    return { list: 'items', index: from?.index ?? index, ...(from?.id === undefined ? {} : { id: from.id }) };
  };
  const parsed = SyncFile.safeParse(candidate, { error: analystMessage });
  if (!parsed.success) return failure(issuesToErrors(parsed.error.issues, place));
  const repeated = repeatedIds(parsed.data, place);
  if (repeated.length) return failure(repeated);
  return { ok: true, file: parsed.data, source: converted.source, skipped: converted.skipped, origins: converted.from };
}

/**
 * When a foreign file was written: its own date if it gives one that parses,
 * else its latest highlight's, so that the same file always gets the same date.
 */
function foreignExportedAt(given: string | undefined, annotations: readonly Record<string, unknown>[]): string {
  const times = [given, ...annotations.map((a) => a.updatedAt)]
    .filter((t): t is string => typeof t === 'string')
    .map((t) => Date.parse(t))
    .filter((t) => !Number.isNaN(t));
  const givenTime = given === undefined ? NaN : Date.parse(given);
  return new Date(Number.isNaN(givenTime) ? Math.max(0, ...times) : givenTime).toISOString();
}

/**
 * A file holds each record once, and never both a record and its tombstone: the
 * merge takes one version per id from each side, and a file that contradicts
 * itself is damaged, not something to guess about.
 */
function repeatedIds(
  file: SyncFile,
  place: (list: string, index: number) => RecordPlace | undefined = (list, index) => placeInSyncFile(file, list, index),
): ImportError[] {
  const errors: ImportError[] = [];
  const seen = new Map<SyncedTable, Map<string, number>>();
  for (const table of SYNCED_TABLES) {
    const firstAt = new Map<string, number>();
    seen.set(table, firstAt);
    file[table].forEach((record, index) => {
      const first = firstAt.get(record.id);
      if (first === undefined) firstAt.set(record.id, index);
      else {
        const where = place(table, index) ?? { list: table, index, id: record.id };
        errors.push(recordError(where, 'id', `repeats the id of ${table}[${first}]: a file holds each record once`));
      }
    });
  }
  const deleted = new Map<string, number>();
  file.deletions.forEach(({ table, id }, index) => {
    const where = { list: 'deletions' as const, index, id, idLabel: TABLE_NOUN[table] };
    const key = `${table}\u0000${id}`;
    const first = deleted.get(key);
    const recordAt = seen.get(table)?.get(id);
    if (first !== undefined) errors.push(recordError(where, undefined, `deletes the same ${TABLE_NOUN[table]} as deletions[${first}]`));
    else if (recordAt !== undefined) errors.push(recordError(where, undefined, `deletes the ${TABLE_NOUN[table]} that ${table}[${recordAt}] holds: a file cannot both keep and delete a record`));
    deleted.set(key, index);
  });
  return errors;
}
