// Adding and editing records by hand: one small field description per table drives a
// generic form. Values travel as strings (or lists of strings), become a record here,
// and are validated with the schemas of lib/schema.ts; each Zod issue is mapped back to
// the field that caused it.
import type { z } from 'zod';
import { Organisation, OrganisationKind, Person, PolicyEvent, Quote, Statement, StatementKind, Topic } from '../schema';
import { STANCES } from '../stances';
import { nextStamp } from '../sync/clock';
import { slugify, uniqueId } from './slug';

export type RecordTable = 'events' | 'organisations' | 'people' | 'statements' | 'quotes' | 'topics';

export type FieldKind = 'text' | 'textarea' | 'date' | 'url' | 'select' | 'checkboxes' | 'lines';

/** Where a select or a set of checkboxes takes its choices from. */
export type OptionSource =
  | 'events'
  | 'organisations'
  | 'people'
  | 'statements'
  | 'topics'
  | 'organisationKinds'
  | 'statementKinds'
  | 'stances';

export interface FieldSpec {
  /** The record's property; a dotted path for a nested one ("roles.0.title"). */
  name: string;
  label: string;
  kind: FieldKind;
  optional?: boolean;
  options?: OptionSource;
  hint?: string;
}

export interface Option {
  value: string;
  label: string;
}

export type OptionLists = Record<OptionSource, Option[]>;

export type FormValues = Record<string, string | string[]>;

/** Any record of the six tables, as far as this module needs to know. */
export interface AnyRecord {
  id: string;
  origin: 'corpus' | 'user';
  createdAt: string;
  updatedAt: string;
  [key: string]: unknown;
}

export interface TableSpec {
  table: RecordTable;
  /** "person": for labels and messages. */
  singular: string;
  /** The field a new record's id is made from, and errors about the id are shown beside. */
  idField: string;
  /** Prefix of generated ids ("q-" for quotes). */
  idPrefix?: string;
  fields: FieldSpec[];
  schema: z.ZodType;
  /** Fixes up the assembled record before validation (e.g. drops an empty role). */
  finish?(record: Record<string, unknown>, existing: AnyRecord | undefined): void;
}

export const TABLE_SPECS: Record<RecordTable, TableSpec> = {
  events: {
    table: 'events',
    singular: 'event',
    idField: 'shortName',
    schema: PolicyEvent,
    fields: [
      { name: 'title', label: 'Title', kind: 'text' },
      { name: 'shortName', label: 'Short name', kind: 'text', hint: 'Shown in lists, e.g. “Integration white paper (2022)”.' },
      { name: 'date', label: 'Date', kind: 'date' },
      { name: 'issuingBodyId', label: 'Issued by', kind: 'select', options: 'organisations' },
      { name: 'url', label: 'Address (URL)', kind: 'url' },
    ],
  },
  organisations: {
    table: 'organisations',
    singular: 'organisation',
    idField: 'name',
    schema: Organisation,
    fields: [
      { name: 'name', label: 'Name', kind: 'text' },
      { name: 'aliases', label: 'Other names', kind: 'lines', hint: 'One per line.' },
      { name: 'kind', label: 'Kind', kind: 'select', options: 'organisationKinds' },
      { name: 'url', label: 'Website', kind: 'url', optional: true },
    ],
  },
  people: {
    table: 'people',
    singular: 'person',
    idField: 'name',
    schema: Person,
    fields: [
      { name: 'name', label: 'Name', kind: 'text' },
      { name: 'aliases', label: 'Other names', kind: 'lines', hint: 'One per line.' },
      { name: 'roles.0.title', label: 'Role', kind: 'text', optional: true, hint: 'e.g. “Chief executive”.' },
      { name: 'roles.0.organisationId', label: 'Role at organisation', kind: 'select', options: 'organisations', optional: true },
    ],
    finish(record, existing) {
      // The form edits the first role; further roles (from the corpus or an import) are kept.
      const roles = (record.roles as Record<string, unknown>[] | undefined) ?? [];
      const first = roles[0] ?? {};
      const rest = ((existing?.roles as unknown[] | undefined) ?? []).slice(1);
      const blank = first.title === undefined && first.organisationId === undefined;
      const previous = (existing?.roles as Record<string, unknown>[] | undefined)?.[0];
      const merged = { ...(previous ?? {}), ...first };
      if (first.title === undefined) delete merged.title;
      if (first.organisationId === undefined) delete merged.organisationId;
      record.roles = blank ? rest : [merged, ...rest];
    },
  },
  statements: {
    table: 'statements',
    singular: 'statement',
    idField: 'title',
    schema: Statement,
    fields: [
      { name: 'title', label: 'Title', kind: 'text' },
      { name: 'eventId', label: 'Event', kind: 'select', options: 'events' },
      { name: 'kind', label: 'Kind', kind: 'select', options: 'statementKinds' },
      { name: 'publisherId', label: 'Publisher', kind: 'select', options: 'organisations' },
      { name: 'firstPublishedById', label: 'First published by', kind: 'select', options: 'organisations', optional: true },
      { name: 'authorId', label: 'Author', kind: 'select', options: 'people', optional: true },
      { name: 'publishedDate', label: 'Published on', kind: 'date' },
      { name: 'canonicalUrl', label: 'Address (URL)', kind: 'url' },
      { name: 'otherUrls', label: 'Other addresses', kind: 'lines', hint: 'One per line.' },
      { name: 'text', label: 'Text', kind: 'textarea' },
    ],
  },
  quotes: {
    table: 'quotes',
    singular: 'quote',
    idField: 'text',
    idPrefix: 'q-',
    schema: Quote,
    fields: [
      { name: 'text', label: 'Quote', kind: 'textarea', hint: 'Exactly as the words stand in the source.' },
      { name: 'statementId', label: 'Statement', kind: 'select', options: 'statements' },
      { name: 'speakerId', label: 'Speaker', kind: 'select', options: 'people', optional: true },
      { name: 'organisationId', label: 'Organisation', kind: 'select', options: 'organisations' },
      { name: 'stance', label: 'Stance', kind: 'select', options: 'stances' },
      { name: 'topicIds', label: 'Topics', kind: 'checkboxes', options: 'topics' },
    ],
  },
  topics: {
    table: 'topics',
    singular: 'topic',
    idField: 'label',
    schema: Topic,
    fields: [
      { name: 'label', label: 'Label', kind: 'text' },
      { name: 'description', label: 'Description', kind: 'textarea' },
    ],
  },
};

export const RECORD_TABLES = Object.keys(TABLE_SPECS) as RecordTable[];

/** "government-department" → "Government department". */
export function enumLabel(value: string): string {
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const ENUM_OPTIONS: Pick<OptionLists, 'organisationKinds' | 'statementKinds' | 'stances'> = {
  organisationKinds: OrganisationKind.options.map((value) => ({ value, label: enumLabel(value) })),
  statementKinds: StatementKind.options.map((value) => ({ value, label: enumLabel(value) })),
  stances: STANCES.map((s) => ({ value: s.id, label: s.label })),
};

function getPath(record: unknown, path: string): unknown {
  let at: unknown = record;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function setPath(record: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at: Record<string, unknown> = record;
  keys.slice(0, -1).forEach((key, i) => {
    const nextIsIndex = /^\d+$/.test(keys[i + 1] ?? '');
    if (at[key] === null || typeof at[key] !== 'object') at[key] = nextIsIndex ? [] : {};
    at = at[key] as Record<string, unknown>;
  });
  const last = keys[keys.length - 1] ?? path;
  if (value === undefined) Reflect.deleteProperty(at, last);
  else at[last] = value;
}

/** The form's starting values: the record's, or empty ones for a new record. */
export function valuesFromRecord(spec: TableSpec, record?: AnyRecord): FormValues {
  const values: FormValues = {};
  for (const field of spec.fields) {
    const value = record === undefined ? undefined : getPath(record, field.name);
    if (field.kind === 'lines') values[field.name] = Array.isArray(value) ? value.join('\n') : '';
    else if (field.kind === 'checkboxes') values[field.name] = Array.isArray(value) ? value.map(String) : [];
    else values[field.name] = typeof value === 'string' ? value : '';
  }
  return values;
}

function fieldValue(field: FieldSpec, raw: string | string[] | undefined): unknown {
  if (field.kind === 'checkboxes') return Array.isArray(raw) ? raw : [];
  const text = (Array.isArray(raw) ? raw.join('\n') : (raw ?? '')).trim();
  if (field.kind === 'lines') {
    return text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
  if (text === '' && field.optional) return undefined;
  return text;
}

export interface BuildContext {
  /** Ids already used in the table (a new record's id must differ). */
  takenIds: ReadonlySet<string>;
  /** ISO date-time with offset; defaults to now. */
  now?: string;
}

/**
 * The record the form describes: the existing record's other fields are kept, the
 * form's fields replace theirs, and it becomes the user's (origin "user"), so a corpus
 * update never overwrites it. A new record gets a unique slug id.
 */
export function buildRecord(spec: TableSpec, values: FormValues, existing: AnyRecord | undefined, context: BuildContext) {
  const now = context.now ?? new Date().toISOString();
  const record: Record<string, unknown> = existing ? structuredClone(existing) : {};
  for (const field of spec.fields) setPath(record, field.name, fieldValue(field, values[field.name]));
  spec.finish?.(record, existing);
  if (!existing) {
    const source = String(values[spec.idField] ?? '');
    const words = spec.table === 'quotes' ? source.split(/\s+/).slice(0, 6).join(' ') : source;
    const base = `${spec.idPrefix ?? ''}${slugify(words) || spec.singular}`;
    record.id = uniqueId(base.replace(/-+$/, ''), context.takenIds);
    record.createdAt = now;
  }
  record.origin = 'user';
  // After the version it replaces, even if that came from a clock running ahead (lib/sync/clock.ts).
  record.updatedAt = existing ? nextStamp(existing.updatedAt, new Date(now)) : now;
  return record;
}

export interface FieldErrors {
  /** Field name → message, for the fields that caused an error. */
  fields: Record<string, string>;
  /** Errors no field explains. */
  form: string[];
}

export type ValidationResult = { ok: true; record: AnyRecord } | { ok: false; errors: FieldErrors };

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The field a Zod issue path points into: the longest field name that prefixes it. */
export function fieldForPath(spec: TableSpec, path: readonly PropertyKey[]): FieldSpec | undefined {
  const joined = path.map(String).join('.');
  if (joined === 'id') return spec.fields.find((f) => f.name === spec.idField);
  return spec.fields
    .filter((f) => joined === f.name || joined.startsWith(`${f.name}.`))
    .sort((a, b) => b.name.length - a.name.length)[0];
}

function messageFor(field: FieldSpec, issue: z.core.$ZodIssue, record: Record<string, unknown>): string {
  const value = getPath(record, field.name);
  const item = issue.path.length > field.name.split('.').length ? issue.path[field.name.split('.').length] : undefined;
  if (issue.path.join('.') === 'id') return `Could not make an id from this ${field.label.toLowerCase()}.`;
  if (isEmpty(value)) {
    if (field.kind === 'checkboxes') return `Choose at least one of the ${field.label.toLowerCase()}.`;
    if (field.kind === 'select') return `Choose the ${field.label.toLowerCase()}.`;
    return `${field.label} is required.`;
  }
  const line = typeof item === 'number' ? `Line ${item + 1}: ` : '';
  if (field.kind === 'url' || (field.kind === 'lines' && issue.code === 'invalid_format'))
    return `${line}enter a full web address starting with https:// or http://.`.replace(/^./, (c) => c.toUpperCase());
  if (field.kind === 'date') return 'Enter a date as YYYY-MM-DD.';
  if (field.kind === 'select' || field.kind === 'checkboxes') return `Choose one of the listed ${field.label.toLowerCase()}.`;
  return `${line}${issue.message}`;
}

export function validateRecord(spec: TableSpec, record: Record<string, unknown>): ValidationResult {
  const result = spec.schema.safeParse(record);
  if (result.success) return { ok: true, record: result.data as AnyRecord };
  const errors: FieldErrors = { fields: {}, form: [] };
  for (const issue of result.error.issues) {
    const field = fieldForPath(spec, issue.path);
    if (!field) errors.form.push(`${issue.path.map(String).join('.') || spec.singular}: ${issue.message}`);
    else errors.fields[field.name] ??= messageFor(field, issue, record);
  }
  return { ok: false, errors };
}

/** A record's name in lists: its name, title or label; a quote's first words. */
export function recordLabel(spec: TableSpec, record: AnyRecord): string {
  const value = getPath(record, spec.idField);
  const text = typeof value === 'string' && value.trim() !== '' ? value.trim() : record.id;
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
