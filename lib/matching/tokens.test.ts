import { describe, expect, it } from 'vitest';
import { seededRandom, pick, randomInt } from '../../test-support/seeded-random';
import { normalizeWord, tokenize } from './tokens';

const words = (text: string): string[] => tokenize(text).map((t) => t.word);

/** Pieces that exercise every path of the tokenizer: ASCII, accents, typography, astral planes, invisibles. */
const PIECES = [
  'Health', 'care', 'NHS', '2022', '£90bn', 'it’s', "it's", 'health-care', '“quoted”', '"straight"', '—', '–', '-',
  'café', 'cafe\u0301', 'ÉCOLE', 'ﬁnance', '½', 'naïve', 'inte\u00adgration', 'itʼs', '𝐁old', '😀', 'İstanbul', 'straße',
  '…', '...', '\u00a0', '\n\n', '\t', '(ICS)', '[1]', 'über', 'Ωmega', '日本', 'x\u200dy', 'Ａｂｃ',
];

function randomText(seed: number, length: number): string {
  const random = seededRandom(seed);
  let text = '';
  for (let i = 0; i < length; i++) text += pick(random, PIECES) + pick(random, [' ', '', '  ', '\n', ', ', '. ']);
  return text;
}

describe('tokenize', () => {
  it('gives offsets into the original string that normalise back to each word', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const text = randomText(seed, randomInt(seededRandom(seed), 1, 60));
      const tokens = tokenize(text);
      let previousEnd = 0;
      for (const t of tokens) {
        expect(normalizeWord(text.slice(t.start, t.end))).toBe(t.word);
        expect(t.word.length).toBeGreaterThan(0);
        expect(t.start).toBeGreaterThanOrEqual(previousEnd);
        expect(t.end).toBeGreaterThan(t.start);
        previousEnd = t.end;
      }
    }
  });

  it('keeps letters and digits, lower-cased, and splits on everything else', () => {
    expect(words('Health-care: the NHS’s £90bn (2022)!')).toEqual(['health', 'care', 'the', 'nhs', 's', '90bn', '2022']);
    expect(words('')).toEqual([]);
    expect(words(' — … ... “ ” ')).toEqual([]);
  });

  it('folds typographic apostrophes, quotes and dashes into the same split', () => {
    expect(words('it’s')).toEqual(words("it's"));
    expect(words('itʼs')).toEqual(words("it's"));
    expect(words('“Joined-up care” – now')).toEqual(words('"joined-up care" - now'));
    expect(words('care—and')).toEqual(words('care - and'));
  });

  it('ignores case, accents, compatibility forms and layout', () => {
    expect(words('CAFÉ Naïve ÜBER')).toEqual(['cafe', 'naive', 'uber']);
    expect(words('cafe\u0301')).toEqual(['cafe']);
    expect(words('ﬁnance Ａｂｃ 𝐁old')).toEqual(['finance', 'abc', 'bold']);
    expect(words('İstanbul')).toEqual(['istanbul']);
    expect(words('one\u00a0two\n\nthree\tfour')).toEqual(['one', 'two', 'three', 'four']);
  });

  it('reads through soft hyphens and joiners inside words', () => {
    const text = 'inte\u00adgration';
    expect(tokenize(text)).toEqual([{ word: 'integration', start: 0, end: text.length }]);
  });

  it('treats characters outside the Basic Multilingual Plane by their properties', () => {
    expect(words('a 😀 b')).toEqual(['a', 'b']);
    expect(words('𝐀𝐁')).toEqual(['ab']);
  });
});
