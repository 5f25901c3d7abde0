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

  it('adds the canonical link, resolved against the address, and og:url', () => {
    const doc = page(
      '<link rel="canonical" href="/original"><meta property="og:url" content=" https://example.org/og ">',
    );
    expect(pageUrls(doc, here)).toEqual([here.href, 'http://127.0.0.1:5000/original', 'https://example.org/og']);
  });

  it('matches rel and property case-insensitively', () => {
    const doc = page('<link rel="Canonical" href="https://example.org/c"><meta property="OG:URL" content="https://example.org/og">');
    expect(pageUrls(doc, here)).toEqual([here.href, 'https://example.org/c', 'https://example.org/og']);
  });

  it('drops duplicates and ignores malformed or non-canonical links', () => {
    const doc = page(
      `<link rel="alternate" href="https://example.org/feed"><link rel="canonical" href="http://[bad">` +
        `<meta property="og:url" content="${here.href}">`,
    );
    expect(pageUrls(doc, here)).toEqual([here.href]);
  });
});
