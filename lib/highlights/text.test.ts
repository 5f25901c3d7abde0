import { describe, expect, it } from 'vitest';
import { foldText, searchTerms } from './text';

describe('foldText', () => {
  it('ignores case and accents', () => {
    expect(foldText('Réseau ÉQUITÉ Sinéad')).toBe('reseau equite sinead');
  });

  it('spells letters without a decomposition as typed', () => {
    expect(foldText('Straße Æther Œuvre Ørsted Łódź')).toBe('strasse aether oeuvre orsted lodz');
  });

  it('makes typographic quotes, dashes and whitespace plain', () => {
    expect(foldText('  O’Neill said “two–three” —\u00a0yes\n')).toBe(`o'neill said "two-three" - yes`);
  });
});

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
