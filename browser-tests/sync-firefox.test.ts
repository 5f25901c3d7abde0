// The destructive-import consent flow in real Firefox ESR (the MV2 build, a
// temporary add-on): on the extension's own Highlights page, a file that deletes
// two of the analyst's highlights says "2 of your highlights will be deleted",
// keeps "Apply import" disabled and changes nothing until the box naming the
// count is ticked; then the two go and the third stays.
//
// Extension pages in headless Firefox need its remote agent's system access
// (MOZ_REMOTE_ALLOW_SYSTEM_ACCESS, the environment form of
// --remote-allow-system-access: launchFirefox passes no arguments) and a known
// add-on UUID (the extensions.webextensions.uuids preference); Firefox sends no
// load events for them, so the page is loaded with BiDi's browsingContext.navigate
// and read by polling (/work/shared/browser-testing.md). The file is chosen with
// BiDi's input.setFiles and clicks are trusted pointer actions, as a user's are.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BidiConnection } from 'puppeteer-core/internal/bidi/Connection.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETES_TWO, THREE_HIGHLIGHTS } from '../test-support/sync/consent-files';
import { EXTENSION_BUILDS } from './support/extension-builds.js';
import { type FirefoxSession, launchFirefox, waitFor } from './support/index.js';


/** The page's answer to a query: JSON text, or null while what it looks for is not there. */
type Query = (arg: string) => unknown;

/** The Highlights page in one Firefox tab, driven over WebDriver BiDi. */
class HighlightsTab {
  constructor(
    private readonly connection: BidiConnection,
    private readonly context: string,
    private readonly url: string,
  ) {}

  async load(): Promise<void> {
    await this.connection.send('browsingContext.navigate', { context: this.context, url: this.url, wait: 'complete' as never });
    await this.until('the Highlights page', () => document.querySelector('h1')?.textContent === 'Highlights' || null);
  }

  /** Runs `query(arg)` in the page; its result travels as JSON. */
  async run(query: Query, arg = ''): Promise<unknown> {
    const { result } = await this.connection.send('script.callFunction', {
      functionDeclaration: `(arg) => JSON.stringify((${query.toString()})(arg) ?? null)`,
      arguments: [{ type: 'string', value: arg }],
      target: { context: this.context },
      awaitPromise: false,
    });
    if (result.type === 'exception') throw new Error(`In-page query failed: ${result.exceptionDetails.text}`);
    return result.result.type === 'string' ? (JSON.parse(result.result.value) as unknown) : null;
  }

  until(description: string, query: Query, arg = ''): Promise<unknown> {
    return waitFor(description, async () => (await this.run(query, arg)) ?? null, { timeout: 30_000, interval: 200 });
  }

  /** The element `find(arg)` returns, as BiDi's shared reference (scrolled into view). */
  private async element(description: string, find: (arg: string) => Element | null | undefined, arg: string) {
    const sharedId = await waitFor(description, async () => {
      const { result } = await this.connection.send('script.callFunction', {
        functionDeclaration: `(arg) => { const el = (${find.toString()})(arg); el?.scrollIntoView({ block: 'center' }); return el ?? null; }`,
        arguments: [{ type: 'string', value: arg }],
        target: { context: this.context },
        awaitPromise: false,
      });
      return result.type === 'success' && result.result.type === 'node' ? (result.result.sharedId ?? null) : null;
    });
    return { sharedId };
  }

  /** A trusted click in the middle of the element. */
  async click(description: string, find: (arg: string) => Element | null | undefined, arg = ''): Promise<void> {
    const element = await this.element(description, find, arg);
    await this.connection.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.connection.send('input.releaseActions', { context: this.context });
  }

  /** Chooses `path` in the import's file field, as the file picker does. */
  async chooseFile(path: string): Promise<void> {
    const element = await this.element('the import file field', () => document.querySelector('input[type="file"]'), '');
    await this.connection.send('input.setFiles', { context: this.context, element, files: [path] });
  }
}

// Sent to the page as source text: each refers to nothing outside itself.
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const applyDisabled: Query = () => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Apply import')?.disabled;
const shownIds: Query = () =>
  [...document.querySelectorAll('article[data-highlight-id]')].map((card) => card.getAttribute('data-highlight-id')).sort().join(',') || null;

describe('an import that deletes the analyst’s highlights (Firefox)', () => {
  let session: FirefoxSession;
  let tab: HighlightsTab;
  let files: string;

  const choose = async (name: string, text: string) => {
    const path = join(files, name);
    await writeFile(path, text);
    await tab.chooseFile(path);
  };

  beforeAll(async () => {
    files = await mkdtemp(join(tmpdir(), 'policy-lens-sync-firefox-'));
    const manifest = JSON.parse(await readFile(join(EXTENSION_BUILDS.firefox, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
    const uuid = randomUUID();
    process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS = '1';
    session = await launchFirefox(EXTENSION_BUILDS.firefox, {
      prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: uuid }) },
    });
    // Puppeteer's BiDi connection (typed, internal), as support/firefox.ts uses it.
    const connection = Reflect.get(session.browser, 'connection') as BidiConnection;
    const { result } = await connection.send('browsingContext.create', { type: 'tab' as never });
    tab = new HighlightsTab(connection, result.context, `moz-extension://${uuid}/highlights.html`);
    await tab.load();
    await choose('mine.json', THREE_HIGHLIGHTS);
    await tab.click('Apply import', button, 'Apply import');
    await tab.until('the import report', () => [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent?.startsWith('Imported: 3 new')) || null);
  });
  afterAll(async () => {
    await session?.close();
    if (files) await rm(files, { recursive: true, force: true });
  });

  it('says "2 of your highlights will be deleted", and nothing changes until the analyst confirms', async () => {
    expect(await tab.until('three highlights', shownIds)).toBe('hl-gone-1,hl-gone-2,hl-keep');
    await choose('colleague.json', DELETES_TWO);
    const preview = (await tab.until('the preview', () => {
      const region = [...document.querySelectorAll('section')].find((s) => s.querySelector('h3')?.textContent === 'Preview of colleague.json');
      return region && { alert: region.querySelector('[role="alert"]')?.textContent, text: region.textContent };
    })) as { alert: string; text: string };
    expect(preview.alert).toContain('2 of your highlights will be deleted');
    expect(preview.text).toContain('Highlights tagged “harmless”');
    expect(preview.text).toContain('Deleted — highlight: “words highlighted in hl-gone-1” (yours)');
    expect(await tab.run(applyDisabled)).toBe(true);

    // A click on the disabled button does nothing; reloading reads the database again: all three are there.
    await tab.click('Apply import', button, 'Apply import');
    await tab.load();
    expect(await tab.until('three highlights', shownIds)).toBe('hl-gone-1,hl-gone-2,hl-keep');

    await choose('colleague.json', DELETES_TWO);
    await tab.click('the consent box', () => [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Yes, import it: 2 of your highlights will be deleted'))?.querySelector('input'));
    await tab.until('Apply import enabled', () => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Apply import')?.disabled === false || null);
    await tab.click('Apply import', button, 'Apply import');
    await tab.until('the confirmed report', () =>
      [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent?.includes('As confirmed: 2 of your highlights were deleted.')) || null,
    );
    await tab.load();
    expect(await tab.until('one highlight', () => {
      const cards = document.querySelectorAll('article[data-highlight-id]');
      return cards.length === 1 ? cards[0]?.getAttribute('data-highlight-id') : null;
    })).toBe('hl-keep');
  });
});

