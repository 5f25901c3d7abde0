// Drives one of the extension's own pages (moz-extension://…, e.g. the Dashboard) in
// headless Firefox ESR over WebDriver BiDi, as /work/shared/browser-testing.md found
// works: Firefox is started with remote system access allowed (its remote agent
// otherwise refuses to navigate to moz-extension:), the add-on's internal UUID is
// fixed by a pref so the page's address is known, and the page is navigated, read and
// clicked with raw BiDi commands (Firefox sends no load events for extension
// documents, so puppeteer's own page API would wait forever). Clicks and typing are
// trusted input (input.performActions), so they count as the user's gesture.
import { readFileSync } from 'node:fs';
import type { BrowsingContext } from 'webdriver-bidi-protocol';
import type { BidiBrowser } from 'puppeteer-core/internal/bidi/Browser.js';
import type { BidiConnection } from 'puppeteer-core/internal/bidi/Connection.js';
import { type FirefoxSession, launchFirefox } from './firefox.js';
import { waitFor } from './session.js';

/** The add-on's internal UUID in these tests (any UUID will do; fixed so pages have a known address). */
const ADDON_UUID = 'b6a1c5f0-9d4e-4c1a-8f3e-2a7d5c9e0b14';

export interface ExtensionPagesSession {
  session: FirefoxSession;
  /** Opens `path` (e.g. "/dashboard.html") of the extension in a new tab. */
  openExtensionPage(path: string): Promise<FirefoxExtensionPage>;
}

/** Launches Firefox able to open the extension's pages, with `prefs` besides. */
export async function launchFirefoxWithExtensionPages(extensionDir: string, prefs: Record<string, unknown> = {}): Promise<ExtensionPagesSession> {
  const manifest = JSON.parse(readFileSync(`${extensionDir}/manifest.json`, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  // Puppeteer hands its own environment to Firefox; the variable is only needed at launch.
  const before = process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS;
  process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS = '1';
  let session: FirefoxSession;
  try {
    session = await launchFirefox(extensionDir, { prefs: { ...prefs, 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: ADDON_UUID }) } });
  } finally {
    if (before === undefined) delete process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS;
    else process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS = before;
  }
  // Internal but typed: puppeteer exposes no public way to send raw BiDi commands.
  const connection = (session.browser as unknown as BidiBrowser).connection;
  return {
    session,
    async openExtensionPage(path) {
      const { result } = await connection.send('browsingContext.create', { type: 'tab' as BrowsingContext.CreateType.Tab });
      const url = `moz-extension://${ADDON_UUID}${path}`;
      await connection.send('browsingContext.navigate', { context: result.context, url, wait: 'complete' as BrowsingContext.ReadinessState.Complete });
      return new FirefoxExtensionPage(connection, result.context);
    },
  };
}

/** Finds the first element matching `selector` (and whose text is `text`, if given), scrolled into view. */
const FIND_FN = `(selector, text) => {
  const el = [...document.querySelectorAll(selector)].find((e) => text === '' || e.textContent.trim() === text);
  el?.scrollIntoView({ block: 'center', behavior: 'instant' });
  return el ?? null;
}`;

export class FirefoxExtensionPage {
  constructor(
    private readonly connection: BidiConnection,
    private readonly context: string,
  ) {}

  /** The rendered text (innerText) of the first element matching `selector`, or null. */
  async textOf(selector: string): Promise<string | null> {
    const { result } = await this.connection.send('script.callFunction', {
      functionDeclaration: '(selector) => document.querySelector(selector)?.innerText ?? null',
      arguments: [{ type: 'string', value: selector }],
      target: { context: this.context },
      awaitPromise: false,
    });
    if (result.type === 'exception') throw new Error(`Reading ${selector} failed: ${result.exceptionDetails.text}`);
    return result.result.type === 'string' ? result.result.value : null;
  }

  /**
   * A trusted click on the first element matching `selector` whose text is `text` (any text
   * when empty). Found and scrolled to again if the page moved it out of view before the
   * click (a list above it rendering meanwhile): Firefox then refuses the actions before
   * sending any pointer event.
   */
  async click(selector: string, text = ''): Promise<void> {
    await waitFor(`a click on ${selector} ${text}`, async () => {
      await this.connection.send('input.performActions', {
        context: this.context,
        actions: [{ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x: 0, y: 0, origin: await this.element(selector, text) }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }],
      });
      return true;
    });
  }

  /** Clicks the field `selector` and types `text` with trusted key presses, as a user would. */
  async type(selector: string, text: string): Promise<void> {
    await this.click(selector);
    await this.connection.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'key', id: 'keyboard', actions: [...text].flatMap((value) => [{ type: 'keyDown' as const, value }, { type: 'keyUp' as const, value }]) }],
    });
  }

  /** Polls until the element is there (the page renders after it loads), as an input origin. */
  private async element(selector: string, text: string) {
    const what = `${selector}${text ? ` with the text "${text}"` : ''}`;
    const sharedId = await waitFor(`${what} in the extension page`, async () => {
      const { result } = await this.connection.send('script.callFunction', {
        functionDeclaration: FIND_FN,
        arguments: [
          { type: 'string', value: selector },
          { type: 'string', value: text },
        ],
        target: { context: this.context },
        awaitPromise: false,
      });
      if (result.type === 'exception') throw new Error(`${result.exceptionDetails.text} at ${await this.where()}`);
      if (result.result.type !== 'node' || result.result.sharedId === undefined) throw new Error(`not there yet at ${await this.where()}`);
      return result.result.sharedId;
    });
    return { type: 'element' as const, element: { sharedId } };
  }

  /** The page's address and the start of its text, for an error message. */
  private async where(): Promise<string> {
    const { result } = await this.connection.send('script.evaluate', {
      expression: '`${location.href}: ${(document.body?.innerText ?? "").slice(0, 200)}`',
      target: { context: this.context },
      awaitPromise: false,
    });
    return result.type === 'success' && result.result.type === 'string' ? result.result.value : 'an unknown page';
  }
}
