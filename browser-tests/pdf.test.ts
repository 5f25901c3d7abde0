// The PDF viewer in Chromium, as an analyst uses it: the story both browsers tell
// (support/pdf-scenario.ts: a seed statement published as a PDF at an unknown address
// recognised with its speakers; a sentence saved with a note and painted again on reopening
// and in a revised edition; a Hypothesis `urn:x-pdf:` annotation imported and shown), then
// Chromium's own part: the same PDF opened from disk shows them all and can be searched; a
// two-column PDF is read column by column and recognised; a PDF dropped on the viewer opened
// from the Highlights page is recognised; an unknown PDF is captured, its quotations
// proposed with their speaker. Firefox ESR's part is pdf-firefox.test.ts.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { type ChromiumSession, launchChromium, waitFor } from './support/index.js';
import { LETTER_INFO, statementPdf, twoColumnReportPdf, unknownLetterPdf } from './support/pdf-documents.js';
import { HYPOTHESIS_NOTE, NOTE, type PdfTab, type PdfViewerDriver, pdfStoryTests, scenarioRoutes } from './support/pdf-scenario.js';
import { type BytesServer, pdfRoute, startBytesServer } from './support/pdf-server.js';
import { selectInTextLayers } from './support/pdf-selection.js';
import { highlightCard, markAreas, quoteIds, textLayerDrawn } from './support/pdf-viewer-readers.js';

/** LBC's report (seed 003) as the corpus titles it. */
const LBC_TITLE = "Plans for more integration of NHS and social care to 'cut bureaucracy'";
/** A known quote of that report (Helen Stokes-Lampard's), wrapped over lines of one column. */
const LBC_COLUMN_QUOTE = 'remove barriers and facilitate the changes';

/** The viewer's sidebar: an open shadow root, which Playwright's locators enter. */
const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Policy Lens' });

/** The statement's Speakers list, unfolded first as a user would when it names more than three (issue 14). */
async function speakersOf(panel: Locator): Promise<string | null> {
  const fold = panel.locator('.pl-statement details.pl-fold');
  if ((await fold.count()) > 0 && !(await fold.evaluate((el) => (el as HTMLDetailsElement).open))) await fold.locator('summary').click();
  return panel.getByRole('list', { name: 'Speakers' }).textContent();
}

/** The viewer through Playwright: its locators enter the sidebar's open shadow root. */
function playwrightTab(page: Page): PdfTab {
  const poll = <T>(description: string, read: () => Promise<T | null>) => waitFor(description, read, { timeout: 30_000, interval: 200 });
  return {
    async statement() {
      const heading = (await sidebar(page).getByRole('heading', { level: 2 }).first().textContent()) ?? '';
      return { heading, speakers: (await speakersOf(sidebar(page))) ?? '' };
    },
    quoteIds: () => page.evaluate(quoteIds),
    async goToPage(n) {
      await page.getByRole('textbox', { name: 'Page' }).fill(String(n));
      await page.getByRole('textbox', { name: 'Page' }).press('Enter');
      await poll(`page ${n}'s text layer`, async () => (await page.evaluate(textLayerDrawn, n)) || null);
    },
    select: (text) => page.evaluate(selectInTextLayers, text),
    saveQuote: () => page.getByRole('button', { name: 'Save quote' }).click(),
    async writeNote(note) {
      const form = sidebar(page).getByRole('form', { name: 'Edit highlight' });
      // Key by key, as a user types (fill would send no key presses).
      await form.getByRole('textbox', { name: 'Note' }).pressSequentially(note);
      await form.locator('button[type="submit"]').click();
    },
    card: (text) => poll(`the highlight card showing "${text}"`, () => page.evaluate(highlightCard, text)),
    showInPage: (id) => sidebar(page).locator(`article[data-highlight-id="${id}"]`).getByRole('button', { name: /^Show in page/ }).click(),
    painted: (id, n) => poll(`mark ${id} painted`, () => page.evaluate(markAreas, { id, page: n ?? null })),
    close: () => page.close(),
  };
}

describe('PDFs in the Policy Lens viewer (Chromium)', () => {
  let server: BytesServer;
  let session: ChromiumSession;

  const viewer = (path: string) => session.extensionUrl(`/pdf-viewer.html?file=${encodeURIComponent(server.url(path))}`);

  async function openPdf(path: string): Promise<Page> {
    const { page } = await session.open(viewer(path));
    await page.getByRole('status').filter({ hasText: /pages?, text read/ }).waitFor({ timeout: 30_000 });
    await sidebar(page).waitFor();
    return page;
  }

  const driver: PdfViewerDriver = {
    open: async (path) => playwrightTab(await openPdf(path)),
    async importOnHighlightsPage(name, json, shows) {
      const { page: library } = await session.open(session.extensionUrl('/highlights.html'));
      await library.getByRole('heading', { name: 'Highlights', level: 1 }).waitFor();
      await library.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json) });
      await library.getByRole('button', { name: 'Apply import' }).click();
      const status = library.getByRole('status').filter({ hasText: 'Imported:' });
      await status.waitFor();
      await library.getByText(shows).first().waitFor();
      const text = (await status.textContent()) ?? '';
      await library.close();
      return text;
    },
  };

  beforeAll(async () => {
    server = await startBytesServer({
      ...(await scenarioRoutes()),
      '/unknown/news/integration-two-columns.pdf': pdfRoute(await twoColumnReportPdf()),
      '/unknown/news/bma-letter.pdf': pdfRoute(await unknownLetterPdf()),
    });
    session = await launchChromium(EXTENSION_BUILDS.chromium);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  pdfStoryTests(driver);

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
    // The form renders once the capture is read; the heading shows before it.
    await form.getByRole('link', { name: address }).waitFor();
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
});
