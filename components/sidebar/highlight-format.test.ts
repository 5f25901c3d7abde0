import { describe, expect, it } from 'vitest';
import { HighlightColour, OrganisationKind } from '@/lib/schema';
import { normaliseName, resolveName, suggestions } from './Combobox';
import { hopsonHighlight, vocabulary } from '../../test-support/sidebar/highlight-fixtures';
import {
  changedFields,
  colourLabel,
  errorText,
  excerpt,
  fieldsOf,
  HIGHLIGHT_COLOURS,
  ORGANISATION_KINDS,
  parseTags,
} from './highlight-format';

describe('labels', () => {
  it('names every colour and organisation kind of the schema, in its order', () => {
    expect(HIGHLIGHT_COLOURS).toEqual(HighlightColour.options);
    expect(ORGANISATION_KINDS).toEqual(OrganisationKind.options);
    expect(colourLabel('purple')).toBe('Purple');
  });
});

describe('changedFields', () => {
  const before = fieldsOf(hopsonHighlight);

  it('is empty when nothing changed, whatever the order of topics', () => {
    expect(changedFields(before, { ...before, topicIds: [...before.topicIds].reverse() })).toEqual({});
  });

  it('has only the changed fields, with null for cleared attributions', () => {
    expect(changedFields(before, { ...before, note: 'New', speakerId: null, stance: null })).toEqual({
      note: 'New',
      speakerId: null,
      stance: null,
    });
    expect(changedFields(fieldsOf({ ...hopsonHighlight, stance: undefined }), { ...before, tags: ['a'] })).toEqual({
      tags: ['a'],
      stance: 'supportive-with-reservations',
    });
  });
});

describe('text helpers', () => {
  it('parses comma-separated tags as storage normalises them', () => {
    expect(parseTags(' NHS, budget,, nhs ,  ')).toEqual(['NHS', 'budget']);
    expect(parseTags('')).toEqual([]);
  });

  it('shortens highlighted text to one line for names', () => {
    expect(excerpt('Short\ntext')).toBe('Short text');
    expect(excerpt('word '.repeat(40)).length).toBeLessThanOrEqual(61);
  });

  it('words a rejection for the user', () => {
    expect(errorText(new Error('Disk full'))).toBe('Disk full');
    expect(errorText('Offline')).toBe('Offline');
    expect(errorText(undefined)).toBe('Something went wrong. Please try again.');
  });
});

describe('combobox suggestions', () => {
  const people = vocabulary.people;

  it('ignores case, accents and extra spaces', () => {
    expect(normaliseName('  Chaand   NAGPAUL ')).toBe('chaand nagpaul');
    expect(normaliseName('Zoë')).toBe('zoe');
  });

  it('lists names starting with the text first, then word starts, then the rest, then Create', () => {
    const list = suggestions(
      [
        { id: 'a', name: 'Anna Mars' },
        { id: 'b', name: 'Marsha Lee' },
        { id: 'c', name: 'Omar Sharif' },
      ],
      { id: null, text: 'mar' },
    );
    expect(list).toEqual([
      { kind: 'option', option: { id: 'b', name: 'Marsha Lee' } },
      { kind: 'option', option: { id: 'a', name: 'Anna Mars' } },
      { kind: 'option', option: { id: 'c', name: 'Omar Sharif' } },
      { kind: 'create', name: 'mar' },
    ]);
  });

  it('shows every record while the text is the chosen name, and offers no Create for a known name', () => {
    expect(suggestions(people, { id: 'matt-hancock', text: 'Matt Hancock' })).toHaveLength(people.length);
    expect(suggestions(people, { id: null, text: 'matt hancock' })).toEqual([
      { kind: 'option', option: { id: 'matt-hancock', name: 'Matt Hancock' } },
    ]);
    expect(suggestions(people, { id: null, text: '  Jane   Doe ' }).at(-1)).toEqual({ kind: 'create', name: 'Jane Doe' });
  });

  it('resolves a typed name only when exactly one record has it', () => {
    expect(resolveName(people, 'JENNIFER dixon')).toBe('jennifer-dixon');
    expect(resolveName(people, 'Jennifer')).toBeNull();
    expect(resolveName([...people, { id: 'jennifer-dixon-2', name: 'Jennifer Dixon' }], 'Jennifer Dixon')).toBeNull();
    expect(resolveName(people, '   ')).toBeNull();
  });
});
