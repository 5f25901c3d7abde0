/**
 * Real Firefox ESR (MV2 build, temporary add-on) through puppeteer-core over WebDriver BiDi.
 *
 * The extension's UI is in moz-extension: frames inside the page. Firefox's remote agent lists
 * them as child browsing contexts (`browsingContext.getTree`) and runs `script.callFunction`
 * and accessibility `locateNodes` in them (verified on ESR 153, without any extra flag).
 * Puppeteer has no public API for raw BiDi commands, so this module uses its (typed, internal)
 * `BidiBrowser.connection`.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BidiBrowser } from 'puppeteer-core/internal/bidi/Browser.js';
import type { BidiConnection } from 'puppeteer-core/internal/bidi/Connection.js';
import { type BrowserBinary, preflight } from './preflight.js';
import {
  FRAME_READY_JS,
  READ_SHADOW_FN,
  ShadowPage,
  errorMessage,
  type AccessibleQuery,
  type BrowserSession,
  type ShadowDriver,
  type ShadowOp,
  uiFramePath,
} from './session.js';

/** The part of a BiDi browsing-context tree node that is searched. */
interface TreeContext {
  context: string;
  url: string;
  children?: readonly TreeContext[] | null;
}

export interface FirefoxLaunchOptions {
  /** Default: $FIREFOX_PATH or /usr/bin/firefox-esr. */
  executablePath?: string;
  /** Default true. */
  headless?: boolean;
  /** Extra Firefox preferences. */
  prefs?: Record<string, unknown>;
}

export class FirefoxSession implements BrowserSession {
  readonly name = 'firefox' as const;

  constructor(
    readonly browser: Browser,
    readonly extensionId: string,
    private readonly connection: BidiConnection,
  ) {}

  async open(url: string): Promise<FirefoxPage> {
    const page = await this.browser.newPage();
    const driver = new FirefoxDriver(page, this.connection);
    await driver.goto(url);
    return new FirefoxPage(driver);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

const FIREFOX_BINARY: BrowserBinary = {
  what: 'Firefox',
  envVar: 'FIREFOX_PATH',
  fallback: '/usr/bin/firefox-esr',
  aptPackage: 'firefox-esr',
};

/** PageHandle plus access to the underlying puppeteer page. */
export class FirefoxPage extends ShadowPage {
  readonly page: Page;
  constructor(driver: FirefoxDriver) {
    super(driver);
    this.page = driver.page;
  }
}

/**
 * Launches headless Firefox (temporary profile, removed on close) and installs the unpacked
 * add-on in `extensionDir` as a temporary add-on. Content scripts apply to pages loaded after
 * this resolves.
 */
export async function launchFirefox(
  extensionDir: string,
  options: FirefoxLaunchOptions = {},
): Promise<FirefoxSession> {
  const { executablePath, manifest } = await preflight(FIREFOX_BINARY, options.executablePath, extensionDir);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    defaultViewport: { width: 1280, height: 800 },
    ...(options.prefs === undefined ? {} : { extraPrefsFirefox: options.prefs }),
  });
  try {
    const connection = bidiConnection(browser);
    let extensionId: string;
    try {
      extensionId = await browser.installExtension(manifest.dir);
    } catch (error) {
      const hint = manifest.geckoId === null ? ' (manifest has no browser_specific_settings.gecko.id)' : '';
      throw new Error(`Firefox could not install the add-on in ${manifest.dir}${hint}: ${errorMessage(error)}`);
    }
    await closeFirstRunPage(connection);
    return new FirefoxSession(browser, extensionId, connection);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

/** The page the extension opens on install (entrypoints/welcome), and how long it may take to appear. */
const FIRST_RUN_PAGE = '/welcome.html';
const FIRST_RUN_WAIT_MS = 5_000;

/**
 * Closes the tab the extension opens on install. Opened after a test's own tab, it would
 * come to the front and leave the test's page in a background tab, where Firefox throttles
 * timers and defers scrolling.
 */
async function closeFirstRunPage(connection: BidiConnection): Promise<void> {
  const deadline = Date.now() + FIRST_RUN_WAIT_MS;
  while (Date.now() < deadline) {
    const { result } = await connection.send('browsingContext.getTree', { maxDepth: 0 });
    const welcome = (result.contexts as readonly TreeContext[]).find((c) => c.url.startsWith('moz-extension:') && new URL(c.url).pathname === FIRST_RUN_PAGE);
    if (welcome) {
      await connection.send('browsingContext.close', { context: welcome.context });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function bidiConnection(browser: Browser): BidiConnection {
  const candidate: unknown = Reflect.get(browser, 'connection');
  if (typeof candidate !== 'object' || candidate === null || !('send' in candidate) || typeof candidate.send !== 'function') {
    throw new Error('Expected puppeteer to drive Firefox over WebDriver BiDi (no BiDi connection found)');
  }
  // Internal but typed: puppeteer exposes no public way to send raw BiDi commands.
  return (browser as unknown as BidiBrowser).connection;
}

/** The BiDi browsing-context id of a puppeteer page's main frame. */
function browsingContextId(page: Page): string {
  const frame: unknown = page.mainFrame();
  if (typeof frame === 'object' && frame !== null && '_id' in frame && typeof frame._id === 'string') {
    return frame._id;
  }
  throw new Error('Cannot find the BiDi browsing context id of the page (puppeteer internals changed?)');
}

class FirefoxDriver implements ShadowDriver {
  readonly browser = 'firefox' as const;

  constructor(
    readonly page: Page,
    private readonly connection: BidiConnection,
  ) {}

  url(): string {
    return this.page.url();
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  evaluate(expression: string): Promise<unknown> {
    return this.page.evaluate(expression);
  }

  /**
   * The BiDi context of the UI's extension frame (a child of the tab's context) whose channel
   * is open, or null. Right after a frame (re)loads, the tree can list it before its script
   * has run, or still list the frame it replaced; a context that cannot answer is passed over.
   */
  private async frameContext(ui: string): Promise<string | null> {
    const path = uiFramePath(ui);
    const { result } = await this.connection.send('browsingContext.getTree', { root: browsingContextId(this.page) });
    const matches: string[] = [];
    const search = (contexts: readonly TreeContext[]): void => {
      for (const context of contexts) {
        if (context.url.startsWith('moz-extension:') && new URL(context.url).pathname === path) matches.push(context.context);
        search(context.children ?? []);
      }
    };
    search(result.contexts);
    for (const context of matches.reverse()) {
      if (await this.isReady(context)) return context;
    }
    return null;
  }

  private async isReady(context: string): Promise<boolean> {
    try {
      const { result } = await this.connection.send('script.evaluate', { expression: FRAME_READY_JS, target: { context }, awaitPromise: false });
      return result.type === 'success' && result.result.type === 'boolean' && result.result.value === true;
    } catch {
      return false; // the context went while being asked
    }
  }

  async callInShadow(hostSelector: string, op: ShadowOp, arg: string): Promise<string | null> {
    const context = await this.frameContext(hostSelector);
    if (context === null) return null;
    const { result } = await this.connection.send('script.callFunction', {
      functionDeclaration: `(op, arg) => document.body ? (${READ_SHADOW_FN})(document.body, op, arg) : null`,
      arguments: [
        { type: 'string', value: op },
        { type: 'string', value: arg },
      ],
      target: { context },
      awaitPromise: false,
    });
    if (result.type === 'exception') {
      throw new Error(`In-frame reader failed: ${result.exceptionDetails.text}`);
    }
    if (result.result.type === 'null') return null;
    if (result.result.type !== 'string') {
      throw new Error(`In-frame reader returned ${result.result.type}`);
    }
    return result.result.value;
  }

  async countAccessible(hostSelector: string, query: AccessibleQuery): Promise<number | null> {
    const context = await this.frameContext(hostSelector);
    if (context === null) return null;
    const { result } = await this.connection.send('browsingContext.locateNodes', {
      context,
      locator: {
        type: 'accessibility',
        value: {
          ...(query.role === undefined ? {} : { role: query.role }),
          ...(query.name === undefined ? {} : { name: query.name }),
        },
      },
    });
    return result.nodes.length;
  }

  async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  async typeInShadow(hostSelector: string, selector: string, text: string): Promise<void> {
    const context = await this.frameContext(hostSelector);
    if (context === null) throw new Error(`No ${hostSelector} frame to type into`);
    const { result } = await this.connection.send('script.callFunction', {
      functionDeclaration: '(selector) => { const el = document.querySelector(selector); el?.scrollIntoView(); return el; }',
      arguments: [{ type: 'string', value: selector }],
      target: { context },
      awaitPromise: false,
    });
    if (result.type === 'exception' || result.result.type !== 'node' || result.result.sharedId === undefined) {
      throw new Error(`Nothing matches ${selector} in the ${hostSelector} frame`);
    }
    const origin = { type: 'element' as const, element: { sharedId: result.result.sharedId } };
    await this.connection.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
        {
          type: 'key',
          id: 'keyboard',
          actions: [{ type: 'pause', duration: 0 }, ...[...text].flatMap((value) => [{ type: 'keyDown' as const, value }, { type: 'keyUp' as const, value }])],
        },
      ],
    });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
