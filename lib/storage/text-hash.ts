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

export function textHash(text: string): number {
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
