// The PDF highlight story both browsers' tests tell (pdf.test.ts in Chromium,
// pdf-firefox.test.ts in Firefox): a seed statement published as a PDF at an unknown
// address is recognised, with its speaker and its known quote painted; a sentence
// selected in the text layer is saved with a note typed key by key, and painted again
// when the PDF is reopened; a revised edition with a paragraph inserted still anchors
// it; a Hypothesis export of a PDF annotation (`urn:x-pdf:`) imported on the Highlights
// page appears on that PDF. Each browser drives the viewer its own way (PdfViewerDriver).
import { expect, it } from 'vitest';
import { STATEMENT_FINGERPRINT, STATEMENT_SENTENCE, revisedStatementPdf, statementPdf } from './pdf-documents.js';
import { type BytesRoute, pdfRoute } from './pdf-server.js';

/** Where the scenario's PDFs are served: addresses the corpus does not know. */
export const STATEMENT_PATH = '/unknown/press/statement.pdf';
const REVISED_PATH = '/unknown/press/statement-revised.pdf';

/** The routes the scenario needs, for the test's server. */
export const scenarioRoutes = async (): Promise<Record<string, BytesRoute>> => ({
  [STATEMENT_PATH]: pdfRoute(await statementPdf()),
  [REVISED_PATH]: pdfRoute(await revisedStatementPdf()),
});

/** The note saved with the sentence. Its "n" and "k" are also the viewer's page keys: typed in the note, they must type. */
export const NOTE = 'Interlinked services: cite in the briefing';
export const HYPOTHESIS_NOTE = 'Imported from Hypothesis';
const HYPOTHESIS_QUOTE = 'We look forward to reviewing the plan in detail.';
const STATEMENT_TITLE = 'NHS leaders have taken great strides in integrating care but there is more to do';

/** A Hypothesis client export holding one annotation made on this PDF opened from disk. */
const hypothesisExport = {
  export_date: '2026-11-01T10:00:00.000000+00:00',
  export_userid: 'acct:analyst@hypothes.is',
  client_version: '1.1700.0',
  annotations: [
    {
      id: 'hYpPdF1234567890abcd',
      created: '2026-10-30T09:00:00.000000+00:00',
      updated: '2026-10-30T09:05:00.000000+00:00',
      uri: `urn:x-pdf:${STATEMENT_FINGERPRINT}`,
      text: HYPOTHESIS_NOTE,
      tags: ['white-paper'],
      document: { title: [STATEMENT_TITLE], link: [{ href: `urn:x-pdf:${STATEMENT_FINGERPRINT}` }] },
      target: [
        {
          source: `urn:x-pdf:${STATEMENT_FINGERPRINT}`,
          selector: [
            { type: 'TextQuoteSelector', exact: HYPOTHESIS_QUOTE, prefix: 'to the next level. ', suffix: '' },
            { type: 'PageSelector', index: 1, label: '2' },
          ],
        },
      ],
    },
  ],
};

/** One PDF open in the viewer, as a user works it. */
export interface PdfTab {
  /** The sidebar's statement heading and its Speakers list (unfolded if folded). */
  statement(): Promise<{ heading: string; speakers: string }>;
  /** The ids of the known quotes the sidebar lists. */
  quoteIds(): Promise<(string | null)[]>;
  /** Moves to page `page` with the toolbar and waits for its text layer. */
  goToPage(page: number): Promise<void>;
  /** Selects `text` in the text layers, as a drag would; false when they do not hold it. */
  select(text: string): Promise<boolean>;
  /** Clicks the toolbar's Save quote. */
  saveQuote(): Promise<void>;
  /** Types `note` key by key into the sidebar editor's Note field, then submits the editor. */
  writeNote(note: string): Promise<void>;
  /** Waits for the sidebar's highlight card showing `text`: its id and whole text. */
  card(text: string): Promise<{ id: string; text: string }>;
  /** Clicks "Show in page" on highlight `id`'s card. */
  showInPage(id: string): Promise<void>;
  /** Waits until mark `id` is painted (on page `page` when given): the areas of its boxes. */
  painted(id: string, page?: number): Promise<number[]>;
  close(): Promise<void>;
}

export interface PdfViewerDriver {
  /** Opens the PDF served at `path` in the viewer; resolves once its text is read and the sidebar shown. */
  open(path: string): Promise<PdfTab>;
  /**
   * Imports `json` as the file `name` on the Highlights page and waits until its status
   * line reports the import and the page shows `shows`; resolves to the status line.
   */
  importOnHighlightsPage(name: string, json: string, shows: string): Promise<string>;
}

async function recognitionScenario(viewer: PdfViewerDriver): Promise<void> {
  const tab = await viewer.open(STATEMENT_PATH);
  const { heading, speakers } = await tab.statement();
  expect(heading).toBe(STATEMENT_TITLE);
  expect(speakers).toContain('Matthew Taylor');
  // Known quotes are located in the document and painted over the text layer of the pages shown.
  const [first] = await tab.quoteIds();
  expect(first).toBeTruthy();
  const areas = await tab.painted(first as string);
  expect(areas.every((area) => area > 0)).toBe(true);
  await tab.close();
}

/** Saves the sentence with a note and reopens the PDF; resolves to the highlight's id. */
async function saveAndReopenScenario(viewer: PdfViewerDriver): Promise<string> {
  let tab = await viewer.open(STATEMENT_PATH);
  await tab.goToPage(2);
  expect(await tab.select(STATEMENT_SENTENCE), `"${STATEMENT_SENTENCE}" in the text layer`).toBe(true);
  await tab.saveQuote();
  await tab.writeNote(NOTE);
  const { id } = await tab.card(NOTE);
  expect(id).toMatch(/^hl-/);
  await tab.close();

  tab = await viewer.open(STATEMENT_PATH);
  expect((await tab.card(NOTE)).id).toBe(id);
  await tab.goToPage(2);
  // The boxes cover the sentence's words: as many lines as it wraps over, each with a size.
  const areas = await tab.painted(id, 2);
  expect(areas.length).toBeGreaterThan(1);
  expect(areas.every((area) => area > 0)).toBe(true);
  await tab.close();
  return id;
}

/** The highlight `id` saved by saveAndReopenScenario, in the revised edition. */
async function revisedEditionScenario(viewer: PdfViewerDriver, id: string): Promise<void> {
  const tab = await viewer.open(REVISED_PATH);
  const card = await tab.card(NOTE);
  expect(card.id).toBe(id);
  expect(card.text).not.toContain('Not found');
  // The inserted paragraph pushed the sentence on: it is painted wherever it now is.
  await tab.showInPage(id);
  expect((await tab.painted(id)).every((area) => area > 0)).toBe(true);
  await tab.close();
}

async function hypothesisImportScenario(viewer: PdfViewerDriver): Promise<void> {
  const status = await viewer.importOnHighlightsPage('hypothesis-export.json', JSON.stringify(hypothesisExport), HYPOTHESIS_NOTE);
  expect(status).toContain('Imported: 1 new');

  const tab = await viewer.open(STATEMENT_PATH);
  const card = await tab.card(HYPOTHESIS_NOTE);
  expect(card.text).not.toContain('Not found');
  await tab.showInPage(card.id);
  expect((await tab.painted(card.id)).every((area) => area > 0)).toBe(true);
  await tab.close();
}

/**
 * The story's tests, in order (each step uses what the one before saved), for the
 * calling `describe`; `driver` is read when a test runs, after its `beforeAll`.
 */
export function pdfStoryTests(driver: PdfViewerDriver): void {
  let highlightId: string;
  it('recognises a seed statement published as a PDF at an unknown address, with its speakers and quotes marked', () => recognitionScenario(driver));
  it('saves a selected sentence with a note typed key by key, and paints it again when the PDF is reopened', async () => {
    highlightId = await saveAndReopenScenario(driver);
  });
  it('still anchors the highlight in a revised edition of the PDF with a paragraph inserted', () => revisedEditionScenario(driver, highlightId));
  it('shows a Hypothesis PDF annotation (urn:x-pdf:) imported on the Highlights page on that PDF', () => hypothesisImportScenario(driver));
}
