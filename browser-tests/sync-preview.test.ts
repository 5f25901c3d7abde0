// An import that would delete the analyst's highlights, in real Chromium on the
// extension's own Highlights page: the preview says "2 of your highlights will be
// deleted", names them, and nothing changes until the analyst ticks the box that
// names the count and applies. Chromium only, like sync.test.ts: it drives an
// extension page, which this harness's Firefox driver does not open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeSyncFile } from '../lib/sync/export';
import { at, highlight, syncFile } from '../test-support/sync/fixtures';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { type ChromiumPage, type ChromiumSession, launchChromium } from './support/index.js';

const MINE = serializeSyncFile(
  syncFile({
    annotations: [
      highlight('hl-keep', { note: 'Keep this one' }),
      highlight('hl-gone-1', { note: 'First to go' }),
      highlight('hl-gone-2', { note: 'Second to go' }),
    ],
  }),
);

/** A file that claims a harmless scope and holds only deletions of two of them. */
const DELETING = serializeSyncFile(
  syncFile({
    scope: { kind: 'tag', tag: 'harmless' },
    deletions: [
      { table: 'annotations', id: 'hl-gone-1', deletedAt: at(30) },
      { table: 'annotations', id: 'hl-gone-2', deletedAt: at(30) },
    ],
  }),
);

async function importFile(page: ChromiumPage, name: string, text: string): Promise<void> {
  await page.page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const shownIds = (page: ChromiumPage) => page.page.locator('article[data-highlight-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-highlight-id')).sort());

describe('an import that deletes the analyst’s highlights (Chromium)', () => {
  let session: ChromiumSession;
  let library: ChromiumPage;

  beforeAll(async () => {
    session = await launchChromium(EXTENSION_BUILDS.chromium);
    library = await session.open(session.extensionUrl('/highlights.html'));
    await library.page.getByRole('heading', { name: 'Highlights', level: 1 }).waitFor();
    await importFile(library, 'mine.json', MINE);
    await library.page.getByRole('button', { name: 'Apply import' }).click();
    await library.page.getByRole('status').filter({ hasText: 'Imported: 3 new' }).waitFor();
    await library.page.getByText('Second to go').first().waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says "2 of your highlights will be deleted", and nothing changes until the analyst confirms', async () => {
    expect(await shownIds(library)).toEqual(['hl-gone-1', 'hl-gone-2', 'hl-keep']);
    await importFile(library, 'colleague.json', DELETING);
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

    await importFile(library, 'colleague.json', DELETING);
    await preview.waitFor();
    await preview.getByRole('checkbox', { name: /Yes, import it: 2 of your highlights will be deleted/ }).check();
    await apply.click();
    await library.page.getByRole('status').filter({ hasText: 'As confirmed: 2 of your highlights were deleted.' }).waitFor();
    await library.page.reload();
    await library.page.getByText('Keep this one').first().waitFor();
    expect(await shownIds(library)).toEqual(['hl-keep']);
  });
});
