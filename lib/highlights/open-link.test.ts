import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_FRAGMENT, hashWithoutHighlight, highlightIdFromHash, highlightLink } from './open-link';

describe('highlightLink', () => {
  it('adds the highlight fragment to the page address', () => {
    expect(HIGHLIGHT_FRAGMENT).toBe('policy-lens-highlight');
    expect(highlightLink({ id: 'hl-1f2e', url: 'https://example.org/a?b=1' })).toBe(
      'https://example.org/a?b=1#policy-lens-highlight=hl-1f2e',
    );
  });

  it('encodes the id and replaces a fragment the address already had', () => {
    expect(highlightLink({ id: 'a b&c', url: 'https://example.org/a#section-2' })).toBe(
      'https://example.org/a#policy-lens-highlight=a%20b%26c',
    );
  });

  it('round-trips through the URL parser and highlightIdFromHash', () => {
    const id = 'hl-00ff.a_b';
    expect(highlightIdFromHash(new URL(highlightLink({ id, url: 'https://example.org/' })).hash)).toBe(id);
  });
});

describe('highlightIdFromHash', () => {
  it('reads the id with or without the leading #', () => {
    expect(highlightIdFromHash('#policy-lens-highlight=hl-1f2e')).toBe('hl-1f2e');
    expect(highlightIdFromHash('policy-lens-highlight=hl-1f2e')).toBe('hl-1f2e');
  });

  it('finds the id among other fragment parts', () => {
    expect(highlightIdFromHash('#top&policy-lens-highlight=hl-1&x=2')).toBe('hl-1');
  });

  it('decodes percent-encoding', () => {
    expect(highlightIdFromHash('#policy-lens-highlight=hl%2D1')).toBe('hl-1');
  });

  it('returns null when there is no highlight fragment', () => {
    expect(highlightIdFromHash('')).toBeNull();
    expect(highlightIdFromHash('#')).toBeNull();
    expect(highlightIdFromHash('#section-2')).toBeNull();
    expect(highlightIdFromHash('#policy-lens-highlights=hl-1')).toBeNull();
    expect(highlightIdFromHash('#xpolicy-lens-highlight=hl-1')).toBeNull();
  });

  it('returns null for an empty, malformed or non-slug id', () => {
    expect(highlightIdFromHash('#policy-lens-highlight=')).toBeNull();
    expect(highlightIdFromHash('#policy-lens-highlight=%E0%A4%A')).toBeNull();
    expect(highlightIdFromHash('#policy-lens-highlight=%3Cscript%3E')).toBeNull();
    expect(highlightIdFromHash('#policy-lens-highlight=HL-1')).toBeNull();
    expect(highlightIdFromHash('#policy-lens-highlight=a%20b')).toBeNull();
  });
});

describe('hashWithoutHighlight', () => {
  it('removes the highlight part and keeps the rest', () => {
    expect(hashWithoutHighlight('#policy-lens-highlight=hl-1')).toBe('');
    expect(hashWithoutHighlight('#top&policy-lens-highlight=hl-1&x=2')).toBe('#top&x=2');
    expect(hashWithoutHighlight('#section-2')).toBe('#section-2');
    expect(hashWithoutHighlight('')).toBe('');
    expect(hashWithoutHighlight('#')).toBe('');
  });
});
