// One search box over everything the analyst has: quotes, statements (title and text)
// and their own highlights (text, note, tags). Case, accents and typographic variants
// do not matter; every word (or "quoted phrase") must match. Quotes rank first, then
// statements, then highlights.
import { searchTerms } from '../highlights/search-terms';
import { foldText } from '../text/text';
import type { Annotation, Person, Quote, Statement } from '../schema';

export type SearchResultKind = 'quote' | 'statement' | 'highlight';

export interface SearchResult {
  kind: SearchResultKind;
  id: string;
  /** A heading: the statement's title, the quote's speaker (or statement), the page title. */
  title: string;
  /** The matched text, shortened around the first match. */
  excerpt: string;
  /** Where it comes from: the statement's canonical URL, or the highlight's page. */
  url: string;
  /** The statement's publication date, or the highlight's creation day (YYYY-MM-DD). */
  date: string;
}

export interface SearchData {
  statements: readonly Statement[];
  quotes: readonly Quote[];
  annotations: readonly Annotation[];
  /** To name a quote's speaker. */
  people?: readonly Pick<Person, 'id' | 'name'>[];
}

const KIND_ORDER: Record<SearchResultKind, number> = { quote: 0, statement: 1, highlight: 2 };
const EXCERPT_CHARS = 220;

function matchesAll(haystack: string, terms: readonly string[]): boolean {
  const folded = foldText(haystack);
  return terms.every((term) => folded.includes(term));
}

/** A window of the text around the first term, found by folding character by character. */
export function excerptAround(text: string, terms: readonly string[], size = EXCERPT_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= size) return clean;
  // Fold each character separately so positions in the folded text map back to the original.
  const starts: number[] = [];
  let folded = '';
  for (let i = 0; i < clean.length; i++) {
    const piece = foldText(clean[i] ?? '') || (clean[i] === ' ' ? ' ' : '');
    for (let k = 0; k < piece.length; k++) starts.push(i);
    folded += piece;
  }
  const hits = terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0);
  const at = hits.length > 0 ? (starts[Math.min(...hits)] ?? 0) : 0;
  let from = Math.max(0, at - Math.floor(size / 3));
  if (from > 0) {
    const space = clean.indexOf(' ', from);
    if (space >= 0 && space < at) from = space + 1;
  }
  let to = Math.min(clean.length, from + size);
  if (to < clean.length) {
    const space = clean.lastIndexOf(' ', to);
    if (space > at) to = space;
  }
  return `${from > 0 ? '…' : ''}${clean.slice(from, to)}${to < clean.length ? '…' : ''}`;
}

export function searchAll(query: string, data: SearchData): SearchResult[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const statements = new Map(data.statements.map((s) => [s.id, s]));
  const people = new Map((data.people ?? []).map((p) => [p.id, p.name]));
  const results: SearchResult[] = [];

  for (const quote of data.quotes) {
    if (!matchesAll(quote.text, terms)) continue;
    const statement = statements.get(quote.statementId);
    const speaker = quote.speakerId === undefined ? undefined : (people.get(quote.speakerId) ?? quote.speakerId);
    results.push({
      kind: 'quote',
      id: quote.id,
      title: speaker ?? statement?.title ?? quote.statementId,
      excerpt: excerptAround(quote.text, terms),
      url: statement?.canonicalUrl ?? '',
      date: statement?.publishedDate ?? '',
    });
  }
  for (const statement of data.statements) {
    if (!matchesAll(`${statement.title}\n${statement.text}`, terms)) continue;
    results.push({
      kind: 'statement',
      id: statement.id,
      title: statement.title,
      excerpt: excerptAround(statement.text, terms),
      url: statement.canonicalUrl,
      date: statement.publishedDate,
    });
  }
  for (const annotation of data.annotations) {
    const exact = annotation.target.selector[0].exact;
    if (!matchesAll([exact, annotation.note, ...annotation.tags].join('\n'), terms)) continue;
    results.push({
      kind: 'highlight',
      id: annotation.id,
      title: annotation.pageTitle.trim() || annotation.url,
      excerpt: excerptAround(exact, terms),
      url: annotation.url,
      date: annotation.createdAt.slice(0, 10),
    });
  }
  // Within a kind: newest first, then by title, so the order is stable.
  return results.sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.date.localeCompare(a.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
  );
}
