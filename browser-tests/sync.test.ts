// Teams sync by files: export from one Chromium profile, import into a fresh one,
// and the Highlights page and the sidebar show the same data; a corrupted copy is
// refused with a clear error and changes nothing; a file that would delete two of
// the analyst's highlights says "2 of your highlights will be deleted" and changes
// nothing until they confirm. Chromium only: this test drives
// the extension's own Highlights page, and Firefox's WebDriver BiDi refuses to open
// moz-extension pages (see browser-tests/support/firefox.ts).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETES_TWO, THREE_HIGHLIGHTS } from '../test-support/sync/consent-files';
import { SENTENCE, articlePage } from './support/article-pages.js';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { type ChromiumPage, type ChromiumSession, SIDEBAR_HOST, type TestServer, launchChromium, startServer, waitFor } from './support/index.js';

const NOTE = 'Shared with the team';



async function highlightsPage(session: ChromiumSession): Promise<ChromiumPage> {
  const page = await session.open(session.extensionUrl('/highlights.html'));
  await page.page.getByRole('heading', { name: 'Highlights', level: 1 }).waitFor();
  return page;
}

async function importFile(page: ChromiumPage, name: string, text: string): Promise<void> {
  await page.page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('sync between two Chromium profiles', () => {
  let server: TestServer;
  let alice: ChromiumSession;
  let bob: ChromiumSession;
  let exported: string;

  beforeAll(async () => {
    server = await startServer({ '/article': () => articlePage('original') });
    [alice, bob] = await Promise.all([launchChromium(EXTENSION_BUILDS.chromium), launchChromium(EXTENSION_BUILDS.chromium)]);
  });
  afterAll(async () => {
    await Promise.all([alice?.close(), bob?.close()]);
    await server?.close();
  });

  it('exports a highlight with its note from one profile', async () => {
    const article = await alice.open(server.url('/article'));
    await article.page.evaluate((sentence) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(sentence);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + sentence.length);
        getSelection()?.addRange(range);
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
    }, SENTENCE);
    await waitFor('the Save quote button', async () => ((await article.clickInShadow('policy-lens-save', 'button')) ? true : null));
    await waitFor('the editor', async () => ((await article.fillInShadow(SIDEBAR_HOST, 'form textarea', NOTE)) ? true : null));
    await article.clickInShadow(SIDEBAR_HOST, 'form button[type="submit"]');
    await waitFor('the saved note', async () => ((await article.readSidebar())?.text.includes(NOTE) ? true : null));

    const library = await highlightsPage(alice);
    await library.page.getByText(NOTE).waitFor();
    const download = library.page.waitForEvent('download');
    await library.page.getByRole('region', { name: 'Export and import' }).getByRole('button', { name: 'Export', exact: true }).click();
    exported = await readFile(await (await download).path(), 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'policy-lens-sync', version: 1 });
    expect(exported).toContain(NOTE);
  });

  it('imports it into a fresh profile, after a preview: the list and the sidebar show the same highlight', async () => {
    const library = await highlightsPage(bob);
    await library.page.getByText(/No highlights yet/).waitFor();
    await importFile(library, 'team.json', exported);
    await library.page.getByRole('heading', { name: 'Preview of team.json' }).waitFor();
    // Per kind of record: added, changed, deleted, in conflict, unchanged.
    expect(await library.page.getByRole('row', { name: /^Highlights/ }).getByRole('cell').allTextContents()).toEqual(['1', '0', '0', '0', '0']);
    await library.page.getByRole('button', { name: 'Apply import' }).click();
    await library.page.getByRole('status').filter({ hasText: 'Imported: 1 new' }).waitFor();
    await library.page.getByText(NOTE).first().waitFor();

    const article = await bob.open(server.url('/article'));
    const sidebar = await article.waitForSidebar();
    expect(sidebar.text).toContain(NOTE);
    expect(sidebar.text).toContain(SENTENCE.slice(0, 40));
  });

  it('refuses a corrupted copy with an error naming the record and field, and changes nothing', async () => {
    const library = await highlightsPage(bob);
    await library.page.getByText(NOTE).first().waitFor(); // the list has loaded
    const before = await library.page.locator('main').textContent();
    const corrupted = exported.replace(/"colour":\s*"yellow"/, '"colour": "tartan"');
    expect(corrupted).not.toBe(exported);
    await importFile(library, 'broken.json', corrupted);
    const alert = library.page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/annotations\[0\].*colour/);
    await importFile(library, 'not-json.json', exported.slice(0, exported.length / 2));
    await library.page.getByRole('alert').filter({ hasText: /JSON/ }).waitFor();
    expect(await library.page.locator('main').textContent()).toBe(before);
  });
});

const shownIds = (page: ChromiumPage) => page.page.locator('article[data-highlight-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-highlight-id')).sort());

describe('an import that deletes the analyst’s highlights (Chromium)', () => {
  let session: ChromiumSession;
  let library: ChromiumPage;

  beforeAll(async () => {
    session = await launchChromium(EXTENSION_BUILDS.chromium);
    library = await session.open(session.extensionUrl('/highlights.html'));
    await library.page.getByRole('heading', { name: 'Highlights', level: 1 }).waitFor();
    await importFile(library, 'mine.json', THREE_HIGHLIGHTS);
    await library.page.getByRole('button', { name: 'Apply import' }).click();
    await library.page.getByRole('status').filter({ hasText: 'Imported: 3 new' }).waitFor();
    await library.page.getByText('Second to go').first().waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says "2 of your highlights will be deleted", and nothing changes until the analyst confirms', async () => {
    expect(await shownIds(library)).toEqual(['hl-gone-1', 'hl-gone-2', 'hl-keep']);
    await importFile(library, 'colleague.json', DELETES_TWO);
    const preview = library.page.getByRole('region', { name: 'Preview of colleague.json' });
    await preview.waitFor();
    expect(await preview.getByRole('alert').textContent()).toContain('2 of your highlights will be deleted');
    expect(await preview.textContent()).toContain('Highlights tagged “harmless”');
    expect(await preview.textContent()).toContain('deletions of 2 highlights');
    expect(await preview.getByRole('list', { name: 'Records' }).getByRole('listitem').allTextContents()).toEqual([
      'Deleted — highlight: “words highlighted in hl-gone-1” (yours)',
      'Deleted — highlight: “words highlighted in hl-gone-2” (yours)',
    ]);
    const apply = preview.getByRole('button', { name: 'Apply import' });
    expect(await apply.isDisabled()).toBe(true);
    // Reloading the list from the database: still all three.
    await library.page.reload();
    await library.page.getByText('Second to go').first().waitFor();
    expect(await shownIds(library)).toEqual(['hl-gone-1', 'hl-gone-2', 'hl-keep']);

    await importFile(library, 'colleague.json', DELETES_TWO);
    await preview.waitFor();
    await preview.getByRole('checkbox', { name: /Yes, import it: 2 of your highlights will be deleted/ }).check();
    await apply.click();
    await library.page.getByRole('status').filter({ hasText: 'As confirmed: 2 of your highlights were deleted.' }).waitFor();
    await library.page.reload();
    await library.page.getByText('Keep this one').first().waitFor();
    expect(await shownIds(library)).toEqual(['hl-keep']);
  });
});
