// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageUrls } from './page-signals';

function page(head: string): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head><body></body></html>`, 'text/html');
}

describe('pageUrls', () => {
  const here = { href: 'http://127.0.0.1:5000/copy?utm_source=feed' };

  it('returns the address alone when the page names no other', () => {
    expect(pageUrls(page('<title>x</title>'), here)).toEqual([here.href]);
  });

  it('adds the canonical link, resolved against the address, and og:url, on the same site', () => {
    const doc = page(
      '<link rel="canonical" href="/original"><meta property="og:url" content=" http://127.0.0.1:5000/og ">',
    );
    expect(pageUrls(doc, here)).toEqual([here.href, 'http://127.0.0.1:5000/original', 'http://127.0.0.1:5000/og']);
  });

  it('matches rel and property case-insensitively, and takes www. and subdomains as the same site', () => {
    const at = { href: 'https://amp.example.org/story' };
    const doc = page('<link rel="Canonical" href="https://www.example.org/c"><meta property="OG:URL" content="https://example.org/og">');
    expect(pageUrls(doc, at)).toEqual([at.href, 'https://www.example.org/c', 'https://example.org/og']);
  });

  it('does not believe a canonical link or og:url on another site (a page posing as a known statement)', () => {
    const doc = page(
      '<link rel="canonical" href="https://www.nhsproviders.org/news/statement"><meta property="og:url" content="https://www.gov.uk/x">',
    );
    expect(pageUrls(doc, here)).toEqual([here.href]);
    expect(pageUrls(doc, { href: 'https://nhsproviders.org.evil.example/news/statement' })).toEqual([
      'https://nhsproviders.org.evil.example/news/statement',
    ]);
  });

  it('drops duplicates and ignores malformed or non-canonical links', () => {
    const doc = page(
      `<link rel="alternate" href="https://example.org/feed"><link rel="canonical" href="http://[bad">` +
        `<meta property="og:url" content="${here.href}">`,
    );
    expect(pageUrls(doc, here)).toEqual([here.href]);
  });
});
