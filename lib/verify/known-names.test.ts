import { afterEach, describe, expect, it } from 'vitest';
import type { PolicyLensDb } from '../storage/db';
import { openTestDatabase } from '../storage/test-db';
import { knownNames, namePattern, namesAnyone } from './known-names';

const now = '2026-11-30T00:00:00.000Z';
const person = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, roles: [], origin: 'corpus' as const, createdAt: now, updatedAt: now });

describe('namePattern', () => {
  const people = namePattern([
    { id: 'chris-hopson', name: 'Chris Hopson', aliases: ['Mr Hopson'] },
    { id: 'matt-hancock', name: 'Matt Hancock', aliases: ['the Health Secretary'] },
    { id: 'kings', name: "Dr O'Neill", aliases: [] },
  ]);
  const pattern = people && { test: (text: string) => namesAnyone(people, text) };

  it('finds a name or an alias on word edges, across any whitespace, with either apostrophe', () => {
    expect(pattern?.test('Trusts are worried, Chris\nHopson said.')).toBe(true);
    expect(pattern?.test('“We will cope,” Mr Hopson added.')).toBe(true);
    expect(pattern?.test('The Health Secretary said so.')).toBe(true);
    expect(pattern?.test('Dr O’Neill wrote.')).toBe(true);
  });

  it('does not find a name inside a longer word, or in the wrong case', () => {
    expect(pattern?.test('The Mr Hopsons of this world.')).toBe(false);
    expect(pattern?.test('chris hopson')).toBe(false);
    expect(pattern?.test('Nobody the corpus knows is named here.')).toBe(false);
  });

  it('is undefined when the corpus knows nobody', () => {
    expect(namePattern([])).toBeUndefined();
  });
});

describe('knownNames', () => {
  let db: PolicyLensDb | undefined;
  afterEach(async () => {
    await db?.delete();
  });

  it('builds the pattern once, and again only after the people table changes', async () => {
    db = openTestDatabase();
    await db.people.bulkAdd([person('chris-hopson', 'Chris Hopson')]);
    const names = knownNames(db);
    let reads = 0;
    const toArray = db.people.toArray.bind(db.people);
    db.people.toArray = (() => {
      reads += 1;
      return toArray();
    }) as typeof db.people.toArray;
    expect(await names.named('Chris Hopson said so.')).toBe(true);
    expect(await names.named('Saffron Cordery said so.')).toBe(false);
    expect(reads).toBe(1);
    await db.people.add(person('saffron-cordery', 'Saffron Cordery'));
    expect(await names.named('Saffron Cordery said so.')).toBe(true);
    expect(reads).toBe(2);
  });

  it('finds the name forms verification reads people by, and not a role alone (a later Health Secretary is not him)', async () => {
    db = openTestDatabase();
    await db.people.bulkAdd([
      person('helen-stokes-lampard', 'Helen Stokes-Lampard', ['Professor Stokes-Lampard']),
      person('matt-hancock', 'Matt Hancock', ['the Health Secretary']),
    ]);
    const names = knownNames(db);
    expect(await names.named('Dr Stokes-Lampard said so.')).toBe(true);
    expect(await names.named('The Health Secretary said so.')).toBe(false);
    expect(await names.named('Matt Hancock said so.')).toBe(true);
  });

  it('finds a surname alone only beside one of the person’s roles', async () => {
    db = openTestDatabase();
    await db.people.add({ ...person('matt-hancock', 'Matt Hancock'), roles: [{ title: 'Secretary of State for Health and Social Care', organisationId: 'dhsc' }] });
    const names = knownNames(db);
    expect(await names.named('The Secretary of State set out his vision. Hancock pledged to ensure it.')).toBe(true);
    expect(await names.named('Hancock pledged to ensure it.')).toBe(false);
  });

  it('reads the people again after a failed read instead of keeping the failure', async () => {
    db = openTestDatabase();
    await db.people.bulkAdd([person('chris-hopson', 'Chris Hopson')]);
    const toArray = db.people.toArray.bind(db.people);
    let fail = true;
    db.people.toArray = (() => (fail ? Promise.reject(new Error('closing')) : toArray())) as typeof db.people.toArray;
    const names = knownNames(db);
    await expect(names.named('Chris Hopson said so.')).rejects.toThrow('closing');
    fail = false;
    expect(await names.named('Chris Hopson said so.')).toBe(true);
  });
});
