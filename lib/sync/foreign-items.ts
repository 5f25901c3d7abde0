// Files from other annotation tools: recognising a W3C Web Annotation file or a
// Hypothesis export, listing its items, and what the two converters share (text
// selectors, times, how an item is named in a report). The converters are
// w3c-import.ts and hypothesis-import.ts; foreign-import.ts runs them.
import { z } from 'zod';
import { placeholderPosition } from './placeholder-position';

/** An item of a foreign file that was left out: not a highlight on a web page, or unreadable. */
export interface SkippedItem {
  index: number;
  id?: string;
  reason: string;
}

export type ForeignSource = 'hypothesis' | 'web-annotation';

export interface ForeignItems {
  source: ForeignSource;
  items: unknown[];
  /** When the foreign file says it was written, if it does. */
  exportedAt?: string;
  /** Said when the file only links to some of its annotations (a collection's pages given as IRIs). */
  notices: string[];
}

/** One item's conversion: a highlight record (with the fields its format carries, when fewer than all), or why it was left out. */
export type Conversion = { record: Record<string, unknown>; carried?: readonly string[] } | { skip: string };

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function types(value: unknown): string[] {
  if (!isObject(value)) return [];
  const type = value.type ?? value['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

const looksHypothesis = (item: unknown) => isObject(item) && typeof item.uri === 'string' && Array.isArray(item.target);
const looksW3c = (item: unknown) => types(item).includes('Annotation');

/** A collection's page given as a link rather than embedded (the W3C model allows both). */
const pageLink = (page: unknown): string | undefined =>
  typeof page === 'string' ? page : isObject(page) && typeof page.id === 'string' && !Array.isArray(page.items) ? page.id : undefined;

function collectionNotices(json: Record<string, unknown>, first: unknown): string[] {
  const firstLink = pageLink(first);
  if (firstLink) {
    return [`This annotation collection does not hold its annotations: its pages are links (first page: ${firstLink}), which this extension does not download. Save each page as a file and import those.`];
  }
  const next = isObject(first) ? pageLink(first.next) : undefined;
  const last = pageLink(json.last);
  if (next || (last && last !== pageLink(first))) {
    return [`Only the collection's first page is in this file: its other pages are links (${next ?? last}), which this extension does not download. Save each page as a file and import those too.`];
  }
  return [];
}

/** Recognises a W3C or Hypothesis file and lists its items; undefined for anything else. */
export function foreignItems(json: unknown): ForeignItems | undefined {
  if (Array.isArray(json)) {
    if (json.length > 0 && json.every(looksHypothesis)) return { source: 'hypothesis', items: json, notices: [] };
    if (json.length > 0 && json.every(looksW3c)) return { source: 'web-annotation', items: json, notices: [] };
    return undefined;
  }
  if (!isObject(json)) return undefined;
  // Hypothesis's "Export annotations" file: { export_date, export_userid, client_version, annotations }.
  if (Array.isArray(json.annotations) && ('export_date' in json || 'client_version' in json)) {
    return { source: 'hypothesis', items: json.annotations, notices: [], ...(typeof json.export_date === 'string' ? { exportedAt: json.export_date } : {}) };
  }
  // A saved response of Hypothesis's search API: { total, rows }.
  if (Array.isArray(json.rows) && 'total' in json) return { source: 'hypothesis', items: json.rows, notices: [] };
  const kinds = types(json);
  const generated = typeof json.generated === 'string' ? { exportedAt: json.generated } : {};
  if (kinds.includes('AnnotationCollection')) {
    const first = json.first;
    const items = isObject(first) && Array.isArray(first.items) ? first.items : Array.isArray(json.items) ? json.items : [];
    return { source: 'web-annotation', items, notices: collectionNotices(json, first), ...generated };
  }
  if (kinds.includes('AnnotationPage') && Array.isArray(json.items)) {
    const next = pageLink(json.next);
    const notices = next ? [`This page of a collection links to the next one (${next}), which this extension does not download. Save it as a file and import it too.`] : [];
    return { source: 'web-annotation', items: json.items, notices, ...generated };
  }
  if (kinds.includes('Annotation')) return { source: 'web-annotation', items: [json], notices: [] };
  return undefined;
}

export const Selector = z.looseObject({ type: z.string() });
const QuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const PositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
type QuoteSelector = z.infer<typeof QuoteSelector>;
type PositionSelector = z.infer<typeof PositionSelector>;

/** ISO times normalised to UTC milliseconds (Hypothesis writes microseconds and "+00:00"); unparseable ones are left for validation to name. */
export function utc(time: string): string {
  const parsed = Date.parse(time.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(parsed) ? time : new Date(parsed).toISOString();
}

/** The quote and position selectors among a target's selectors (one level of `refinedBy` included). */
export function textSelectors(selectors: readonly z.infer<typeof Selector>[]) {
  const all = selectors.flatMap((s) => [s, ...(isObject(s.refinedBy) ? [s.refinedBy] : [])]);
  const quote = all.map((s) => QuoteSelector.safeParse(s)).find((r) => r.success)?.data;
  const position = all.map((s) => PositionSelector.safeParse(s)).find((r) => r.success && r.data.end > r.data.start)?.data;
  return { quote, position };
}

export function selectorPair(quote: QuoteSelector, position: PositionSelector | undefined) {
  return [
    { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
    // Tools that keep only the quote give no position; the placeholder is a hint anchoring does not trust.
    position ?? placeholderPosition(quote.exact),
  ];
}

export function idOf(item: unknown): { id?: string } {
  return isObject(item) && typeof item.id === 'string' ? { id: item.id } : {};
}

/** Why an item could not be read, from its first problem: `field "target": is missing`. */
export function unreadable(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0];
  if (!first) return 'unreadable';
  const field = first.path.map(String).join('.');
  return `unreadable: ${field ? `field ${JSON.stringify(field)}: ` : ''}${first.message}`;
}
