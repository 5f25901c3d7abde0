/**
 * Driving the extension's own pages (`moz-extension://…`: the Dashboard, the Highlights page,
 * the PDF viewer) in headless Firefox ESR, which the content-script harness (firefox.ts) does
 * not do. What works, per /work/shared/browser-testing.md:
 * - Firefox started with system access for its remote agent (`MOZ_REMOTE_ALLOW_SYSTEM_ACCESS=1`,
 *   the environment form of `--remote-allow-system-access`: launchFirefox passes no arguments);
 *   without it the agent refuses to navigate to `moz-extension:`.
 * - The add-on's internal UUID fixed by the `extensions.webextensions.uuids` preference, so its
 *   pages' addresses are known.
 * - The raw BiDi `browsingContext.navigate`: Firefox sends no load events for extension
 *   documents, so puppeteer's `goto` would wait forever. Pages are read with
 *   `script.callFunction`, polling for what they render rather than waiting on events.
 * - Clicks and typing as trusted input (`input.performActions`, the element as the pointer's
 *   origin after scrolling it into view), so they count as the user's gesture (e.g. for
 *   `permissions.request`); files chosen with `input.setFiles`, as the file picker does.
 */
import { randomUUID } from 'node:crypto';
import type * as Bidi from 'webdriver-bidi-protocol';
import type { BidiConnection } from 'puppeteer-core/internal/bidi/Connection.js';
import { type FirefoxSession, bidiConnection, launchFirefox } from './firefox.js';
import { readManifest } from './preflight.js';
import { waitFor } from './session.js';

// BiDi's enumerations are const enums in puppeteer's protocol types: their values, typed.
const LOAD_COMPLETE = 'complete' as Bidi.BrowsingContext.ReadinessState;
const NEW_TAB = 'tab' as Bidi.BrowsingContext.CreateType;

/**
 * The helper esbuild (with keepNames, as tsx runs it) calls around functions it names; a
 * function sent as source text would otherwise refer to it outside the page.
 */
const KEEP_NAMES = 'const __name = (fn) => fn;';

/**
 * A function run in the page: its arguments and result travel as JSON, and it is sent as
 * its source text, so it must refer to nothing outside itself (no closures, no imports).
 */
type InPage<A extends unknown[], R> = (...args: A) => R | Promise<R>;

/** An in-page function finding an element for input (sent as source text, like InPage). */
type Finder<A extends unknown[]> = (...args: A) => Element | null | undefined;

/** The first element matching `selector` whose trimmed text is `text` (any text when empty). */
const bySelector: Finder<[string, string]> = (selector, text) =>
  [...document.querySelectorAll(selector)].find((el) => text === '' || el.textContent?.trim() === text);

/** One tab of the browser, driven over BiDi, showing an extension page or any other. */
export class FirefoxTab {
  constructor(
    private readonly connection: BidiConnection,
    readonly context: string,
  ) {}

  /** Loads `url` and waits for its document to be complete. */
  async navigate(url: string): Promise<void> {
    await this.connection.send('browsingContext.navigate', { context: this.context, url, wait: LOAD_COMPLETE });
  }

  /** Runs `fn` in the page with `args`; resolves to its (JSON-serialisable) result, or true for a DOM node. */
  async run<A extends unknown[], R>(fn: InPage<A, R>, ...args: A): Promise<R> {
    const { result } = await this.connection.send('script.callFunction', {
      functionDeclaration: `async (json) => { ${KEEP_NAMES} const value = await (${fn.toString()})(...JSON.parse(json)); return JSON.stringify(value instanceof Node ? true : (value ?? null)); }`,
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      target: { context: this.context },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`In-page function failed: ${result.exceptionDetails.text}`);
    if (result.result.type !== 'string') throw new Error(`In-page function returned ${result.result.type}`);
    return JSON.parse(result.result.value) as R;
  }

  /** Polls `fn` in the page until it returns something other than null, false or undefined. */
  until<A extends unknown[], R>(description: string, fn: InPage<A, R | null | false | undefined>, ...args: A): Promise<R> {
    return waitFor(description, async () => (await this.run(fn, ...args)) || null, { timeout: 30_000, interval: 200 });
  }

  /** The rendered text (innerText) of the first element matching `selector`, or null. */
  textOf(selector: string): Promise<string | null> {
    return this.run((s: string) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? null, selector);
  }

  /** A trusted click on the first element matching `selector` whose text is `text` (any text when omitted). */
  click(selector: string, text = ''): Promise<void> {
    return this.clickOn(`${selector}${text ? ` with the text "${text}"` : ''}`, bySelector, selector, text);
  }

  /**
   * A trusted click in the middle of the element `find(...args)` returns in the page. Found and
   * scrolled to again if the page moved it out of view before the click (a list above it
   * rendering meanwhile): Firefox then refuses the actions before sending any pointer event.
   */
  async clickOn<A extends unknown[]>(description: string, find: Finder<A>, ...args: A): Promise<void> {
    await waitFor(`a click on ${description}`, async () => {
      await this.connection.send('input.performActions', {
        context: this.context,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            actions: [
              { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: await this.element(description, find, ...args) } },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
      return true;
    });
    await this.connection.send('input.releaseActions', { context: this.context });
  }

  /** Clicks the field `selector` and types `text` with trusted key presses, as a user would. */
  async type(selector: string, text: string): Promise<void> {
    await this.click(selector);
    await this.keys(text);
  }

  /** Clicks the field `find(...args)` returns (e.g. inside a shadow root) and types `text`, as `type` does. */
  async typeOn<A extends unknown[]>(text: string, description: string, find: Finder<A>, ...args: A): Promise<void> {
    await this.clickOn(description, find, ...args);
    await this.keys(text);
  }

  /** Trusted key presses typing `text` into the focused element. */
  private async keys(text: string): Promise<void> {
    await this.connection.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'key', id: 'keyboard', actions: [...text].flatMap((value) => [{ type: 'keyDown' as const, value }, { type: 'keyUp' as const, value }]) }],
    });
  }

  /** Chooses `paths` in the file field `selector`, as the file picker does. */
  async setFiles(selector: string, paths: string[]): Promise<void> {
    const element = await this.element(selector, bySelector, selector, '');
    await this.connection.send('input.setFiles', { context: this.context, element, files: paths });
  }

  async close(): Promise<void> {
    await this.connection.send('browsingContext.close', { context: this.context });
  }

  /** Polls until `find(...args)` returns an element (the page renders after it loads); scrolls it into view. */
  private async element<A extends unknown[]>(description: string, find: Finder<A>, ...args: A): Promise<{ sharedId: string }> {
    const sharedId = await waitFor(`${description} in the page`, async () => {
      const { result } = await this.connection.send('script.callFunction', {
        functionDeclaration: `(json) => { ${KEEP_NAMES} const el = (${find.toString()})(...JSON.parse(json)); el?.scrollIntoView({ block: 'center', behavior: 'instant' }); return el ?? null; }`,
        arguments: [{ type: 'string', value: JSON.stringify(args) }],
        target: { context: this.context },
        awaitPromise: false,
      });
      if (result.type === 'exception') throw new Error(`${result.exceptionDetails.text} at ${await this.where()}`);
      if (result.result.type !== 'node' || result.result.sharedId === undefined) throw new Error(`not there yet at ${await this.where()}`);
      return result.result.sharedId;
    });
    return { sharedId };
  }

  /** The page's address and the start of its text, for an error message. */
  private async where(): Promise<string> {
    try {
      return await this.run(() => `${location.href}: ${(document.body?.innerText ?? '').slice(0, 200)}`);
    } catch {
      return 'an unknown page';
    }
  }
}

export interface FirefoxExtensionPages {
  readonly session: FirefoxSession;
  /** The address of one of the extension's pages, e.g. `/pdf-viewer.html`. */
  extensionUrl(path: string): string;
  /** A new tab showing `url`. */
  open(url: string): Promise<FirefoxTab>;
  close(): Promise<void>;
}

/**
 * Launches Firefox ESR with the add-on in `extensionDir`, able to open and drive its pages;
 * `prefs` are further Firefox preferences (e.g. `extensions.webextOptionalPermissionPrompts`).
 */
export async function launchFirefoxForExtensionPages(extensionDir: string, prefs: Record<string, unknown> = {}): Promise<FirefoxExtensionPages> {
  const { geckoId } = await readManifest(extensionDir);
  if (geckoId === null) throw new Error(`The manifest in ${extensionDir} has no browser_specific_settings.gecko.id`);
  const uuid = randomUUID();
  // Puppeteer hands its own environment to Firefox; the variable is needed only at launch.
  const before = process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS;
  process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS = '1';
  let session: FirefoxSession;
  try {
    session = await launchFirefox(extensionDir, { prefs: { ...prefs, 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) } });
  } finally {
    if (before === undefined) delete process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS;
    else process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS = before;
  }
  const connection = bidiConnection(session.browser);
  const base = `moz-extension://${uuid}`;
  return {
    session,
    extensionUrl: (path) => `${base}${path}`,
    async open(url) {
      const { result } = await connection.send('browsingContext.create', { type: NEW_TAB });
      const tab = new FirefoxTab(connection, result.context);
      await tab.navigate(url);
      return tab;
    },
    close: () => session.close(),
  };
}
