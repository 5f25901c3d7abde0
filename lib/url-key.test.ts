import { describe, expect, it } from 'vitest';
import { cleanUrl, urlKey, urlKeys } from './url-key';

describe('urlKey', () => {
  const canonical = 'https://www.nhsproviders.org/news/integration-ambition-welcome';

  it.each([
    'https://www.nhsproviders.org/news/integration-ambition-welcome',
    'http://nhsproviders.org/news/integration-ambition-welcome/',
    'https://WWW.NHSProviders.org/news/integration-ambition-welcome#comments',
    'https://www.nhsproviders.org/news/integration-ambition-welcome?utm_source=x&utm_medium=email&fbclid=abc',
  ])('treats %s as the same document', (variant) => {
    expect(urlKey(variant)).toBe(urlKey(canonical));
  });

  it('keeps parameters that select a document, in a stable order', () => {
    expect(urlKey('https://example.org/view?b=2&a=1&utm_campaign=z')).toBe('example.org/view?a=1&b=2');
    expect(urlKey('https://example.org/view?id=1')).not.toBe(urlKey('https://example.org/view?id=2'));
  });

  it('keeps path case and ports, which can name different documents', () => {
    expect(urlKey('https://example.org/Press')).not.toBe(urlKey('https://example.org/press'));
    expect(urlKey('http://127.0.0.1:8080/a')).toBe('127.0.0.1:8080/a');
  });

  it('rejects what is not a web URL', () => {
    expect(urlKey('not a url')).toBeNull();
    expect(urlKey('chrome://extensions')).toBeNull();
    expect(urlKey('file:///tmp/a.html')).toBeNull();
  });

  it('dedupes and skips invalid entries in lists', () => {
    expect(urlKeys(['https://a.org/x', 'http://www.a.org/x/', 'nope'])).toEqual(['a.org/x']);
  });
});

describe('cleanUrl', () => {
  it('drops the fragment and tracking parameters, and keeps everything else as given', () => {
    expect(cleanUrl('https://WWW.Example.org/a/?id=3&utm_source=x#top')).toBe('https://www.example.org/a/?id=3');
    expect(cleanUrl('http://127.0.0.1:8080/page')).toBe('http://127.0.0.1:8080/page');
  });

  it('rejects what is not a web URL', () => {
    expect(cleanUrl('about:blank')).toBeNull();
    expect(cleanUrl('nonsense')).toBeNull();
  });
});
