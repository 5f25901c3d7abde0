import { describe, expect, it } from 'vitest';
import {
  type Fingerprint,
  SHINGLE_WORDS,
  WINNOW_WINDOW,
  fingerprints,
  shingleHashes,
  textWordHashes,
  winnow,
  winnowedPositions,
  wordHash,
  wordHashes,
} from './fingerprints';
import { type Random, pick, randomInt, seededRandom } from '../../test-support/seeded-random';
import { tokenize } from './tokens';

/** Random words from a small vocabulary, so that texts repeat words and hashes tie. */
function randomWords(random: Random, count: number, vocabulary: number): string[] {
  return Array.from({ length: count }, () => `w${randomInt(random, 0, vocabulary - 1)}`);
}

const hashesOf = (prints: readonly Fingerprint[]): Set<number> => new Set(prints.map((p) => p.hash));

describe('shingle hashes', () => {
  it('are unsigned 32-bit integers, one per k-word window', () => {
    const tokens = tokenize('one two three four five six seven');
    const hashes = shingleHashes(tokens);
    expect(hashes.length).toBe(tokens.length - SHINGLE_WORDS + 1);
    for (const h of hashes) expect(h >>> 0).toBe(h);
  });

  it('depend on the normalised words only, and on their order', () => {
    const a = shingleHashes(tokenize('The NHS and local government have long been calling'));
    const b = shingleHashes(tokenize('the  nhs, and LOCAL\ngovernment — have long been calling'));
    expect(Array.from(a)).toEqual(Array.from(b));
    const swapped = shingleHashes(tokenize('NHS the and local government'));
    expect(swapped[0]).not.toBe(a[0]);
  });

  it('never change: stored indexes are only valid while every hash stays the same', () => {
    // Golden values: if this fails, the hash changed and every stored index must be rebuilt.
    expect(wordHash('integration')).toBe(2680004749);
    expect(Array.from(shingleHashes(tokenize('Integration ambition welcome but a lot of detail')))).toEqual([
      2749456639, 1574447122, 3082434736, 1761831784,
    ]);
  });
});

describe('winnowing', () => {
  it('selects, for every window, its minimum hash, at increasing positions', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const random = seededRandom(seed);
      const hashes = Uint32Array.from({ length: randomInt(random, 1, 200) }, () => randomInt(random, 0, 20));
      const prints = winnow(hashes, WINNOW_WINDOW);
      for (let i = 1; i < prints.length; i++) expect(prints[i]!.pos).toBeGreaterThan(prints[i - 1]!.pos);
      for (const p of prints) expect(p.hash).toBe(hashes[p.pos]);
      for (let start = 0; start + WINNOW_WINDOW <= hashes.length; start++) {
        const window = Array.from(hashes.subarray(start, start + WINNOW_WINDOW));
        const min = Math.min(...window);
        const chosen = prints.some((p) => p.pos >= start && p.pos < start + WINNOW_WINDOW && p.hash === min);
        expect(chosen).toBe(true);
      }
    }
  });

  it('keeps the earlier choice on ties, so repeated text gives few fingerprints', () => {
    const repeated = tokenize(Array.from({ length: 60 }, () => 'very').join(' '));
    expect(fingerprints(repeated).length).toBeLessThanOrEqual(Math.ceil(60 / WINNOW_WINDOW));
  });

  it('keeps about 2 / (w + 1) of the shingles of ordinary text', () => {
    const random = seededRandom(7);
    const tokens = tokenize(randomWords(random, 20_000, 5_000).join(' '));
    const density = fingerprints(tokens).length / shingleHashes(tokens).length;
    expect(density).toBeGreaterThan(1.6 / (WINNOW_WINDOW + 1));
    expect(density).toBeLessThan(2.4 / (WINNOW_WINDOW + 1));
  });

  it('gives short texts one fingerprint, and texts shorter than a shingle none', () => {
    expect(fingerprints(tokenize('one two three four'))).toEqual([]);
    expect(fingerprints(tokenize('one two three four five six seven'))).toHaveLength(1);
  });

  it('guarantees a shared fingerprint for any shared run of w + k − 1 words', () => {
    const guarantee = WINNOW_WINDOW + SHINGLE_WORDS - 1;
    for (let seed = 1; seed <= 500; seed++) {
      const random = seededRandom(seed);
      const vocabulary = pick(random, [3, 20, 1000]);
      const shared = randomWords(random, randomInt(random, guarantee, guarantee + 20), vocabulary);
      const a = [...randomWords(random, randomInt(random, 0, 50), vocabulary), ...shared, ...randomWords(random, randomInt(random, 0, 50), vocabulary)];
      const b = [...randomWords(random, randomInt(random, 0, 50), vocabulary), ...shared, ...randomWords(random, randomInt(random, 0, 50), vocabulary)];
      const inA = hashesOf(fingerprints(tokenize(a.join(' '))));
      const inB = hashesOf(fingerprints(tokenize(b.join(' '))));
      expect([...inA].some((h) => inB.has(h)), `seed ${seed}`).toBe(true);
    }
  });

  it('is deterministic', () => {
    const text = randomWords(seededRandom(3), 2_000, 300).join(' ');
    expect(fingerprints(tokenize(text))).toEqual(fingerprints(tokenize(text)));
  });
});

describe('word hashes read straight from a text', () => {
  /** Words and separators that take every path of the scanner: ASCII, capitals, accents, typography, astral planes, invisibles. */
  const PIECES = ['Health', 'NHS', 'care', '2022', '£90bn', 'it’s', 'health-care', '“quoted”', 'CAFÉ', 'cafe\u0301', 'ﬁnance', '½', 'inte\u00adgration', 'itʼs', '𝐁old', '😀', 'İstanbul', '\u0301', '日本', 'Ａｂｃ', '@', '[1]'];
  const SEPARATORS = [' ', '', '\n', ', ', '. ', '\u00a0'];

  it('are the hashes of the words tokenize gives, in order', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const text = Array.from({ length: randomInt(random, 0, 40) }, () => pick(random, PIECES) + pick(random, SEPARATORS)).join('');
      expect(Array.from(textWordHashes(text))).toEqual(Array.from(wordHashes(tokenize(text))));
    }
  });
});

describe('winnowed positions', () => {
  it('are the positions winnow selects, in order', () => {
    const random = seededRandom(11);
    for (let n = 0; n < 40; n++) {
      const hashes = shingleHashes(tokenize(randomWords(random, n, 6).join(' ')));
      expect(Array.from(winnowedPositions(hashes, WINNOW_WINDOW))).toEqual(winnow(hashes, WINNOW_WINDOW).map((p) => p.pos));
    }
  });
});
