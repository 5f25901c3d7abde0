import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './escape-reg-exp';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text literally, and only it', () => {
    const text = 'St. John’s (a+b)*[c]? ^$ {1} | \\ NHS';
    const pattern = new RegExp(`^${escapeRegExp(text)}$`, 'u');
    expect(pattern.test(text)).toBe(true);
    expect(pattern.test(text.replace('.', 'x'))).toBe(false);
  });
});
