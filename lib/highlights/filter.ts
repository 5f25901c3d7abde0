// Searching and filtering the user's saved highlights, and the choices the filter
// controls offer. Pure functions over plain records, so the page only renders.
import type { Annotation, StanceId } from '../schema';
import { STANCES } from '../stances';
import { foldText } from '../text/text';
import { searchTerms } from './search-terms';

/**
 * What the analyst is looking for. Every field is optional, and an absent or empty
 * field does not filter; the fields that are set must all hold.
 */
export interface HighlightQuery {
  /** Free text: every word (or "quoted phrase") must occur in the highlighted text,
   *  note, tags, page title, URL, speaker or organisation name (or alias). */
  text?: string;
  /** A site as `siteOf` gives it: the page's hostname without "www.". */
  site?: string;
  /** A tag, compared without regard to case. */
  tag?: string;
  speakerId?: string;
  organisationId?: string;
  stance?: StanceId;
  /** First day, YYYY-MM-DD, inclusive; compared with the day the highlight was made, in local time. */
  from?: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  to?: string;
}

/** A person or organisation, as far as search and labels need it. */
export interface NamedRecord {
  id: string;
  name: string;
  aliases?: readonly string[];
}

export interface FacetOption {
  /** What the query field takes (a hostname, a tag, an id, a stance). */
  value: string;
  /** What the control shows. */
  label: string;
  /** How many highlights have it. */
  count: number;
}

export interface HighlightFacets {
  sites: FacetOption[];
  tags: FacetOption[];
  speakers: FacetOption[];
  organisations: FacetOption[];
  stances: FacetOption[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "https://www.gov.uk/x" → "gov.uk"; "" when the address cannot be read. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar day (YYYY-MM-DD) of an ISO date-time; "" when it is not one. */
export function localDay(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return '';
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** True when the query narrows anything (free text included). */
export function isQueryActive(query: HighlightQuery): boolean {
  return Object.values(query).some((value) => typeof value === 'string' && value.trim() !== '');
}

/** True when a from–to range is given the wrong way round, so it can match nothing. */
export function isRangeReversed(query: HighlightQuery): boolean {
  const { from, to } = query;
  return from !== undefined && to !== undefined && DAY.test(from) && DAY.test(to) && from > to;
}

function byId<T extends NamedRecord>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function names(record: NamedRecord | undefined): string[] {
  return record ? [record.name, ...(record.aliases ?? [])] : [];
}

/** Everything a highlight can be found by, folded, one field a line (so no term spans two fields). */
function haystack(annotation: Annotation, people: Map<string, NamedRecord>, organisations: Map<string, NamedRecord>): string {
  const fields = [
    annotation.target.selector[0].exact,
    annotation.note,
    ...annotation.tags,
    annotation.pageTitle,
    annotation.url,
    safeDecode(annotation.url),
    ...names(annotation.speakerId === undefined ? undefined : people.get(annotation.speakerId)),
    ...names(annotation.organisationId === undefined ? undefined : organisations.get(annotation.organisationId)),
  ];
  return fields.map(foldText).join('\n');
}

const set = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** Newest first; highlights made at the same moment in a stable order. */
export function compareNewestFirst(a: Annotation, b: Annotation): number {
  const diff = Date.parse(b.createdAt) - Date.parse(a.createdAt);
  if (diff !== 0 && !Number.isNaN(diff)) return diff;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The highlights the query matches, newest first. */
export function filterHighlights(
  annotations: readonly Annotation[],
  people: readonly NamedRecord[],
  organisations: readonly NamedRecord[],
  query: HighlightQuery,
): Annotation[] {
  const terms = searchTerms(query.text ?? '');
  const peopleById = byId(people);
  const organisationsById = byId(organisations);
  const site = set(query.site) ? query.site.trim().toLowerCase().replace(/^www\./, '') : undefined;
  const tag = set(query.tag) ? query.tag.trim().toLowerCase() : undefined;
  const from = set(query.from) && DAY.test(query.from) ? query.from : undefined;
  const to = set(query.to) && DAY.test(query.to) ? query.to : undefined;

  const matches = annotations.filter((annotation) => {
    if (site !== undefined && siteOf(annotation.url) !== site) return false;
    if (tag !== undefined && !annotation.tags.some((t) => t.toLowerCase() === tag)) return false;
    if (set(query.speakerId) && annotation.speakerId !== query.speakerId) return false;
    if (set(query.organisationId) && annotation.organisationId !== query.organisationId) return false;
    if (set(query.stance) && annotation.stance !== query.stance) return false;
    if (from !== undefined || to !== undefined) {
      const day = localDay(annotation.createdAt);
      if (from !== undefined && !(day >= from)) return false;
      if (to !== undefined && !(day <= to)) return false;
    }
    if (terms.length > 0) {
      const text = haystack(annotation, peopleById, organisationsById);
      if (!terms.every((term) => text.includes(term))) return false;
    }
    return true;
  });
  return matches.sort(compareNewestFirst);
}

const byLabel = (a: FacetOption, b: FacetOption) =>
  a.label.localeCompare(b.label, undefined, { sensitivity: 'base', numeric: true }) || a.value.localeCompare(b.value);

class Counter {
  private readonly counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  entries(): [string, number][] {
    return [...this.counts.entries()];
  }
}

/**
 * What the filter controls can offer, each with how many of the given highlights have it:
 * sites, tags, speakers and organisations sorted by label; stances in scale order. Only
 * values at least one highlight has are listed. Tags differing only in case are one tag,
 * shown in their most used spelling (the newest highlight's, on a tie). A speaker or organisation no longer on record is
 * listed under its id.
 */
export function facets(
  annotations: readonly Annotation[],
  people: readonly NamedRecord[],
  organisations: readonly NamedRecord[],
): HighlightFacets {
  const peopleById = byId(people);
  const organisationsById = byId(organisations);
  const sites = new Counter();
  const tags = new Counter();
  const spellings = new Map<string, Counter>();
  const speakers = new Counter();
  const orgs = new Counter();
  const stances = new Counter();

  // Newest first, so that a tie between spellings goes to the most recent.
  for (const annotation of [...annotations].sort(compareNewestFirst)) {
    const site = siteOf(annotation.url);
    if (site !== '') sites.add(site);
    const seen = new Set<string>();
    for (const tag of annotation.tags) {
      const key = tag.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      tags.add(key);
      let spelling = spellings.get(key);
      if (!spelling) spellings.set(key, (spelling = new Counter()));
      spelling.add(tag);
    }
    if (annotation.speakerId !== undefined) speakers.add(annotation.speakerId);
    if (annotation.organisationId !== undefined) orgs.add(annotation.organisationId);
    if (annotation.stance !== undefined) stances.add(annotation.stance);
  }

  const mostUsedSpelling = (key: string) =>
    (spellings.get(key)?.entries() ?? []).reduce<[string, number]>((best, next) => (next[1] > best[1] ? next : best), [key, 0])[0];
  const stanceCounts = new Map(stances.entries());

  return {
    sites: sites.entries().map(([value, count]) => ({ value, label: value, count })).sort(byLabel),
    tags: tags.entries().map(([value, count]) => ({ value: mostUsedSpelling(value), label: mostUsedSpelling(value), count })).sort(byLabel),
    speakers: speakers.entries().map(([value, count]) => ({ value, label: peopleById.get(value)?.name ?? value, count })).sort(byLabel),
    organisations: orgs
      .entries()
      .map(([value, count]) => ({ value, label: organisationsById.get(value)?.name ?? value, count }))
      .sort(byLabel),
    stances: STANCES.filter((s) => stanceCounts.has(s.id)).map((s) => ({ value: s.id, label: s.label, count: stanceCounts.get(s.id) ?? 0 })),
  };
}
