// Test and benchmark PDFs, written with pdf-lib from the seeds' own text (never
// invented): one column or two, with a chosen document /ID so that a "revised
// edition" keeps the first identifier and changes the second, as PDF producers do.
// Used by the unit tests, the browser tests and the benchmark; not by the extension.
import { PDFDocument, PDFHexString, type PDFFont, StandardFonts } from 'pdf-lib';

const PAGE_WIDTH = 595; // A4, in points
const PAGE_HEIGHT = 842;
const MARGIN = 56;
const FONT_SIZE = 11;
const LINE_HEIGHT = 15;
/** Extra space between paragraphs, in points. */
const PARAGRAPH_GAP = 8;
const COLUMN_GAP = 24;

export interface PdfFixture {
  paragraphs: readonly string[];
  title?: string;
  author?: string;
  creationDate?: Date;
  /** The trailer's /ID pair, 16 bytes each in hex: the first is PDF.js's fingerprint and survives revisions. */
  id: readonly [string, string];
  /** 1 (default) or 2 columns per page. */
  columns?: 1 | 2;
  /** Start a new page after this many paragraphs (to spread text over many pages). */
  paragraphsPerPage?: number;
}

/** The seed's paragraphs: its blank-line-separated blocks with line breaks and runs of spaces collapsed. */
export function seedParagraphs(seed: string): string[] {
  return seed
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function wrap(paragraph: string, font: PDFFont, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, FONT_SIZE) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes the fixture as PDF bytes. */
export async function writePdf(fixture: PdfFixture): Promise<Uint8Array> {
  // PDF.js takes an /ID as the fingerprint only when it is 16 bytes, as producers write it.
  if (!fixture.id.every((id) => /^[0-9a-f]{32}$/.test(id))) throw new Error('A fixture /ID is two 32-digit lower-case hex strings');
  const doc = await PDFDocument.create();
  if (fixture.title) doc.setTitle(fixture.title);
  if (fixture.author) doc.setAuthor(fixture.author);
  if (fixture.creationDate) doc.setCreationDate(fixture.creationDate);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const columns = fixture.columns ?? 1;
  const columnWidth = (PAGE_WIDTH - 2 * MARGIN - (columns - 1) * COLUMN_GAP) / columns;
  let page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  let column = 0;
  let y = PAGE_HEIGHT - MARGIN;
  const nextPage = () => {
    page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    column = 0;
    y = PAGE_HEIGHT - MARGIN;
  };
  const nextColumn = () => {
    if (column + 1 < columns) {
      column += 1;
      y = PAGE_HEIGHT - MARGIN;
    } else {
      nextPage();
    }
  };
  fixture.paragraphs.forEach((paragraph, i) => {
    if (fixture.paragraphsPerPage && i > 0 && i % fixture.paragraphsPerPage === 0) nextPage();
    for (const line of wrap(paragraph, font, columnWidth)) {
      if (y < MARGIN) nextColumn();
      page.drawText(line, { x: MARGIN + column * (columnWidth + COLUMN_GAP), y, size: FONT_SIZE, font });
      y -= LINE_HEIGHT;
    }
    y -= PARAGRAPH_GAP;
  });
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(fixture.id[0]), PDFHexString.of(fixture.id[1])]);
  return doc.save();
}
