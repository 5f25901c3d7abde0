// What the PDF viewer paints over its text layer: known quotes the background found
// in the document and the user's highlights where they were re-anchored, with the
// same colours and titles as on web pages (entrypoints/content), so a reader sees one
// product whether the statement is a web page or a PDF.
import type { FoundQuote } from '../page-report';
import type { HighlightColour } from '../schema';
import type { PlacedHighlight } from './pdf-highlights';

export interface Mark {
  /** A known quote's id or a highlight's id (`data-highlight-id`, as on web pages). */
  id: string;
  start: number;
  end: number;
  color: string;
  title: string;
}

/** Translucent, so the words stay readable through it (the boxes sit over the rendered page). */
const KNOWN_QUOTE_COLOUR = 'rgba(255, 204, 0, 0.45)';
/** The sidebar's swatch colours (components/sidebar/ColourSwatch), translucent for the same reason. */
export const PDF_HIGHLIGHT_COLOURS: Record<HighlightColour, string> = {
  yellow: 'rgba(255, 224, 102, 0.55)',
  green: 'rgba(140, 233, 154, 0.55)',
  blue: 'rgba(116, 192, 252, 0.55)',
  pink: 'rgba(250, 162, 193, 0.55)',
  purple: 'rgba(177, 151, 252, 0.55)',
};

export function pdfMarks(found: readonly FoundQuote[], highlights: readonly PlacedHighlight[]): Mark[] {
  const quotes = found.flatMap(({ quote, ranges }) =>
    ranges.map(({ start, end }) => ({
      id: quote.id,
      start,
      end,
      color: KNOWN_QUOTE_COLOUR,
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
