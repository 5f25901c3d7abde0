// A quick 32-bit hash of a long string, for telling a record's content from another
// version's without comparing them: the installer hashes every record of a pack (50 000
// statements of a few kilobytes and 150 000 quotes), so it must be fast. The string is
// encoded as UTF-8 into a reused buffer and mixed four bytes at a time (FNV-1a's prime
// with a xorshift, so every byte reaches every bit), about four times the speed of a
// loop over its characters in V8. Not for the text index: fingerprints.ts hashes words.

/** FNV-1a's 32-bit offset basis and prime. */
const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;
/** The buffer strings are encoded into; it grows to the longest string seen. */
let buffer = new Uint8Array(1 << 16);
const encoder = new TextEncoder();

/**
 * Strings up to this long are first tried as plain ASCII, read straight from their code
 * units (which are then their UTF-8 bytes): ids and keys are short, and encodeInto's
 * call cost more than hashing them (an install hashes some 700,000 of them at 50k statements).
 */
const SHORT = 128;

/** textHash of an ASCII string, from its code units; undefined when a unit is not ASCII. */
function asciiHash(text: string): number | undefined {
  const length = text.length;
  let h = OFFSET ^ length;
  const whole = length & ~3;
  let or = 0;
  for (let i = 0; i < whole; i += 4) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    const c = text.charCodeAt(i + 2);
    const d = text.charCodeAt(i + 3);
    or |= a | b | c | d;
    h = Math.imul(h ^ (a | (b << 8) | (c << 16) | (d << 24)), PRIME);
    h ^= h >>> 15;
  }
  for (let i = whole; i < length; i++) {
    or |= text.charCodeAt(i);
    h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  }
  return or < 0x80 ? h >>> 0 : undefined;
}

export function textHash(text: string): number {
  if (text.length <= SHORT) {
    const ascii = asciiHash(text);
    if (ascii !== undefined) return ascii;
  }
  // UTF-8 takes at most three bytes per UTF-16 code unit.
  if (buffer.length < text.length * 3) buffer = new Uint8Array(text.length * 3);
  const { written } = encoder.encodeInto(text, buffer);
  const words = new Uint32Array(buffer.buffer, 0, written >>> 2);
  let h = OFFSET ^ written;
  for (let i = 0; i < words.length; i++) {
    h = Math.imul(h ^ (words[i] ?? 0), PRIME);
    h ^= h >>> 15;
  }
  for (let i = words.length * 4; i < written; i++) h = Math.imul(h ^ (buffer[i] ?? 0), PRIME);
  return h >>> 0;
}
