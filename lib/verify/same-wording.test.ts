import { describe, expect, it } from 'vitest';
import { tokenize } from '../matching/tokens';
import { sameWording } from './same-wording';

const words = (text: string) => tokenize(text).map((t) => t.word);

describe('sameWording', () => {
  it('reads a compound written open, hyphenated or closed as the same words', () => {
    // Richard Murray: The King's Fund's release against LBC's report of it (February 2021).
    expect(sameWording(words('healthcare'), words('health care'))).toBe(true);
    expect(sameWording(words('health-care'), words('healthcare'))).toBe(true);
  });

  it('still tells different words apart', () => {
    expect(sameWording(words('healthcare organisations'), words('health care workers'))).toBe(false);
    expect(sameWording(words('health'), words('care'))).toBe(false);
  });

  it('never fuses the article into a word of a different sense', () => {
    expect(sameWording(words('apart from'), words('a part from'))).toBe(false);
    expect(sameWording(words('away'), words('a way'))).toBe(false);
  });
});
