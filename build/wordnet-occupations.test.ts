import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OCCUPATION_NOUNS } from '../lib/capture/occupation-nouns';
import { WORDNET_DICT, occupationModule, occupationsFromWordNet } from './wordnet-occupations';

describe('occupation nouns from WordNet', () => {
  const words = occupationsFromWordNet(WORDNET_DICT);

  it('is what lib/capture/occupation-nouns.ts holds (run `npm run occupations` after changing the derivation)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', 'lib', 'capture', 'occupation-nouns.ts'), 'utf8');
    expect(committed).toBe(occupationModule(WORDNET_DICT, words));
    expect([...OCCUPATION_NOUNS]).toEqual(words);
  });

  it('holds occupations met on the development pages, and not kinship, circumstance or surnames', () => {
    for (const w of ['author', 'candidate', 'paramedic', 'presenter', 'pharmacist', 'nurse', 'broadcaster', 'activist']) expect(words).toContain(w);
    for (const w of ['niece', 'resident', 'accused', 'victim', 'patient', 'baker', 'head', 'hawk']) expect(words).not.toContain(w);
  });

  it('grows with the roots: every word under fewer roots is under more', () => {
    const fewer = new Set(occupationsFromWordNet(WORDNET_DICT, ['worker.1']));
    expect(fewer.size).toBeGreaterThan(0);
    expect(fewer.size).toBeLessThan(words.length);
    expect([...fewer].every((w) => words.includes(w))).toBe(true);
  });

  it('names a root WordNet lacks', () => {
    expect(() => occupationsFromWordNet(WORDNET_DICT, ['worker.99'])).toThrow('WordNet has no noun sense worker.99');
  });
});
