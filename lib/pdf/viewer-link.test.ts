import { describe, expect, it } from 'vitest';
import { highlightIdFromHash } from '../highlights/open-link';
import { fileFromSearch, pdfHighlightPath, viewerPath } from './viewer-link';

describe('links into the PDF viewer', () => {
  it('names the PDF and the highlight to show', () => {
    const path = viewerPath('https://example.org/a b.pdf?x=1&y=2', 'hl-1');
    expect(path).toBe('/pdf-viewer.html?file=https%3A%2F%2Fexample.org%2Fa%20b.pdf%3Fx%3D1%26y%3D2#policy-lens-highlight=hl-1');
    const url = new URL(path, 'chrome-extension://id/');
    expect(fileFromSearch(url.search)).toBe('https://example.org/a%20b.pdf?x=1&y=2');
    expect(highlightIdFromHash(url.hash)).toBe('hl-1');
  });

  it('opens the empty viewer for a PDF from disk, and refuses any other scheme as a file', () => {
    expect(pdfHighlightPath({ id: 'hl-2', url: 'urn:x-pdf:abcd' })).toBe('/pdf-viewer.html#policy-lens-highlight=hl-2');
    expect(pdfHighlightPath({ id: 'hl-3', url: 'https://example.org/a.pdf' })).toBe('/pdf-viewer.html?file=https%3A%2F%2Fexample.org%2Fa.pdf#policy-lens-highlight=hl-3');
    expect(fileFromSearch('?file=javascript%3Aalert(1)')).toBeNull();
    expect(fileFromSearch('?file=file%3A%2F%2F%2Fetc%2Fpasswd')).toBeNull();
    expect(fileFromSearch('')).toBeNull();
  });
});
