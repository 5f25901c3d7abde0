import { describe, expect, it } from 'vitest';
import { randomInt, seededRandom } from '../../test-support/seeded-random';
import { textPieces } from './text-pieces';

describe('text pieces', () => {
  it('splice and slice as the same operations on a plain string do, over random edits', () => {
    const random = seededRandom(7);
    let plain = 'We welcome the white paper on integrated care systems.';
    let pieces = textPieces(plain);
    for (let round = 0; round < 500; round++) {
      const start = randomInt(random, 0, plain.length);
      const end = randomInt(random, start, Math.min(plain.length, start + 12));
      const inserted = ['', 'health ', '\nNew paragraph.', 'é'][randomInt(random, 0, 3)] as string;
      const kept = pieces;
      const before = plain;
      plain = plain.slice(0, start) + inserted + plain.slice(end);
      pieces = pieces.splice(start, end, inserted);
      expect(kept.toString()).toBe(before); // the text spliced from is left as it was
      expect(pieces.length).toBe(plain.length);
      const from = randomInt(random, 0, plain.length);
      const to = randomInt(random, from, plain.length);
      expect(pieces.slice(from, to)).toBe(plain.slice(from, to));
    }
    expect(pieces.toString()).toBe(plain);
  });

  it('treats an end past the text as its end', () => {
    expect(textPieces('abc').splice(3, 3, 'def').slice(1, 99)).toBe('bcdef');
  });
});
