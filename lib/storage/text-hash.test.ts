import { describe, expect, it } from 'vitest';
import { textHash } from './text-hash';

describe('textHash', () => {
  it('gives the same hash for the same text and another for a change anywhere, in any script', () => {
    const text = 'The department said it would consider the proposals carefully — “in full”. ';
    expect(textHash(text)).toBe(textHash(`${text}`));
    const variants = [text.slice(0, -1), `${text}x`, text.replace('department', 'Department'), text.replace('—', '–'), text.slice(1), ''];
    const hashes = new Set([text, ...variants].map(textHash));
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('is unaffected by a longer string hashed before (the buffer it reuses)', () => {
    const short = 'short';
    const first = textHash(short);
    textHash('long text '.repeat(10_000));
    expect(textHash(short)).toBe(first);
  });

  it('spreads near-identical texts over the 32 bits', () => {
    const hashes = Array.from({ length: 2_000 }, (_, i) => textHash(`statement ${i}`));
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(Math.max(...hashes)).toBeGreaterThan(2 ** 31);
  });
});
