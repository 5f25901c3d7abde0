// The PDF viewer in Chromium, as an analyst uses it: a seed statement published as a
// PDF at an address the corpus does not know is opened through the viewer and
// recognised by its text, with its speakers; a sentence selected in the text layer is
// saved with a note and painted again when the PDF is reopened, and also in a revised
// edition with a paragraph inserted; a Hypothesis export of a PDF annotation
// (`urn:x-pdf:`) imported on the Highlights page appears on that PDF; the same PDF
// opened from disk shows them all and can be searched. A two-column PDF is read column by
// column and recognised; a PDF dropped on the viewer opened from the Highlights page is
// recognised; an unknown PDF is captured, its quotations proposed with their speaker.
// Firefox ESR's part (recognition, speakers, quotes painted) is pdf-firefox.test.ts.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { type ChromiumSession, launchChromium } from './support/index.js';
import {
  LETTER_INFO,
  STATEMENT_FINGERPRINT,
  STATEMENT_SENTENCE as SENTENCE,
  revisedStatementPdf,
  statementPdf,
  twoColumnReportPdf,
  unknownLetterPdf,
} from './support/pdf-documents.js';
import { type BytesServer, pdfRoute, startBytesServer } from './support/pdf-server.js';
import { selectInTextLayers } from './support/pdf-selection.js';

const NOTE = 'Interlinked services: cite in the briefing';
const HYPOTHESIS_QUOTE = 'We look forward to reviewing the plan in detail.';
const HYPOTHESIS_NOTE = 'Imported from Hypothesis';
/** LBC's report (seed 003) as the corpus titles it. */
const LBC_TITLE = "Plans for more integration of NHS and social care to 'cut bureaucracy'";
/** A known quote of that report (Helen Stokes-Lampard's), wrapped over lines of one column. */
const LBC_COLUMN_QUOTE = 'remove barriers and facilitate the changes';

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
      document: { title: ['NHS leaders have taken great strides'], link: [{ href: `urn:x-pdf:${STATEMENT_FINGERPRINT}` }] },
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

/** The viewer's sidebar: an open shadow root, which Playwright's locators enter. */
const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Policy Lens' });

/** The statement's Speakers list, unfolded first as a user would when it names more than three (issue 14). */
async function speakersOf(panel: Locator): Promise<string | null> {
  const fold = panel.locator('.pl-statement details.pl-fold');
  if ((await fold.count()) > 0 && !(await fold.evaluate((el) => (el as HTMLDetailsElement).open))) await fold.locator('summary').click();
  return panel.getByRole('list', { name: 'Speakers' }).textContent();
}

describe('PDFs in the Policy Lens viewer (Chromium)', () => {
  let server: BytesServer;
  let session: ChromiumSession;
  let highlightId: string;

  const viewer = (path: string) => session.extensionUrl(`/pdf-viewer.html?file=${encodeURIComponent(server.url(path))}`);

  async function openPdf(path: string): Promise<Page> {
    const { page } = await session.open(viewer(path));
    await page.getByRole('status').filter({ hasText: /pages?, text read/ }).waitFor({ timeout: 30_000 });
    await sidebar(page).waitFor();
    return page;
  }

  beforeAll(async () => {
    server = await startBytesServer({
      '/unknown/press/statement.pdf': pdfRoute(await statementPdf()),
      '/unknown/press/statement-revised.pdf': pdfRoute(await revisedStatementPdf()),
      '/unknown/news/integration-two-columns.pdf': pdfRoute(await twoColumnReportPdf()),
      '/unknown/news/bma-letter.pdf': pdfRoute(await unknownLetterPdf()),
    });
    session = await launchChromium(EXTENSION_BUILDS.chromium);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('recognises a seed statement published as a PDF at an unknown address, with its speakers and quotes marked', async () => {
    const page = await openPdf('/unknown/press/statement.pdf');
    const panel = sidebar(page);
    await expect(panel.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe(
      'NHS leaders have taken great strides in integrating care but there is more to do',
    );
    await expect(speakersOf(panel)).resolves.toContain('Matthew Taylor');
    // Known quotes are located in the document and painted over the text layer of the pages shown.
    const quoteIds = await panel.locator('article[data-quote-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-quote-id')));
    expect(quoteIds.length).toBeGreaterThan(0);
    await page.locator(`policy-lens-mark[data-highlight-id="${quoteIds[0]}"]`).first().waitFor({ state: 'attached' });
    await page.close();
  });

  it('reads a two-column PDF column by column and recognises it, with its speakers and quotes marked', async () => {
    const page = await openPdf('/unknown/news/integration-two-columns.pdf');
    const panel = sidebar(page);
    await expect(panel.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe(LBC_TITLE);
    const speakers = await speakersOf(panel);
    expect(speakers).toContain('Matt Hancock');
    expect(speakers).toContain('Simon Stevens');
    // A quote whose lines would be cut in two by reading across the columns is found whole and painted.
    // Nine speakers' quotes are folded by speaker (issue 14): unfold them, as a user would.
    await panel.getByRole('button', { name: 'Show all quotes' }).click();
    const quote = panel.locator('article[data-quote-id]').filter({ hasText: LBC_COLUMN_QUOTE });
    const quoteId = await quote.first().getAttribute('data-quote-id');
    await quote.first().getByRole('button', { name: /^Show in page/ }).click();
    await page.locator(`policy-lens-mark[data-highlight-id="${quoteId}"]`).first().waitFor({ state: 'attached' });
    await page.close();
  });

  it('opens a PDF dropped on the viewer that the Highlights page opens, and recognises it', async () => {
    const { page: library } = await session.open(session.extensionUrl('/highlights.html'));
    const opened = session.context.waitForEvent('page');
    await library.getByRole('link', { name: 'Open a PDF in Policy Lens' }).click();
    const page = await opened;
    const target = page.locator('.pdf-message');
    await target.getByRole('heading', { name: 'Open a PDF in Policy Lens' }).waitFor();
    // The file as the browser hands it over on a drop: a DataTransfer holding one PDF file.
    const bytes = [...(await twoColumnReportPdf())];
    const files = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'lbc-report.pdf', { type: 'application/pdf' }));
      return transfer;
    }, bytes);
    await target.dispatchEvent('dragover', { dataTransfer: files });
    await target.dispatchEvent('drop', { dataTransfer: files });
    await page.getByRole('status').filter({ hasText: /pages?, text read/ }).waitFor({ timeout: 30_000 });
    await expect(sidebar(page).getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe(LBC_TITLE);
    await expect(speakersOf(sidebar(page))).resolves.toContain('Matt Hancock');
    await expect(page.title()).resolves.toBe(`${LBC_TITLE} – Policy Lens`);
    await page.close();
    await library.close();
  });

  it('captures a PDF the corpus does not know: its quotations proposed with their speaker, its title and date', async () => {
    const address = server.url('/unknown/news/bma-letter.pdf');
    const page = await openPdf('/unknown/news/bma-letter.pdf');
    const capturePage = session.context.waitForEvent('page');
    await sidebar(page).getByRole('button', { name: 'Capture this page as a statement' }).click();
    const form = await capturePage;
    await form.getByRole('heading', { name: 'Capture a statement' }).waitFor();
    await expect(form.getByRole('link', { name: address }).count()).resolves.toBe(1);
    // The PDF's document information: title and creation date.
    await expect(form.getByLabel('Title').inputValue()).resolves.toBe(LETTER_INFO.title);
    await expect(form.getByLabel('Published').inputValue()).resolves.toBe('2010-07-14');
    // The eight quotations the development set labels in this report, each by BMA council chairman Hamish Meldrum.
    const quotes = form.getByRole('group', { name: /^Quote \d+$/ });
    await quotes.first().waitFor();
    expect(await quotes.count()).toBe(8);
    for (let i = 0; i < 8; i++) {
      expect(await quotes.nth(i).getByLabel('New speaker’s name').inputValue()).toBe('Hamish Meldrum');
      expect(await quotes.nth(i).getByLabel('Organisation').first().inputValue()).toBe('bma');
    }
    await expect(quotes.nth(1).locator('blockquote').textContent()).resolves.toMatch(/^large curate’s egg; good in parts, bad in parts,\s+unclear in parts/);
    await form.close();
    await page.close();
  });

  it('saves a selected sentence with a note, and paints it again when the PDF is reopened', async () => {
    let page = await openPdf('/unknown/press/statement.pdf');
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.locator('.page[data-page-number="2"] .textLayer span').first().waitFor();
    expect(await page.evaluate(selectInTextLayers, SENTENCE), `"${SENTENCE}" in the text layer`).toBe(true);
    await page.getByRole('button', { name: 'Save quote' }).click();
    const form = sidebar(page).getByRole('form', { name: 'Edit highlight' });
    await form.getByRole('textbox', { name: 'Note' }).fill(NOTE);
    await form.locator('button[type="submit"]').click();
    const card = sidebar(page).locator('article[data-highlight-id]').filter({ hasText: NOTE });
    await card.waitFor();
    highlightId = (await card.getAttribute('data-highlight-id')) as string;
    expect(highlightId).toMatch(/^hl-/);
    await page.close();

    page = await openPdf('/unknown/press/statement.pdf');
    await sidebar(page).locator(`article[data-highlight-id="${highlightId}"]`).filter({ hasText: NOTE }).waitFor();
    await page.getByRole('textbox', { name: 'Page' }).fill('2');
    await page.getByRole('textbox', { name: 'Page' }).press('Enter');
    const marks = page.locator(`.page[data-page-number="2"] policy-lens-mark[data-highlight-id="${highlightId}"]`);
    await marks.first().waitFor({ state: 'attached' });
    // The boxes cover the sentence's words: as many lines as it wraps over, each with a size.
    const boxes = await marks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => r.width * r.height));
    expect(boxes.length).toBeGreaterThan(1);
    expect(boxes.every((area) => area > 0)).toBe(true);
    await page.close();
  });

  it('still anchors the highlight in a revised edition of the PDF with a paragraph inserted', async () => {
    const page = await openPdf('/unknown/press/statement-revised.pdf');
    const card = sidebar(page).locator(`article[data-highlight-id="${highlightId}"]`);
    await card.filter({ hasText: NOTE }).waitFor();
    await expect(card.textContent()).resolves.not.toContain('Not found');
    // The inserted paragraph pushed the sentence on: it is painted wherever it now is.
    await card.getByRole('button', { name: /^Show in page/ }).click();
    await page.locator(`policy-lens-mark[data-highlight-id="${highlightId}"]`).first().waitFor({ state: 'attached' });
    await page.close();
  });

  it('shows a Hypothesis PDF annotation (urn:x-pdf:) imported on the Highlights page on that PDF', async () => {
    const { page: library } = await session.open(session.extensionUrl('/highlights.html'));
    await library.getByRole('heading', { name: 'Highlights', level: 1 }).waitFor();
    await library.locator('input[type="file"]').setInputFiles({
      name: 'hypothesis-export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hypothesisExport)),
    });
    await library.getByRole('button', { name: 'Apply import' }).click();
    await library.getByRole('status').filter({ hasText: 'Imported: 1 new' }).waitFor();
    await library.getByText(HYPOTHESIS_NOTE).first().waitFor();
    await library.close();

    const page = await openPdf('/unknown/press/statement.pdf');
    const card = sidebar(page).locator('article[data-highlight-id]').filter({ hasText: HYPOTHESIS_NOTE });
    await card.waitFor();
    await expect(card.textContent()).resolves.not.toContain('Not found');
    const id = await card.getAttribute('data-highlight-id');
    await card.getByRole('button', { name: /^Show in page/ }).click();
    await page.locator(`policy-lens-mark[data-highlight-id="${id}"]`).first().waitFor({ state: 'attached' });
    await page.close();
  });

  it('opens the same PDF from disk, finds words in it, and shows the highlights made on it elsewhere', async () => {
    const { page } = await session.open(session.extensionUrl('/pdf-viewer.html'));
    await page.getByRole('heading', { name: 'Open a PDF in Policy Lens' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: 'statement.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await statementPdf()) });
    await page.getByRole('status').filter({ hasText: /pages?, text read/ }).waitFor({ timeout: 30_000 });
    await expect(speakersOf(sidebar(page))).resolves.toContain('Matthew Taylor');
    // Found by the document's fingerprint: the sentence saved on the web copy and the Hypothesis import.
    await sidebar(page).locator('article[data-highlight-id]').filter({ hasText: NOTE }).waitFor();
    await sidebar(page).locator('article[data-highlight-id]').filter({ hasText: HYPOTHESIS_NOTE }).waitFor();
    await page.getByRole('searchbox', { name: 'Find in document' }).fill('interlinked');
    await page.getByRole('searchbox', { name: 'Find in document' }).press('Enter');
    await page.locator('output').filter({ hasText: '1 of 1 match' }).waitFor();
    await page.close();
  });
});
