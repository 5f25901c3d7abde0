// A live page costs what changed (issue 16): the built extension in real Chromium, on a
// page served on 127.0.0.1 whose own script adds a paragraph quoting a known statement.
// The content script's messages are read where they arrive, in the extension's service
// worker (only Chromium lets a test reach the background; Firefox's background page is
// out of WebDriver BiDi's reach, and the logic is the same code, unit-tested in
// lib/dom/detect-sender.test.ts and lib/messaging/detect-handlers.test.ts). The page's
// requests show when the content script imports its page parts (only once a page matches).
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusFromDisk } from './support/corpus-on-disk.js';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { type ChromiumPage, type ChromiumSession, htmlPage, launchChromium, startServer, type TestServer, waitFor } from './support/index.js';

const corpus = loadCorpusFromDisk();
const quote = corpus.quotes.find((q) => q.text.split(/\s+/).length >= 25);
/** Unrelated text long enough that sending it whole is easy to tell from sending a change. */
const STORY = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1} of the council's live coverage of bin collections, road works and the weather this week.</p>`).join('');

interface Seen {
  textLength: number | null;
  since: number | null;
  change: { start: number; deleted: number; inserted: string } | null;
}

/** Records every detectPage message the service worker receives (a listener beside the extension's own). */
async function watchDetectMessages(worker: Worker): Promise<void> {
  await worker.evaluate(`(() => {
    globalThis.__seenDetect = [];
    chrome.runtime.onMessage.addListener((message) => {
      if (message?.type !== 'detectPage') return;
      const data = message.data ?? {};
      globalThis.__seenDetect.push({ textLength: typeof data.text === 'string' ? data.text.length : null, since: data.since ?? null, change: data.change ?? null });
    });
  })()`);
}

const seen = (worker: Worker) => worker.evaluate<Seen[]>('globalThis.__seenDetect');

describe('a live page in Chromium', () => {
  let server: TestServer;
  let session: ChromiumSession;
  let worker: Worker;
  let page: ChromiumPage;
  /** Every extension resource the page's frame fetched: the content script's page parts module among them, once loaded. */
  const fetched: string[] = [];
  const partsFetched = () => fetched.some((url) => url.endsWith('/content-scripts/page-parts.js'));

  beforeAll(async () => {
    if (!quote) throw new Error('The bundled corpus has no quote of 25 words');
    server = await startServer({ '/live.html': htmlPage('Live: local news', `<main id="live"><h1>Live coverage</h1>${STORY}</main>`) });
    session = await launchChromium(EXTENSION_BUILDS.chromium);
    worker = await session.serviceWorker();
    await watchDetectMessages(worker);
    page = await session.open(server.url('/live.html'));
    page.page.on('request', (request) => {
      if (request.url().startsWith('chrome-extension://')) fetched.push(request.url());
    });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('sends the whole text once, then only the paragraph the page added, and shows the quote it carries', async () => {
    const first = await waitFor('the first detection message', async () => (await seen(worker))[0]);
    expect(first.textLength).toBeGreaterThan(3_000);
    expect(first.change).toBeNull();
    // The page matches nothing: the painter, frames and anchoring are never loaded.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(partsFetched()).toBe(false);

    const added = `Update, 11:42: asked this morning about the white paper on health and social care integration, a spokesperson for the organisation said: “${quote?.text}”`;
    await page.page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.getElementById('live')?.append(p);
    }, added);
    const update = await waitFor('the detection message after the page changed', async () => (await seen(worker))[1], { timeout: 15_000 });
    expect(update.textLength).toBeNull();
    expect(update.since).toBe(1);
    expect(update.change?.deleted).toBe(0);
    expect(update.change?.inserted.trim()).toBe(added);

    const sidebar = await page.waitForSidebar({ timeout: 15_000 });
    expect(sidebar.text).toContain(quote?.text.slice(0, 60));
    expect(partsFetched()).toBe(true); // loaded once the page carried a known quote
  });

  it('sends no text at all when the page navigates without its text changing', async () => {
    const before = (await seen(worker)).length;
    await page.page.evaluate(() => history.pushState(null, '', '/live.html?page=2'));
    const next = await waitFor('the detection message after navigation', async () => (await seen(worker))[before], { timeout: 15_000 });
    expect(next.textLength).toBeNull();
    expect(next.change).toEqual({ start: expect.any(Number), deleted: 0, inserted: '' });
  });
});
