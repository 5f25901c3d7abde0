// Saved highlights: create, edit, delete (leaving a tombstone, so sync never
// brings a deleted highlight back) and undo, plus the people and organisations
// an analyst can attribute a highlight to, created on the spot when new.
import type { Annotation, HighlightColour, Organisation, OrganisationKind, PdfLocation, Person, StanceId, TextPositionSelector, TextQuoteSelector } from '../schema';
import type { EntityTable } from 'dexie';
import { slugify, uniqueId } from '../text/text';
import { nextStamp } from '../sync/clock';
import type { PolicyLensDb } from './db';

export interface NewAnnotation {
  url: string;
  pageTitle: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  statementId?: string;
  /** For a highlight in a PDF: its document and page. */
  pdf?: PdfLocation;
}

/** What the analyst can change on a highlight after saving it. */
export interface AnnotationChanges {
  note?: string;
  tags?: string[];
  colour?: HighlightColour;
  speakerId?: string | null;
  organisationId?: string | null;
  stance?: StanceId | null;
  topicIds?: string[];
}

export interface Vocabulary {
  people: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
  topics: { id: string; label: string }[];
}

export const DEFAULT_COLOUR: HighlightColour = 'yellow';

const now = () => new Date().toISOString();

/** A random, URL-safe, lower-case id (ids are slugs; see lib/schema.ts). */
function randomId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${prefix}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export async function createAnnotation(db: PolicyLensDb, input: NewAnnotation): Promise<Annotation> {
  const at = now();
  const annotation: Annotation = {
    id: randomId('hl'),
    origin: 'user',
    createdAt: at,
    updatedAt: at,
    url: input.url,
    pageTitle: input.pageTitle,
    target: { source: input.url, selector: [input.quote, input.position] },
    note: '',
    tags: [],
    colour: DEFAULT_COLOUR,
    topicIds: [],
    ...(input.statementId ? { statementId: input.statementId } : {}),
    ...(input.pdf ? { pdf: input.pdf } : {}),
  };
  await db.annotations.add(annotation);
  return annotation;
}

export function getAnnotation(db: PolicyLensDb, id: string): Promise<Annotation | undefined> {
  return db.annotations.get(id);
}

export function annotationsForUrl(db: PolicyLensDb, url: string): Promise<Annotation[]> {
  return db.annotations.where('url').equals(url).sortBy('createdAt');
}

/** An optional field after a change: kept when unchanged (undefined), gone when cleared (null). */
function optional<K extends string, T>(key: K, current: T | undefined, change: T | null | undefined) {
  const value = change === undefined ? current : (change ?? undefined);
  return value === undefined ? {} : ({ [key]: value } as Record<K, T>);
}

/** Applies changes; `null` clears an optional attribution. Stamped after the version it replaces (lib/sync/clock.ts). */
export async function updateAnnotation(db: PolicyLensDb, id: string, changes: AnnotationChanges, at: Date = new Date()): Promise<Annotation> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) throw new Error(`No highlight with id "${id}": it may have been deleted`);
    const { speakerId, organisationId, stance, ...rest } = current;
    const next: Annotation = {
      ...rest,
      note: changes.note ?? current.note,
      tags: changes.tags ? normaliseTags(changes.tags) : current.tags,
      colour: changes.colour ?? current.colour,
      topicIds: changes.topicIds ?? current.topicIds,
      updatedAt: nextStamp(current.updatedAt, at),
      ...optional('speakerId', speakerId, changes.speakerId),
      ...optional('organisationId', organisationId, changes.organisationId),
      ...optional('stance', stance, changes.stance),
    };
    await db.annotations.put(next);
    return next;
  });
}

/** Tags are trimmed, de-duplicated case-insensitively, and never empty. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags.map((t) => t.trim()).filter(Boolean)) {
    if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

/** Deletes and leaves a tombstone; returns the deleted record so the UI can offer undo. */
export async function deleteAnnotation(db: PolicyLensDb, id: string): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, db.deletions, async () => {
    const current = await db.annotations.get(id);
    if (!current) return undefined;
    await db.annotations.delete(id);
    await db.deletions.put({ table: 'annotations', id, deletedAt: nextStamp(current.updatedAt) });
    return current;
  });
}

/** Undo of a delete: the record comes back as it was and its tombstone goes. */
export async function restoreAnnotation(db: PolicyLensDb, annotation: Annotation): Promise<void> {
  await db.transaction('rw', db.annotations, db.deletions, async () => {
    await db.deletions.delete(['annotations', annotation.id]);
    await db.annotations.put(annotation);
  });
}

export async function vocabulary(db: PolicyLensDb): Promise<Vocabulary> {
  const [people, organisations, topics] = await Promise.all([
    db.people.toArray(),
    db.organisations.toArray(),
    db.topics.toArray(),
  ]);
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
  return {
    people: people.map((p) => ({ id: p.id, name: p.name })).sort(byName),
    organisations: organisations.map((o) => ({ id: o.id, name: o.name })).sort(byName),
    topics: topics.map((t) => ({ id: t.id, label: t.label })).sort((a, b) => a.label.localeCompare(b.label)),
  };
}

/** A readable id made from the name ("Dr Jane O’Neill" → "dr-jane-oneill"), suffixed when already taken. */
async function freeId(table: EntityTable<{ id: string }, 'id'>, name: string): Promise<string> {
  const base = slugify(name) || 'unnamed';
  const taken = await table.where('id').startsWith(base).primaryKeys();
  return uniqueId(base, new Set(taken));
}

/** What every record the analyst creates starts with. */
async function newRecord(table: EntityTable<{ id: string }, 'id'>, name: string) {
  const at = now();
  return { id: await freeId(table, name), origin: 'user' as const, createdAt: at, updatedAt: at, name: name.trim(), aliases: [] };
}

// Choosing a free id and adding the record happen in one read-write transaction:
// IndexedDB runs such transactions on a table one after another, so two pages
// creating the same name at once get two ids instead of a ConstraintError.

export function createPerson(db: PolicyLensDb, name: string): Promise<Person> {
  return db.transaction('rw', db.people, async () => {
    const person: Person = { ...(await newRecord(db.people, name)), roles: [] };
    await db.people.add(person);
    return person;
  });
}

export function createOrganisation(db: PolicyLensDb, name: string, kind: OrganisationKind): Promise<Organisation> {
  return db.transaction('rw', db.organisations, async () => {
    const organisation: Organisation = { ...(await newRecord(db.organisations, name)), kind };
    await db.organisations.add(organisation);
    return organisation;
  });
}
