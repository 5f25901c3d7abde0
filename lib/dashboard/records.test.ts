import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { buildRecord, fieldForPath, TABLE_SPECS, validateRecord, valuesFromRecord, type AnyRecord } from './records';
import { slugify, uniqueId } from '../text/text';

const corpus = loadBundledCorpus();
const NOW = '2026-12-01T10:00:00.000Z';

describe('slugs', () => {
  it('makes lower-case slugs without accents or punctuation', () => {
    expect(slugify("The King's Fund")).toBe('the-kings-fund');
    expect(slugify('  Réseau Santé — 2022 ')).toBe('reseau-sante-2022');
    expect(slugify('!!!')).toBe('');
    expect(slugify('a '.repeat(80)).length).toBeLessThanOrEqual(60);
  });

  it('makes them unique', () => {
    expect(uniqueId('x', new Set())).toBe('x');
    expect(uniqueId('x', new Set(['x', 'x-2']))).toBe('x-3');
  });
});

describe('buildRecord and validateRecord', () => {
  const people = TABLE_SPECS.people;

  it('creates a valid person with a unique slug id, origin user and timestamps', () => {
    const values = { ...valuesFromRecord(people), name: 'Chris Hopson', aliases: 'Mr Hopson\n\n', 'roles.0.title': 'Chief executive', 'roles.0.organisationId': 'nhs-providers' };
    const record = buildRecord(people, values, undefined, { takenIds: new Set(['chris-hopson']), now: NOW });
    const result = validateRecord(people, record);
    expect(result).toEqual({
      ok: true,
      record: {
        id: 'chris-hopson-2',
        name: 'Chris Hopson',
        aliases: ['Mr Hopson'],
        roles: [{ title: 'Chief executive', organisationId: 'nhs-providers' }],
        origin: 'user',
        createdAt: NOW,
        updatedAt: NOW,
      },
    });
  });

  it('reports an empty name beside the name field', () => {
    const record = buildRecord(people, valuesFromRecord(people), undefined, { takenIds: new Set(), now: NOW });
    const result = validateRecord(people, record);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.fields).toEqual({ name: 'Name is required.' });
      expect(result.errors.form).toEqual([]);
    }
  });

  it('reports a half-filled role beside the missing part', () => {
    const values = { ...valuesFromRecord(people), name: 'A Person', 'roles.0.title': 'Chair' };
    const result = validateRecord(people, buildRecord(people, values, undefined, { takenIds: new Set(), now: NOW }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors.fields)).toEqual(['roles.0.organisationId']);
  });

  it('keeps further roles of an edited person, and an edit makes a corpus record the user’s', () => {
    const hopson = corpus.people.find((p) => p.id === 'chris-hopson')!;
    const existing = { ...hopson, roles: [...hopson.roles, { title: 'Former role', organisationId: 'nhs-england' }] } as AnyRecord;
    const values = { ...valuesFromRecord(people, existing), 'roles.0.title': 'Former chief executive' };
    const result = validateRecord(people, buildRecord(people, values, existing, { takenIds: new Set(), now: NOW }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.record).toMatchObject({ id: 'chris-hopson', origin: 'user', createdAt: hopson.createdAt, updatedAt: NOW });
      expect(result.record.roles).toEqual([
        { title: 'Former chief executive', organisationId: 'nhs-providers' },
        { title: 'Former role', organisationId: 'nhs-england' },
      ]);
    }
  });

  it('maps URL, date, select, list and topic errors to their fields', () => {
    const statements = TABLE_SPECS.statements;
    const values = {
      ...valuesFromRecord(statements),
      title: 'A title',
      publishedDate: '9 Feb',
      canonicalUrl: 'javascript:alert(1)',
      otherUrls: 'https://ok.example/\nnot a url',
      text: 'Some text',
    };
    const result = validateRecord(statements, buildRecord(statements, values, undefined, { takenIds: new Set(), now: NOW }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.fields).toMatchObject({
        publishedDate: 'Enter a date as YYYY-MM-DD.',
        canonicalUrl: 'Enter a full web address starting with https:// or http://.',
        otherUrls: 'Line 2: enter a full web address starting with https:// or http://.',
        eventId: 'Choose the event.',
        kind: 'Choose the kind.',
        publisherId: 'Choose the publisher.',
      });
      expect(result.errors.fields).not.toHaveProperty('title');
    }
    const quotes = TABLE_SPECS.quotes;
    const quote = validateRecord(quotes, buildRecord(quotes, { ...valuesFromRecord(quotes), text: 'Words' }, undefined, { takenIds: new Set(), now: NOW }));
    expect(quote.ok).toBe(false);
    if (!quote.ok) expect(quote.errors.fields.topicIds).toBe('Choose at least one of the topics.');
  });

  it('makes quote ids from their first words, and round-trips a corpus quote', () => {
    const quotes = TABLE_SPECS.quotes;
    const cordery = corpus.quotes.find((q) => q.id === 'q-cordery-2022-1')! as AnyRecord;
    const values = valuesFromRecord(quotes, cordery);
    expect(values.topicIds).toEqual(cordery.topicIds);
    const copy = buildRecord(quotes, values, undefined, { takenIds: new Set(), now: NOW });
    expect(copy.id).toBe('q-trust-leaders-support-the-ambition-to');
    const edited = validateRecord(quotes, buildRecord(quotes, values, cordery, { takenIds: new Set(), now: NOW }));
    expect(edited.ok && { ...edited.record, origin: 'corpus', updatedAt: cordery.updatedAt }).toEqual(cordery);
  });

  it('drops an empty optional field rather than storing an empty string', () => {
    const organisations = TABLE_SPECS.organisations;
    const values = { ...valuesFromRecord(organisations), name: 'New Body', kind: 'think-tank-or-charity' };
    const result = validateRecord(organisations, buildRecord(organisations, values, undefined, { takenIds: new Set(), now: NOW }));
    expect(result.ok && result.record).toEqual({
      id: 'new-body',
      name: 'New Body',
      aliases: [],
      kind: 'think-tank-or-charity',
      origin: 'user',
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('finds the field of a nested issue path, and of the id', () => {
    expect(fieldForPath(TABLE_SPECS.statements, ['otherUrls', 1])?.name).toBe('otherUrls');
    expect(fieldForPath(TABLE_SPECS.people, ['roles', 0, 'title'])?.name).toBe('roles.0.title');
    expect(fieldForPath(TABLE_SPECS.topics, ['id'])?.name).toBe('label');
    expect(fieldForPath(TABLE_SPECS.topics, ['nope'])).toBeUndefined();
  });
});
