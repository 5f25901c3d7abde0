// The destructive-import consent flow in real Firefox ESR (the MV2 build, a
// temporary add-on): on the extension's own Highlights page, a file that deletes
// two of the analyst's highlights says "2 of your highlights will be deleted",
// keeps "Apply import" disabled and changes nothing until the box naming the
// count is ticked; then the two go and the third stays.
//
// The Highlights page is an extension page, driven over raw WebDriver BiDi
// (support/firefox-extension-pages.ts, which says why): the file is chosen with
// BiDi's input.setFiles and clicks are trusted pointer actions, as a user's are.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETES_TWO, THREE_HIGHLIGHTS } from '../test-support/sync/consent-files';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { type FirefoxExtensionPages, type FirefoxTab, launchFirefoxForExtensionPages } from './support/firefox-extension-pages.js';

// Sent to the page as source text: each refers to nothing outside itself.
const applyDisabled = () => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Apply import')?.disabled;
const shownIds = () =>
  [...document.querySelectorAll('article[data-highlight-id]')].map((card) => card.getAttribute('data-highlight-id')).sort().join(',') || null;

describe('an import that deletes the analyst’s highlights (Firefox)', () => {
  let firefox: FirefoxExtensionPages;
  let tab: FirefoxTab;
  let files: string;

  /** Loads the Highlights page (again: it reads the database anew) and waits for it. */
  const load = async () => {
    await tab.navigate(firefox.extensionUrl('/highlights.html'));
    await tab.until('the Highlights page', () => document.querySelector('h1')?.textContent === 'Highlights' || null);
  };

  const choose = async (name: string, text: string) => {
    const path = join(files, name);
    await writeFile(path, text);
    await tab.setFiles('input[type="file"]', [path]);
  };

  beforeAll(async () => {
    files = await mkdtemp(join(tmpdir(), 'policy-lens-sync-firefox-'));
    firefox = await launchFirefoxForExtensionPages(EXTENSION_BUILDS.firefox);
    tab = await firefox.open('about:blank');
    await load();
    await choose('mine.json', THREE_HIGHLIGHTS);
    await tab.click('button', 'Apply import');
    await tab.until('the import report', () => [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent?.startsWith('Imported: 3 new')) || null);
  });
  afterAll(async () => {
    await firefox?.close();
    if (files) await rm(files, { recursive: true, force: true });
  });

  it('says "2 of your highlights will be deleted", and nothing changes until the analyst confirms', async () => {
    expect(await tab.until('three highlights', shownIds)).toBe('hl-gone-1,hl-gone-2,hl-keep');
    await choose('colleague.json', DELETES_TWO);
    const preview = await tab.until('the preview', () => {
      const region = [...document.querySelectorAll('section')].find((s) => s.querySelector('h3')?.textContent === 'Preview of colleague.json');
      return region && { alert: region.querySelector('[role="alert"]')?.textContent ?? '', text: region.textContent ?? '' };
    });
    expect(preview.alert).toContain('2 of your highlights will be deleted');
    expect(preview.text).toContain('Highlights tagged “harmless”');
    expect(preview.text).toContain('Deleted — highlight: “words highlighted in hl-gone-1” (yours)');
    expect(await tab.run(applyDisabled)).toBe(true);

    // A click on the disabled button does nothing; reloading reads the database again: all three are there.
    await tab.click('button', 'Apply import');
    await load();
    expect(await tab.until('three highlights', shownIds)).toBe('hl-gone-1,hl-gone-2,hl-keep');

    await choose('colleague.json', DELETES_TWO);
    await tab.clickOn('the consent box', () => [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Yes, import it: 2 of your highlights will be deleted'))?.querySelector('input'));
    await tab.until('Apply import enabled', () => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Apply import')?.disabled === false || null);
    await tab.click('button', 'Apply import');
    await tab.until('the confirmed report', () =>
      [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent?.includes('As confirmed: 2 of your highlights were deleted.')) || null,
    );
    await load();
    expect(await tab.until('one highlight', () => {
      const cards = document.querySelectorAll('article[data-highlight-id]');
      return cards.length === 1 ? cards[0]?.getAttribute('data-highlight-id') : null;
    })).toBe('hl-keep');
  });
});

