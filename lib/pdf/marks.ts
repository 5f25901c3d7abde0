// What the PDF viewer paints over its text layer: known quotes the background found
// in the document and the user's highlights where they were re-anchored, with the
// same colours and titles as on web pages (entrypoints/content), so a reader sees one
// product whether the statement is a web page or a PDF.
import type { FoundQuote } from '../page-report';
import { HIGHLIGHT_SWATCHES, KNOWN_QUOTE_MARK, PDF_MARK_ALPHA, translucent } from '../highlight-palette';
import { HighlightColour } from '../schema';
import type { PlacedHighlight } from './pdf-highlights';

export interface Mark {
  /** A known quote's id or a highlight's id (`data-highlight-id`, as on web pages). */
  id: string;
  start: number;
  end: number;
  color: string;
  title: string;
}

/** The web page's swatches (lib/highlight-palette), translucent: the boxes sit over the rendered page. */
export const PDF_HIGHLIGHT_COLOURS = Object.fromEntries(
  HighlightColour.options.map((colour) => [colour, translucent(HIGHLIGHT_SWATCHES[colour], PDF_MARK_ALPHA)]),
) as Record<HighlightColour, string>;

export function pdfMarks(found: readonly FoundQuote[], highlights: readonly PlacedHighlight[]): Mark[] {
  const quotes = found.flatMap(({ quote, ranges }) =>
    ranges.map(({ start, end }) => ({
      id: quote.id,
      start,
      end,
      color: KNOWN_QUOTE_MARK,
      title: `Known quote: ${quote.speaker?.name ?? quote.organisation.name} (Policy Lens)`,
    })),
  );
  const own = highlights.flatMap(({ annotation, anchor }) =>
    anchor
      ? [{ id: annotation.id, start: anchor.start, end: anchor.end, color: PDF_HIGHLIGHT_COLOURS[annotation.colour], title: 'Your highlight (Policy Lens)' }]
      : [],
  );
  return [...quotes, ...own];
}
