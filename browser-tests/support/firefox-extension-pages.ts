/**
 * Driving the extension's own pages (`moz-extension://…`) in headless Firefox ESR, which
 * the content-script harness (firefox.ts) does not do. What works, per
 * /work/shared/browser-testing.md: Firefox started with system access for its remote agent
 * (`MOZ_REMOTE_ALLOW_SYSTEM_ACCESS=1`, the environment form of `--remote-allow-system-access`),
 * the add-on's internal UUID fixed by the `extensions.webextensions.uuids` preference so its
 * pages' addresses are known, the raw BiDi `browsingContext.navigate` (Firefox sends no load
 * events for extension documents, so puppeteer's `goto` would wait forever), `script.callFunction`
 * to read. Tests poll for what the page renders. (Clicks and typing would go through
 * `input.performActions`; the PDF test does not use them yet, see its header.)
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

  async close(): Promise<void> {
    await this.connection.send('browsingContext.close', { context: this.context });
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

/** Launches Firefox ESR with the add-on in `extensionDir`, able to open and drive its pages. */
export async function launchFirefoxForExtensionPages(extensionDir: string): Promise<FirefoxExtensionPages> {
  const { geckoId } = await readManifest(extensionDir);
  if (geckoId === null) throw new Error(`The manifest in ${extensionDir} has no browser_specific_settings.gecko.id`);
  const uuid = randomUUID();
  // Puppeteer hands its own environment to Firefox; launchFirefox takes no arguments to add a flag.
  process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS = '1';
  const session = await launchFirefox(extensionDir, { prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) } });
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
