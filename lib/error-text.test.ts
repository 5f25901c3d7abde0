import { describe, expect, it } from 'vitest';
import { errorText } from './error-text';
import { isObject } from './is-object';

describe('errorText', () => {
  it("uses an error's message, a thrown string, or a plain apology", () => {
    expect(errorText(new Error(' Quota exceeded '))).toBe('Quota exceeded');
    expect(errorText('offline')).toBe('offline');
    expect(errorText(undefined)).toBe('Something went wrong. Please try again.');
    expect(errorText(new Error(''))).toBe('Something went wrong. Please try again.');
  });
});

describe('isObject', () => {
  it('accepts plain objects only', () => {
    expect(isObject({ a: 1 })).toBe(true);
    expect([null, [], 'x', 1, undefined].map(isObject)).toEqual([false, false, false, false, false]);
  });
});
