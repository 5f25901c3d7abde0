import { describe, expect, it } from 'vitest';
import { searchTerms } from './search-terms';

describe('searchTerms', () => {
  it('splits on whitespace and folds each word', () => {
    expect(searchTerms('  NHS   Réforme ')).toEqual(['nhs', 'reforme']);
  });

  it('keeps a quoted phrase as one term, with typographic or plain quotes', () => {
    expect(searchTerms('"social care" nhs')).toEqual(['social care', 'nhs']);
    expect(searchTerms('“social   care”')).toEqual(['social care']);
  });

  it('reads an unclosed quote to the end, and drops empty phrases', () => {
    expect(searchTerms('nhs "social care')).toEqual(['nhs', 'social care']);
    expect(searchTerms('"" nhs')).toEqual(['nhs']);
  });

  it('returns no terms for a blank query', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('   ')).toEqual([]);
  });
});
