import { describe, expect, it } from 'vitest';
import { fingerprintOfUrn, highlightAddress, originPermission, pdfIdentity, pdfUrn } from './identity';

describe('PDF identity', () => {
  it('writes and reads urn:x-pdf: as Hypothesis does', () => {
    expect(pdfUrn('00ff')).toBe('urn:x-pdf:00ff');
    expect(fingerprintOfUrn('urn:x-pdf:00FF')).toBe('00ff');
    expect(fingerprintOfUrn('urn:x-pdf:')).toBeNull();
    expect(fingerprintOfUrn('urn:x-pdf:not-hex')).toBeNull();
    expect(fingerprintOfUrn('https://example.org/a.pdf')).toBeNull();
  });

  it('identifies a document by its first fingerprint and its cleaned web address', () => {
    expect(pdfIdentity(['ABC123', 'def'], 'https://example.org/a.pdf?utm_source=x#page=2')).toEqual({
      url: 'https://example.org/a.pdf',
      fingerprint: 'abc123',
    });
    expect(pdfIdentity(['abc123', null])).toEqual({ fingerprint: 'abc123' });
    expect(pdfIdentity(['abc123'], 'blob:chrome-extension://x/1')).toEqual({ fingerprint: 'abc123' });
    expect(() => pdfIdentity([null])).toThrow(/no fingerprint/);
  });

  it('saves highlights under the web address, or the urn when the file came from disk', () => {
    expect(highlightAddress({ url: 'https://example.org/a.pdf', fingerprint: 'ab' })).toBe('https://example.org/a.pdf');
    expect(highlightAddress({ fingerprint: 'ab' })).toBe('urn:x-pdf:ab');
  });

  it('asks for the PDF’s origin only, and only on the web', () => {
    expect(originPermission('https://www.example.org:8443/docs/a.pdf?x=1')).toBe('https://www.example.org/*');
    expect(originPermission('http://127.0.0.1:4000/a.pdf')).toBe('http://127.0.0.1/*');
    expect(originPermission('file:///home/a.pdf')).toBeNull();
    expect(originPermission('not a url')).toBeNull();
  });
});
