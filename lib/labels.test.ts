import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, STATEMENT_KINDS, colourLabel, enumLabel, organisationKindLabel, statementKindLabel } from './labels';

describe('labels derived from the schema enums', () => {
  it('names every statement kind, organisation kind and colour in sentence case, acronyms in capitals', () => {
    expect(STATEMENT_KINDS.map(statementKindLabel)).toEqual(['Press statement', 'Press release', 'News report', 'Opinion piece']);
    expect(organisationKindLabel('national-nhs-body')).toBe('National NHS body');
    expect(organisationKindLabel('think-tank-or-charity')).toBe('Think tank or charity');
    expect(new Set(ORGANISATION_KINDS.map(organisationKindLabel)).size).toBe(ORGANISATION_KINDS.length);
    expect(colourLabel('purple')).toBe('Purple');
  });

  it('capitalises an acronym anywhere in the value', () => {
    expect(enumLabel('nhs-trust')).toBe('NHS trust');
    expect(enumLabel('local-nhs-body')).toBe('Local NHS body');
  });
});
