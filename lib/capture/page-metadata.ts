// What "Capture this page as a statement" pre-fills about the page itself: title,
// date, publisher, author, canonical address and main text. Sources are tried from
// the most to the least deliberate: JSON-LD (written for search engines), Open Graph
// (written for sharing), then the document's own <time>, <link> and <title>.
import { readJsonLdArticle } from './json-ld';
import { toIsoDate } from './iso-date';
import { readMainText } from './main-text';

export interface PageMetadata {
  title: string;
  /** YYYY-MM-DD. */
  publishedDate?: string;
  publisher?: string;
  author?: string;
  canonicalUrl?: string;
  /** The article's text, paragraphs separated by blank lines. */
  mainText: string;
}

/** Page input is unbounded; a title longer than this is not a title. */
const MAX_TITLE_CHARS = 500;

function meta(doc: Document, attribute: 'property' | 'name', key: string): string | undefined {
  for (const el of doc.querySelectorAll(`meta[${attribute}][content]`)) {
    if ((el.getAttribute(attribute) ?? '').trim().toLowerCase() !== key) continue;
    const content = el.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

/** An absolute http(s) address, resolved against the page's own; undefined when malformed. */
function webUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function clean(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_CHARS);
  return text ? text : undefined;
}

export function readPageMetadata(doc: Document, location: { href: string }): PageMetadata {
  const ld = readJsonLdArticle(doc);
  const canonicalLink = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href')?.trim();
  const timeElement = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined;
  const result: PageMetadata = {
    title:
      clean(ld.headline) ?? clean(meta(doc, 'property', 'og:title')) ?? clean(doc.title) ??
      clean(doc.querySelector('h1')?.textContent ?? undefined) ?? '',
    mainText: readMainText(doc),
  };
  const publishedDate =
    toIsoDate(ld.datePublished) ?? toIsoDate(meta(doc, 'property', 'article:published_time')) ?? toIsoDate(timeElement);
  const publisher = clean(ld.publisherName) ?? clean(meta(doc, 'property', 'og:site_name'));
  const author = clean(ld.authorName) ?? clean(meta(doc, 'name', 'author'));
  const canonicalUrl =
    webUrl(canonicalLink, location.href) ?? webUrl(meta(doc, 'property', 'og:url'), location.href) ?? webUrl(ld.url, location.href);
  if (publishedDate) result.publishedDate = publishedDate;
  if (publisher) result.publisher = publisher;
  if (author) result.author = author;
  if (canonicalUrl) result.canonicalUrl = canonicalUrl;
  return result;
}
