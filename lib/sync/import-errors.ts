// Why an import was refused, in words an analyst can act on: which record (table
// and id, or its position in the file), which field, and what is wrong with it,
// e.g. `annotations[3] (id "ann-7"): field "target.selector.0.exact": must not be empty`.
import type { z } from 'zod';
import type { SyncedTable } from '../storage/db';
import { SYNCED_TABLES, TABLE_NOUN } from './format';

export interface ImportError {
  /** The whole line, ready to show. */
  message: string;
  /** The file's list the record is in, and its position there, when the problem is in one record. */
  list?: SyncedTable | 'deletions' | 'items';
  index?: number;
  id?: string;
  /** Dotted path inside the record, e.g. "target.selector.0.exact". */
  field?: string;
}

/** A refused import: nothing was written. `total` counts every problem; `errors` lists the first ones. */
export interface ImportFailure {
  ok: false;
  errors: ImportError[];
  total: number;
}

/**
 * Problems listed in full: enough to see a pattern and fix a file by hand, few
 * enough that a file with one systematic fault does not produce 100 000 lines.
 */
export const MAX_LISTED_ERRORS = 50;

export function failure(errors: readonly ImportError[]): ImportFailure {
  return { ok: false, errors: errors.slice(0, MAX_LISTED_ERRORS), total: errors.length };
}

/** One error about the file as a whole ("This file is not JSON…"). */
export function fileError(message: string): ImportFailure {
  return failure([{ message }]);
}

/** Names a record: `annotations[3] (id "ann-7")`, or `deletions[2] (highlight "ann-7")`. */
export function recordWhere(list: string, index: number, id: string | undefined, idLabel = 'id'): string {
  return `${list}[${index}]${id === undefined ? '' : ` (${idLabel} ${JSON.stringify(id)})`}`;
}

export function recordError(
  where: RecordPlace,
  field: string | undefined,
  problem: string,
): ImportError {
  const place = recordWhere(where.list, where.index, where.id, where.idLabel);
  return {
    message: `${place}: ${field ? `field ${JSON.stringify(field)}: ` : ''}${problem}`,
    list: where.list,
    index: where.index,
    ...(where.id === undefined ? {} : { id: where.id }),
    ...(field ? { field } : {}),
  };
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the text "${value.slice(0, 37)}…"` : `the text ${JSON.stringify(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a group of fields';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  tuple: 'a list',
};

const FORMATS: Record<string, string> = {
  datetime: 'must be a date and time such as "2026-01-02T03:04:05Z"',
  date: 'must be a date such as "2026-01-02"',
  url: 'must be a web address starting with http:// or https://',
};

const plural = (n: number | bigint, noun: string) => `${n} ${noun}${n === 1 || n === 1n ? '' : 's'}`;

/**
 * The per-parse Zod error map: the text of every issue, unless the schema gave
 * its own (schema messages such as an id's "must be a lower-case slug" win).
 */
export function analystMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${plural(issue.minimum, 'character')} long`;
      if (issue.origin === 'array' || issue.origin === 'set') return issue.minimum === 1 ? 'must list at least one item' : `must list at least ${plural(issue.minimum, 'item')}`;
      return issue.inclusive ? `must be at least ${issue.minimum}` : `must be more than ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${plural(issue.maximum, 'character')} long`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must list at most ${plural(issue.maximum, 'item')}`;
      return issue.inclusive ? `must be at most ${issue.maximum}` : `must be less than ${issue.maximum}`;
    case 'invalid_format':
      return FORMATS[issue.format] ?? `is not a valid ${issue.format}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}, not ${describeValue(issue.input)}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${describeValue(issue.input)}`;
    case 'invalid_union':
      return 'is not in any form this extension reads';
    case 'unrecognized_keys':
      return `has fields this extension does not know: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return undefined;
  }
}

/** A dotted field path from a Zod path ("target.selector.0.exact"). */
export const fieldPath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** Where a record sits in the file, as a message names it. */
export interface RecordPlace {
  list: NonNullable<ImportError['list']>;
  index: number;
  id?: string;
  idLabel?: string;
}

const LISTS: readonly string[] = [...SYNCED_TABLES, 'deletions'];

function member(value: unknown, key: PropertyKey): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
}

/** How a record of a sync file is named: by its list, position and id (a tombstone by its table's noun). */
export function placeInSyncFile(input: unknown, list: string, index: number): RecordPlace | undefined {
  if (!LISTS.includes(list)) return undefined;
  const item = member(member(input, list), index);
  const id = member(item, 'id');
  const table = member(item, 'table');
  return {
    list: list as RecordPlace['list'],
    index,
    ...(typeof id === 'string' ? { id } : {}),
    ...(list === 'deletions' && typeof table === 'string' && table in TABLE_NOUN
      ? { idLabel: TABLE_NOUN[table as SyncedTable] }
      : {}),
  };
}

/**
 * Every Zod issue as an ImportError. `place` names the record a path starts in
 * (list and index); issues outside any record name just the field.
 */
export function issuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  place: (list: string, index: number) => RecordPlace | undefined,
): ImportError[] {
  return issues.map((issue) => {
    const [list, index, ...inside] = issue.path;
    const where = typeof list === 'string' && typeof index === 'number' ? place(list, index) : undefined;
    if (where) return recordError(where, fieldPath(inside) || undefined, issue.message);
    const field = fieldPath(issue.path);
    return field ? { message: `field ${JSON.stringify(field)}: ${issue.message}`, field } : { message: issue.message };
  });
}

/** Every Zod issue found inside one record, whose place is known. */
export function itemErrors(issues: readonly z.core.$ZodIssue[], where: RecordPlace): ImportError[] {
  return issues.map((issue) => recordError(where, fieldPath(issue.path) || undefined, issue.message));
}
