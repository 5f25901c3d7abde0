// The PDF viewer in Firefox ESR (MV2 build): NHS Confederation's statement published as a
// PDF at an unknown address is opened through the viewer (an extension page, driven over
// raw WebDriver BiDi: support/firefox-extension-pages.ts), its text read, recognised by its
// text with its speakers, and its known quotes painted over the text layer. Saving a
// selection, reopening and the revised edition are covered in Chromium only (pdf.test.ts):
// driving the Save quote button and the sidebar's editor with BiDi input actions did not
// yet save a highlight in this harness.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { type FirefoxExtensionPages, type FirefoxTab, launchFirefoxForExtensionPages } from './support/firefox-extension-pages.js';
import { statementPdf } from './support/pdf-documents.js';
import { type BytesServer, pdfRoute, startBytesServer } from './support/pdf-server.js';

// In-page readers. Each runs in the viewer page, so it is self-contained.

/** The toolbar's status line once the whole text is read, else null. */
const textRead = () => {
  const status = document.querySelector('[role="status"]')?.textContent ?? '';
  return /pages?, text read/.test(status) ? status : null;
};

/** The sidebar's statement heading and its Speakers list, once shown. */
const recognised = () => {
  const root = document.querySelector('.pdf-sidebar-host')?.shadowRoot;
  const heading = root?.querySelector('h2')?.textContent;
  const speakers = root?.querySelector('ul.pl-speakers')?.textContent;
  return heading && speakers ? { heading, speakers } : null;
};

/** The ids of the known quotes listed in the sidebar. */
const quoteIds = () => {
  const cards = document.querySelector('.pdf-sidebar-host')?.shadowRoot?.querySelectorAll('article[data-quote-id]') ?? [];
  return [...cards].map((card) => card.getAttribute('data-quote-id'));
};

/** The areas of the boxes painted for mark `id`; null while none is. */
const markAreas = (id: string) => {
  const boxes = document.querySelectorAll(`policy-lens-mark[data-highlight-id="${CSS.escape(id)}"]`);
  return boxes.length > 0 ? [...boxes].map((box) => box.getBoundingClientRect()).map((r) => r.width * r.height) : null;
};

/** An element of the sidebar (an open shadow root). */
const inSidebar = (selector: string) => document.querySelector('.pdf-sidebar-host')?.shadowRoot?.querySelector(selector);

describe('PDFs in the Policy Lens viewer (Firefox ESR)', () => {
  let server: BytesServer;
  let firefox: FirefoxExtensionPages;

  async function openPdf(path: string): Promise<FirefoxTab> {
    const tab = await firefox.open(firefox.extensionUrl(`/pdf-viewer.html?file=${encodeURIComponent(server.url(path))}`));
    await tab.until('the PDF’s text to be read', textRead);
    await tab.until('the sidebar', inSidebar, 'aside[role="complementary"]');
    return tab;
  }

  beforeAll(async () => {
    server = await startBytesServer({
      '/unknown/press/statement.pdf': pdfRoute(await statementPdf()),
    });
    firefox = await launchFirefoxForExtensionPages(EXTENSION_BUILDS.firefox);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('recognises a seed statement published as a PDF at an unknown address, with its speakers and quotes marked', async () => {
    const tab = await openPdf('/unknown/press/statement.pdf');
    const shown = await tab.until('the sidebar to recognise the PDF', recognised);
    expect(shown.heading).toBe('NHS leaders have taken great strides in integrating care but there is more to do');
    expect(shown.speakers).toContain('Matthew Taylor');
    const [first] = await tab.run(quoteIds);
    expect(first).toBeTruthy();
    const areas = await tab.until('the first quote painted', markAreas, first as string);
    expect(areas.every((area) => area > 0)).toBe(true);
    await tab.close();
  });
});
