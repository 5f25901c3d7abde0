import { describe, expect, it } from 'vitest';
import { textHash } from './text-hash';

/** The hash's definition, over the text's UTF-8 bytes: where records are filed depends on it never changing. */
function utf8Definition(text: string): number {
  const bytes = new TextEncoder().encode(text);
  const whole = bytes.length & ~3;
  let h = 0x811c9dc5 ^ bytes.length;
  for (let i = 0; i < whole; i += 4) {
    h = Math.imul(h ^ ((bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16) | ((bytes[i + 3] ?? 0) << 24)), 0x01000193);
    h ^= h >>> 15;
  }
  for (let i = whole; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] ?? 0), 0x01000193);
  return h >>> 0;
}

describe('textHash', () => {
  it('hashes the text’s UTF-8 bytes, whether short ids read as ASCII or anything else encoded', () => {
    const texts = ['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'statement-2022-03-nhs-confed', 'x'.repeat(127), 'x'.repeat(128), 'x'.repeat(129), '\u007f', '\u0080', 'é', 'São Paulo', '’quote’', '😀 abc', 'ø'.repeat(200)];
    for (const text of texts) expect(textHash(text), JSON.stringify(text)).toBe(utf8Definition(text));
  });

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
