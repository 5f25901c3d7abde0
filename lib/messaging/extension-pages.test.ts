import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SELF, fromExtensionPage, fromPage } from '../../test-support/senders';
import { loadPendingCapture } from '../storage/captures';
import type { PolicyLensDb } from '../storage/db';
import { openTestDatabase } from '../storage/test-db';
import { startCapture } from './extension-pages';

const PAGE = 'https://example.org/news/story';
/** The capture pages opened so far (the fake browser starts with a blank tab). */
const capturePages = async () => (await fakeBrowser.tabs.query({})).flatMap((t) => (t.url?.includes('capture.html') ? [new URL(t.url)] : []));
const capture = (url: string) => ({ url, metadata: { title: 'A story', mainText: 'Words of the story.' } });

describe('"Capture this page" checks its sender', () => {
  let db: PolicyLensDb;
  beforeEach(() => {
    fakeBrowser.reset();
    db = openTestDatabase();
  });
  afterEach(() => db.delete());

  it("parks the page under the sending page's own address and opens the capture page on it", async () => {
    await startCapture(db, SELF, capture('https://victim.example/other'), fromPage(`${PAGE}#top`));
    const [opened] = await capturePages();
    expect(opened?.pathname).toBe('/capture.html');
    expect((await loadPendingCapture(db, opened!.searchParams.get('id')!))?.url).toBe(PAGE);
  });

  it('parks the document the PDF viewer names, since the viewer is one of the extension\'s own pages', async () => {
    await startCapture(db, SELF, capture(PAGE), fromExtensionPage('pdf-viewer.html'));
    const [opened] = await capturePages();
    expect((await loadPendingCapture(db, opened!.searchParams.get('id')!))?.url).toBe(PAGE);
  });

  it('refuses a sender that is neither a content script nor an extension page', async () => {
    await expect(startCapture(db, SELF, capture(PAGE), { id: 'another-extension', url: PAGE })).rejects.toThrow(/did not come from this extension/);
    expect(await capturePages()).toEqual([]);
  });
});
