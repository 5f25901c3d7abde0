// Reads a pack file that came from outside (a subscription, a file the user chose,
// the curator's build) and either returns its records or says precisely what is
// wrong, naming the record and the field: JSON, format, format version, every
// record against the domain schema, ids a pack must not repeat, references that
// must resolve inside the pack, and quotes that must be verbatim in their statement.
import type { SyncedTable } from '../storage/db';
import { type ImportError, type ImportFailure, type RecordPlace, analystMessage, failure, fileError, issuesToErrors, recordError } from '../sync/import-errors';
import { visitReferences } from '../sync/references';
import { type SyncRecords, TABLE_NOUN } from '../sync/format';
import { collapseWhitespace } from '../text/collapse-whitespace';
import { type CorpusPack, PACK_FORMAT, PACK_FORMAT_VERSION, PACK_TABLES, PackFile, type PackTable, packRecords } from './pack-format';

export type PackValidation = { ok: true; pack: CorpusPack } | ImportFailure;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function parsePackText(text: string): PackValidation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return fileError(`This is not JSON, so it is not a corpus pack${detail}.`);
  }
  return validatePackJson(json);
}

function placeIn(json: Record<string, unknown>, list: string, index: number): RecordPlace | undefined {
  if (!(PACK_TABLES as readonly string[]).includes(list)) return undefined;
  const records = json[list];
  const record = Array.isArray(records) ? (records[index] as unknown) : undefined;
  const id = isObject(record) ? record.id : undefined;
  return { list: list as SyncedTable, index, ...(typeof id === 'string' ? { id } : {}) };
}

export function validatePackJson(json: unknown): PackValidation {
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
  const parsed = PackFile.safeParse(json, { error: analystMessage });
  if (!parsed.success) return failure(issuesToErrors(parsed.error.issues, (list, index) => placeIn(json, list, index)));
  const pack = packRecords(parsed.data);
  const errors = [...repeatedIds(pack), ...danglingReferences(pack), ...quotesNotVerbatim(pack)];
  return errors.length ? failure(errors) : { ok: true, pack };
}

function repeatedIds(pack: CorpusPack): ImportError[] {
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

/** A pack stands on its own: every record it names is in it, since a reader may have nothing else. */
function danglingReferences(pack: CorpusPack): ImportError[] {
  const held = new Map<SyncedTable, Set<string>>(PACK_TABLES.map((t) => [t, new Set(pack[t].map((r) => r.id))]));
  const errors: ImportError[] = [];
  const check = <T extends PackTable>(table: T, records: readonly SyncRecords[T][]) =>
    records.forEach((record, index) => {
      visitReferences(table, record, (field, target, id) => {
        if (id === undefined || held.get(target)?.has(id)) return;
        errors.push(recordError({ list: table, index, id: record.id }, field, `refers to ${TABLE_NOUN[target]} ${JSON.stringify(id)}, which is not in this pack`));
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
 * statement took seconds).
 */
function quotesNotVerbatim(pack: CorpusPack): ImportError[] {
  const texts = new Map(pack.statements.map((s) => [s.id, s.text]));
  const collapsed = new Map<string, string>();
  const collapsedText = (id: string, text: string) => collapsed.get(id) ?? collapsed.set(id, collapseWhitespace(text)).get(id) ?? '';
  const errors: ImportError[] = [];
  pack.quotes.forEach((quote, index) => {
    const text = texts.get(quote.statementId);
    if (text === undefined || text.includes(quote.text)) return;
    if (!collapsedText(quote.statementId, text).includes(collapseWhitespace(quote.text))) {
      errors.push(recordError({ list: 'quotes', index, id: quote.id }, 'text', `is not word for word in statement ${JSON.stringify(quote.statementId)}`));
    }
  });
  return errors;
}
