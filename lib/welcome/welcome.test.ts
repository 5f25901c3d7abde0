import { describe, expect, it } from 'vitest';
import corpusJson from '../corpus/corpus.json';
import { isFirstInstall, seedLinks, shortcutRows } from './welcome';

describe('isFirstInstall', () => {
  it('is true for a first install only', () => {
    expect(isFirstInstall({ reason: 'install' })).toBe(true);
    expect(isFirstInstall({ reason: 'update' })).toBe(false);
    expect(isFirstInstall({ reason: 'browser_update' })).toBe(false);
    expect(isFirstInstall({ reason: 'chrome_update' })).toBe(false);
  });
});

describe('seedLinks', () => {
  it('links every bundled statement to its published address, with its publisher, newest first', () => {
    const links = seedLinks(corpusJson);
    expect(links.map((l) => l.url).sort()).toEqual(corpusJson.statements.map((s) => s.canonicalUrl).sort());
    expect(links.map((l) => l.date)).toEqual([...links.map((l) => l.date)].sort().reverse());
    const lbc = links.find((l) => l.id === 'lbc-integration-plans-2021-02-11');
    expect(lbc?.publisher).toBe('LBC');
  });

  it('names a publisher that is not in the catalogue by its id', () => {
    const [link] = seedLinks({
      statements: [{ id: 's', title: 'T', publisherId: 'gone', publishedDate: '2024-01-01', canonicalUrl: 'https://example.org/' }],
      organisations: [],
    });
    expect(link?.publisher).toBe('gone');
  });
});

describe('shortcutRows', () => {
  it('lists the extension’s commands with their keys, and says when none is set', () => {
    expect(
      shortcutRows([
        { name: '_execute_action', shortcut: 'Alt+Shift+P' },
        { name: 'toggle-sidebar', description: 'Show the sidebar', shortcut: 'Alt+Shift+L' },
        { name: 'save-quote', description: 'Save the selection', shortcut: '' },
      ]),
    ).toEqual([
      { name: 'toggle-sidebar', description: 'Show the sidebar', keys: 'Alt+Shift+L' },
      { name: 'save-quote', description: 'Save the selection', keys: null },
    ]);
  });
});
