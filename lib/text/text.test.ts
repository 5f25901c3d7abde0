import { describe, expect, it } from 'vitest';
import { foldText, slugify, uniqueId } from './text';

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

describe('slugify', () => {
  it('gives one id for a name wherever it is created: apostrophes join words', () => {
    expect(slugify("The King's Fund")).toBe('the-kings-fund');
    expect(slugify('The King’s Fund')).toBe('the-kings-fund');
    expect(slugify('Dr Jane O’Neill')).toBe('dr-jane-oneill');
  });

  it('folds accents and punctuation, and cuts a long slug at a word', () => {
    expect(slugify('Zoë Édouard-Smith')).toBe('zoe-edouard-smith');
    expect(slugify('  Réseau Santé — 2022 ')).toBe('reseau-sante-2022');
    expect(slugify('!!!')).toBe('');
    const long = slugify('word '.repeat(30));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^(word-)*word$/);
  });
});

describe('uniqueId', () => {
  it('suffixes -2, -3, … when the base is taken', () => {
    expect(uniqueId('x', new Set())).toBe('x');
    expect(uniqueId('x', new Set(['x', 'x-2']))).toBe('x-3');
  });
});
