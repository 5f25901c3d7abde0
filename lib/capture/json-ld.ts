// Reads the article facts a page declares in JSON-LD (schema.org NewsArticle,
// Article, BlogPosting). News sites fill it for search engines, so it is often the
// most reliable source of headline, date, publisher and author. It is also page
// input: anything may be there (broken JSON, arrays, @graph, strings for objects),
// so every value is checked and nothing here throws.
import { isObject } from '../is-object';

export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  publisherName?: string;
  authorName?: string;
  url?: string;
}

/** schema.org types that describe an article's text (subtypes news sites use included). */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'BlogPosting',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'Report',
]);

/** Scripts larger than this are not article metadata; skipping them bounds parsing cost. */
const MAX_JSON_LD_CHARS = 200_000;

type JsonObject = Record<string, unknown>;

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function typesOf(item: JsonObject): string[] {
  const type = item['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** Every object in a JSON-LD value: top level, arrays and @graph, one level deep each. */
function candidates(value: unknown): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 3) return;
    if (Array.isArray(v)) for (const item of v) visit(item, depth + 1);
    else if (isObject(v)) {
      found.push(v);
      if ('@graph' in v) visit(v['@graph'], depth + 1);
    }
  };
  visit(value, 0);
  return found;
}

/** A name from a Person/Organization value, which may be an object, a string or a list of them. */
function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (isObject(value)) return nonEmptyString(value['name']);
  return nonEmptyString(value);
}

function parse(script: string): unknown {
  if (script.length > MAX_JSON_LD_CHARS) return undefined;
  try {
    return JSON.parse(script) as unknown;
  } catch {
    // Malformed JSON-LD is common (trailing commas, HTML comments); the page's other metadata still counts.
    return undefined;
  }
}

/** The first article described in the page's JSON-LD, or an empty object. */
export function readJsonLdArticle(doc: Document): JsonLdArticle {
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    for (const item of candidates(parse(script.textContent ?? ''))) {
      if (!typesOf(item).some((t) => ARTICLE_TYPES.has(t))) continue;
      const mainEntity = item['mainEntityOfPage'];
      return {
        headline: nonEmptyString(item['headline']) ?? nonEmptyString(item['name']),
        datePublished: nonEmptyString(item['datePublished']),
        publisherName: nameOf(item['publisher']),
        authorName: nameOf(item['author']),
        url: nonEmptyString(item['url']) ?? (isObject(mainEntity) ? nonEmptyString(mainEntity['@id']) : nonEmptyString(mainEntity)),
      };
    }
  }
  return {};
}
