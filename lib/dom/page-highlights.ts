// The one owner of what the content script knows about the page's highlights:
// the latest report, the user's highlights with whether each was found in the
// text, and what is painted. Everything that changes them (a new detection, a
// save, an edit, a delete) goes through here, so the sidebar's list and the
// painted page cannot drift apart.
import { anchorAll } from '../anchoring/anchor';
import type { HighlightItem } from '../highlights-view';
import type { PageReport } from '../page-report';
import { HIGHLIGHT_SWATCHES, KNOWN_QUOTE_MARK } from '../highlight-palette';
import type { Annotation } from '../schema';
import { type PageText, rangeFromOffsets } from './page-text';
import type { Painter } from './painter';

/** Quotations checked against the corpus but holding no known quote (lib/verify) are painted unseen, so "Show in page" can reach them. */
const CHECKED_QUOTATION_COLOUR = 'transparent';

export interface PageHighlights {
  /** A fresh detection over `page`: paints its known quotes and anchors and paints the user's highlights. */
  load(page: PageText, report: PageReport): void;
  /** A highlight just saved from `range` (no need to read the page again). */
  add(annotation: Annotation, range: Range): void;
  update(annotation: Annotation): void;
  remove(id: string): void;
  /** Forgets the report and takes every highlight off the page. */
  clear(): void;
  report(): PageReport | null;
  items(): HighlightItem[];
}

export function pageHighlights(painter: Painter | null): PageHighlights {
  let report: PageReport | null = null;
  let items: HighlightItem[] = [];

  const paintRange = (id: string, page: PageText, start: number, end: number, colour: string): boolean => {
    const range = rangeFromOffsets(page, start, end);
    if (range) painter?.paint(id, [range], colour);
    return range !== null;
  };

  const setReportHighlights = (highlights: Annotation[]) => {
    if (report) report = { ...report, highlights };
  };

  return {
    load(page, next) {
      painter?.clear();
      report = next;
      for (const { quote, ranges } of next.found) {
        const painted = ranges.flatMap(({ start, end }) => rangeFromOffsets(page, start, end) ?? []);
        painter?.paint(quote.id, painted, KNOWN_QUOTE_MARK);
      }
      for (const { id, ranges } of next.verification ?? []) {
        if (!painter?.painted(id)) painter?.paint(id, ranges.flatMap(({ start, end }) => rangeFromOffsets(page, start, end) ?? []), CHECKED_QUOTATION_COLOUR);
      }
      // Anchoring reads the whole text (collapsing its spaces): only when there are highlights to anchor.
      const matches = next.highlights.length ? anchorAll(page.text, next.highlights.map((a) => ({ quote: a.target.selector[0], position: a.target.selector[1] }))) : [];
      items = next.highlights.map((annotation, i) => {
        const match = matches[i];
        const anchored = match ? paintRange(annotation.id, page, match.start, match.end, HIGHLIGHT_SWATCHES[annotation.colour]) : false;
        return { annotation, anchored };
      });
    },
    add(annotation, range) {
      painter?.paint(annotation.id, [range], HIGHLIGHT_SWATCHES[annotation.colour]);
      items = [...items.filter((i) => i.annotation.id !== annotation.id), { annotation, anchored: true }];
      report ??= { found: [], counterparts: [], sameVoices: [], highlights: [] };
      setReportHighlights([...report.highlights.filter((a) => a.id !== annotation.id), annotation]);
    },
    update(annotation) {
      painter?.recolour(annotation.id, HIGHLIGHT_SWATCHES[annotation.colour]);
      items = items.map((i) => (i.annotation.id === annotation.id ? { ...i, annotation } : i));
      if (report) setReportHighlights(report.highlights.map((a) => (a.id === annotation.id ? annotation : a)));
    },
    remove(id) {
      painter?.unpaint(id);
      items = items.filter((i) => i.annotation.id !== id);
      if (report) setReportHighlights(report.highlights.filter((a) => a.id !== id));
    },
    clear() {
      painter?.clear();
      report = null;
      items = [];
    },
    report: () => report,
    items: () => items,
  };
}
