import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Annotation } from '../schema';
import {
  type NewAnnotation,
  annotationsForUrl,
  createAnnotation,
  createOrganisation,
  createPerson,
  deleteAnnotation,
  normaliseTags,
  restoreAnnotation,
  updateAnnotation,
  vocabulary,
} from './annotations';
import type { PolicyLensDb } from './db';
import { openTestDatabase } from './test-db';

const input: NewAnnotation = {
  url: 'https://example.org/story',
  pageTitle: 'A story',
  quote: { type: 'TextQuoteSelector', exact: 'pooled budgets can help', prefix: 'And while ', suffix: ' align decision-making' },
  position: { type: 'TextPositionSelector', start: 40, end: 63 },
};

describe('saved highlights', () => {
  let db: PolicyLensDb;
  beforeEach(() => {
    db = openTestDatabase();
  });
  afterEach(() => db.delete());

  it('creates a valid W3C-anchored annotation the page can find again', async () => {
    const created = await createAnnotation(db, { ...input, statementId: 'nhs-providers-cordery-2022-02-09' });
    expect(Annotation.parse(created)).toEqual(created);
    expect(created.target.selector).toEqual([input.quote, input.position]);
    expect(await annotationsForUrl(db, input.url)).toEqual([created]);
    expect(await annotationsForUrl(db, 'https://example.org/other')).toEqual([]);
  });

  it('updates only what changed, clears attributions with null, and moves updatedAt on', async () => {
    const created = await createAnnotation(db, input);
    const withSpeaker = await updateAnnotation(db, created.id, { note: 'Key line', tags: [' budgets ', 'Budgets', 'ICS'], speakerId: 'saffron-cordery', stance: 'mixed' });
    expect(withSpeaker).toMatchObject({ note: 'Key line', tags: ['budgets', 'ICS'], speakerId: 'saffron-cordery', stance: 'mixed', colour: 'yellow' });
    expect(withSpeaker.updatedAt >= created.updatedAt).toBe(true);
    const cleared = await updateAnnotation(db, created.id, { speakerId: null, stance: null });
    expect(cleared).not.toHaveProperty('speakerId');
    expect(cleared).not.toHaveProperty('stance');
    expect(cleared.note).toBe('Key line');
    await expect(updateAnnotation(db, 'hl-missing', { note: 'x' })).rejects.toThrow(/No highlight with id "hl-missing"/);
  });

  it('deletes leaving a tombstone, and undo brings back exactly what was deleted', async () => {
    const created = await createAnnotation(db, input);
    const deleted = await deleteAnnotation(db, created.id);
    expect(deleted).toEqual(created);
    expect(await db.annotations.get(created.id)).toBeUndefined();
    expect(await db.deletions.get(['annotations', created.id])).toMatchObject({ table: 'annotations', id: created.id });
    await restoreAnnotation(db, deleted!);
    expect(await db.annotations.get(created.id)).toEqual(created);
    expect(await db.deletions.get(['annotations', created.id])).toBeUndefined();
    expect(await deleteAnnotation(db, 'hl-missing')).toBeUndefined();
  });

  it('creates people and organisations on the spot with readable, unique ids', async () => {
    const first = await createPerson(db, '  Dr Jane O’Neill ');
    const second = await createPerson(db, 'Dr Jane O’Neill');
    expect(first).toMatchObject({ id: 'dr-jane-oneill', name: 'Dr Jane O’Neill', origin: 'user' });
    expect(second.id).toBe('dr-jane-oneill-2');
    const org = await createOrganisation(db, 'Care Providers’ Alliance', 'membership-body');
    expect(org).toMatchObject({ id: 'care-providers-alliance', kind: 'membership-body' });
    const known = await vocabulary(db);
    expect(known.people.map((p) => p.id)).toEqual(['dr-jane-oneill', 'dr-jane-oneill-2']);
    expect(known.organisations.map((o) => o.name)).toEqual(['Care Providers’ Alliance']);
  });

  it('names a new organisation with the same id as the Dashboard would ("The King’s Fund")', async () => {
    expect((await createOrganisation(db, 'The King’s Fund', 'think-tank-or-charity')).id).toBe('the-kings-fund');
    expect((await createPerson(db, '!!!')).id).toBe('unnamed');
  });
});

describe('creating the same record from two pages at once', () => {
  let db: PolicyLensDb;
  beforeEach(() => {
    db = openTestDatabase();
  });
  afterEach(() => db.delete());

  it('gives each creation its own id, with no ConstraintError', async () => {
    const people = await Promise.all([createPerson(db, 'Jane Smith'), createPerson(db, 'Jane Smith'), createPerson(db, 'Jane Smith')]);
    expect(people.map((p) => p.id).sort()).toEqual(['jane-smith', 'jane-smith-2', 'jane-smith-3']);
    const organisations = await Promise.all([
      createOrganisation(db, 'The Health Foundation', 'think-tank-or-charity'),
      createOrganisation(db, 'The Health Foundation', 'think-tank-or-charity'),
    ]);
    expect(organisations.map((o) => o.id).sort()).toEqual(['the-health-foundation', 'the-health-foundation-2']);
    expect(await db.people.count()).toBe(3);
  });
});

describe('helpers', () => {
  it('normaliseTags trims, drops empties and keeps the first spelling of each tag', () => {
    expect(normaliseTags(['  a ', '', 'B', 'b', 'A'])).toEqual(['a', 'B']);
  });
});
