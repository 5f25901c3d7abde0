// The PDF viewer in Firefox ESR (MV2 build): the story both browsers tell
// (support/pdf-scenario.ts) — a seed statement published as a PDF at an unknown address
// recognised with its speakers and quotes painted; a sentence selected in the text layer,
// saved with a note typed key by key and painted again when the PDF is reopened; the
// revised edition still anchoring it; a Hypothesis `urn:x-pdf:` annotation imported on the
// Highlights page and shown on that PDF. The viewer and the Highlights page are extension
// pages, driven over raw WebDriver BiDi (support/firefox-extension-pages.ts, which says
// why): clicks and key presses are trusted input, reaching into the sidebar's open shadow root.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { type FirefoxExtensionPages, type FirefoxTab, launchFirefoxForExtensionPages } from './support/firefox-extension-pages.js';
import { type PdfTab, type PdfViewerDriver, pdfStoryTests, scenarioRoutes } from './support/pdf-scenario.js';
import { type BytesServer, startBytesServer } from './support/pdf-server.js';
import { selectInTextLayers } from './support/pdf-selection.js';
import { highlightCard, markAreas, quoteIds, textLayerDrawn, textRead } from './support/pdf-viewer-readers.js';

// In-page finders and readers (sent as source text: each refers to nothing outside itself).

/** An element of the sidebar (an open shadow root). */
const inSidebar = (selector: string) => document.querySelector('.pdf-sidebar-host')?.shadowRoot?.querySelector(selector);

/** The sidebar's statement heading and its Speakers list, once shown. */
const statementShown = () => {
  const root = document.querySelector('.pdf-sidebar-host')?.shadowRoot;
  const heading = root?.querySelector('h2')?.textContent;
  const speakers = root?.querySelector('ul.pl-speakers')?.textContent;
  return heading && speakers ? { heading, speakers } : null;
};

/** The page number the toolbar shows. */
const shownPage = () => Number((document.querySelector('.pdf-page-input') as HTMLInputElement | null)?.value ?? 0);

/** The "Show in page" button of highlight `id`'s card in the sidebar. */
const showInPageButton = (id: string) =>
  [...(document.querySelector('.pdf-sidebar-host')?.shadowRoot?.querySelectorAll(`article[data-highlight-id="${CSS.escape(id)}"] button`) ?? [])].find(
    (button) => button.textContent?.startsWith('Show in page'),
  );

/** The viewer through BiDi: reads poll the page, clicks and typing are trusted input. */
function bidiTab(tab: FirefoxTab): PdfTab {
  return {
    statement: () => tab.until('the sidebar to recognise the PDF', statementShown),
    quoteIds: () => tab.run(quoteIds),
    async goToPage(n) {
      for (let at = await tab.run(shownPage); at < n; at++) {
        await tab.click('button', 'Next page');
        await tab.until(`page ${at + 1} shown`, (expected: number) => Number((document.querySelector('.pdf-page-input') as HTMLInputElement | null)?.value) === expected, at + 1);
      }
      await tab.until(`page ${n}'s text layer`, textLayerDrawn, n);
    },
    select: (text) => tab.run(selectInTextLayers, text),
    saveQuote: () => tab.click('button', 'Save quote'),
    async writeNote(note) {
      await tab.typeOn(note, 'the editor’s Note field', inSidebar, 'form[aria-label="Edit highlight"] textarea');
      await tab.clickOn('the editor’s Save button', inSidebar, 'form[aria-label="Edit highlight"] button[type="submit"]');
    },
    card: (text) => tab.until(`the highlight card showing "${text}"`, highlightCard, text),
    showInPage: (id) => tab.clickOn(`Show in page on highlight ${id}`, showInPageButton, id),
    painted: (id, n) => tab.until(`mark ${id} painted`, markAreas, { id, page: n ?? null }),
    close: () => tab.close(),
  };
}

describe('PDFs in the Policy Lens viewer (Firefox ESR)', () => {
  let server: BytesServer;
  let firefox: FirefoxExtensionPages;
  let files: string;

  const driver: PdfViewerDriver = {
    async open(path) {
      const tab = await firefox.open(firefox.extensionUrl(`/pdf-viewer.html?file=${encodeURIComponent(server.url(path))}`));
      await tab.until('the PDF’s text to be read', textRead);
      await tab.until('the sidebar', inSidebar, 'aside[role="complementary"]');
      return bidiTab(tab);
    },
    async importOnHighlightsPage(name, json, shows) {
      const file = join(files, name);
      await writeFile(file, json);
      const library = await firefox.open(firefox.extensionUrl('/highlights.html'));
      await library.until('the Highlights page', () => document.querySelector('h1')?.textContent === 'Highlights' || null);
      await library.setFiles('input[type="file"]', [file]);
      await library.click('button', 'Apply import');
      const status = await library.until('the import report', () =>
        [...document.querySelectorAll('[role="status"]')].map((s) => s.textContent ?? '').find((text) => text.startsWith('Imported:')),
      );
      await library.until(`"${shows}" on the page`, (text: string) => document.body.innerText.includes(text), shows);
      await library.close();
      return status;
    },
  };

  beforeAll(async () => {
    files = await mkdtemp(join(tmpdir(), 'policy-lens-pdf-firefox-'));
    server = await startBytesServer(await scenarioRoutes());
    firefox = await launchFirefoxForExtensionPages(EXTENSION_BUILDS.firefox);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    if (files) await rm(files, { recursive: true, force: true });
  });

  pdfStoryTests(driver);
});
