/**
 * Real Chromium (MV3 build) through playwright-core.
 *
 * The extension's UI is in extension-origin frames, which Playwright reaches as frames of the
 * page (out-of-process iframes): READ_SHADOW_FN runs in the frame's document, roles and names
 * come from Playwright's role engine, and typing uses real key presses.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Frame, type Page, type Worker } from 'playwright-core';
import { type BrowserBinary, preflight } from './preflight.js';
import {
  FRAME_READY_JS,
  READ_SHADOW_FN,
  ShadowPage,
  errorMessage,
  waitFor,
  type AccessibleQuery,
  type BrowserSession,
  type ShadowDriver,
  type ShadowOp,
  uiFramePath,
} from './session.js';

export interface ChromiumLaunchOptions {
  /** Default: $CHROMIUM_PATH or /usr/bin/chromium. */
  executablePath?: string;
  /** Default true (uses `--headless=new`, the only headless mode that loads extensions). */
  headless?: boolean;
  /** Extra command-line flags. */
  args?: string[];
  /** How long to wait for the extension's service worker. Default 10 000 ms. */
  extensionTimeout?: number;
  /** An existing profile to start from (default: a fresh temporary one). */
  profileDir?: string;
}

const CHROMIUM_BINARY: BrowserBinary = {
  what: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  fallback: '/usr/bin/chromium',
  aptPackage: 'chromium',
};

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
] as const;

export class ChromiumSession implements BrowserSession {
  readonly name = 'chromium' as const;

  constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    private readonly profileDir: string,
  ) {}

  /** The profile directory (removed by close()). */
  get profile(): string {
    return this.profileDir;
  }

  /** The extension's MV3 service worker (polls until it is running). */
  serviceWorker(timeout = 10_000): Promise<Worker> {
    return extensionServiceWorker(this.context, this.extensionId, timeout);
  }

  /** `chrome-extension://<id>/<path>` for opening extension pages (options, popup). */
  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`;
  }

  async open(url: string): Promise<ChromiumPage> {
    const page = await this.context.newPage();
    const cdp = await this.context.newCDPSession(page);
    const driver = new ChromiumDriver(page, cdp);
    await driver.goto(url);
    return new ChromiumPage(driver);
  }

  async close(): Promise<void> {
    try {
      await this.context.close();
    } finally {
      await rm(this.profileDir, { recursive: true, force: true });
    }
  }
}

/** PageHandle plus access to the underlying Playwright page and CDP session. */
export class ChromiumPage extends ShadowPage {
  readonly page: Page;
  readonly cdp: CDPSession;
  constructor(driver: ChromiumDriver) {
    super(driver);
    this.page = driver.page;
    this.cdp = driver.cdp;
  }
}

/**
 * Launches Chromium with the unpacked extension in `extensionDir` on a fresh temporary profile.
 * Resolves once the extension is loaded (its service worker is running, when it has one), so
 * content scripts are registered before the first navigation.
 */
export async function launchChromium(
  extensionDir: string,
  options: ChromiumLaunchOptions = {},
): Promise<ChromiumSession> {
  const { executablePath, manifest } = await preflight(CHROMIUM_BINARY, options.executablePath, extensionDir);
  if (manifest.manifestVersion !== 3) {
    throw new Error(`Expected an MV3 build for Chromium in ${manifest.dir}, got manifest_version ${manifest.manifestVersion}`);
  }
  const dir = await realpath(manifest.dir);
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'pl-chromium-')));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      // Playwright's own headless mode cannot load extensions; `--headless=new` can.
      headless: false,
      viewport: { width: 1280, height: 800 },
      args: [
        ...(options.headless === false ? [] : ['--headless=new']),
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        ...CHROMIUM_FLAGS,
        ...(options.args ?? []),
      ],
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }

  try {
    let extensionId = chromiumExtensionId(dir);
    if (manifest.serviceWorker !== null) {
      const worker = await extensionServiceWorker(context, null, options.extensionTimeout ?? 10_000);
      extensionId = new URL(worker.url()).host;
    }
    await firstRunPage(context, extensionId, dir);
    return new ChromiumSession(context, extensionId, profileDir);
  } catch (error) {
    await context.close().catch(() => undefined);
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

/** The page the extension opens on install (entrypoints/welcome). */
const FIRST_RUN_PAGE = 'welcome.html';

/**
 * Waits for the tab the extension opens on install, so that a test's own tabs open
 * after it and stay the active ones (the toolbar badge is read from the active tab).
 */
async function firstRunPage(context: BrowserContext, extensionId: string, dir: string): Promise<void> {
  if (!existsSync(join(dir, FIRST_RUN_PAGE))) return;
  const url = `chrome-extension://${extensionId}/${FIRST_RUN_PAGE}`;
  if (context.pages().some((p) => p.url() === url)) return;
  await context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 10_000 });
}

/**
 * Id Chromium gives an unpacked extension: first 128 bits of sha256(absolute path), hex digits
 * mapped 0-f -> a-p. Pass the real (symlink-free) path.
 */
export function chromiumExtensionId(absoluteDir: string): string {
  const hex = createHash('sha256').update(absoluteDir).digest('hex').slice(0, 32);
  return Array.from(hex, (digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** Polls for a running `chrome-extension://` service worker (of `extensionId`, if given). */
export function extensionServiceWorker(
  context: BrowserContext,
  extensionId: string | null,
  timeout = 10_000,
): Promise<Worker> {
  const prefix = extensionId === null ? 'chrome-extension://' : `chrome-extension://${extensionId}/`;
  return waitFor(
    `the extension service worker (${prefix}…) — is the MV3 build valid?`,
    async () => context.serviceWorkers().find((worker) => worker.url().startsWith(prefix)),
    { timeout },
  );
}

/** How long a listed frame may take to say whether it is ready before it is passed over (a frame being replaced may never answer). */
const FRAME_ANSWER_MS = 2_000;

/** True when `answer` resolves to true in time; false when it is false, fails or is late. */
async function answersWithin(answer: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return (await Promise.race([answer.then((value) => value === true), late])) === true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

class ChromiumDriver implements ShadowDriver {
  readonly browser = 'chromium' as const;

  constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
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
   * The UI's extension frame whose channel is open (Playwright reaches out-of-process frames),
   * or null. Right after a frame (re)loads, Playwright's list can still hold the frame it
   * replaced, and lists the new one before its script has run: each candidate, newest first,
   * is asked whether it is ready, and one that cannot answer is passed over.
   */
  private async frame(ui: string): Promise<Frame | null> {
    const path = uiFramePath(ui);
    const frames = this.page.frames().filter((frame) => !frame.isDetached() && frame.url().startsWith('chrome-extension:') && new URL(frame.url()).pathname === path);
    for (const frame of frames.reverse()) {
      if (await answersWithin(frame.evaluate(FRAME_READY_JS), FRAME_ANSWER_MS)) return frame;
    }
    return null;
  }

  async callInShadow(hostSelector: string, op: ShadowOp, arg: string): Promise<string | null> {
    const frame = await this.frame(hostSelector);
    if (frame === null) return null;
    let value: unknown;
    try {
      value = await frame.evaluate(`document.body ? (${READ_SHADOW_FN})(document.body, ${JSON.stringify(op)}, ${JSON.stringify(arg)}) : null`);
    } catch (error) {
      if (!/detached|context was destroyed/i.test(errorMessage(error))) throw error;
      // A click whose own effect removes the frame (Dismiss closes the sidebar) can lose its
      // reply: Playwright drops an evaluation whose frame goes before the reply is read. The
      // frame had just answered that it was ready, so the click ran; were it gone before, the
      // test's next wait for the click's effect would fail.
      if (op === 'click') return 'true';
      // The frame's document was replaced while being read (it reloads when its host moves).
      return null;
    }
    if (value === null) return null;
    if (typeof value !== 'string') throw new Error(`In-frame reader returned ${typeof value}`);
    return value;
  }

  async countAccessible(hostSelector: string, query: AccessibleQuery): Promise<number | null> {
    const frame = await this.frame(hostSelector);
    if (frame === null) return null;
    // Playwright's role engine (ARIA roles and accessible names as the spec computes them).
    const role = query.role as Parameters<Frame['getByRole']>[0] | undefined;
    const locator = role === undefined ? frame.getByText(query.name ?? '', { exact: true }) : frame.getByRole(role, query.name === undefined ? {} : { name: query.name, exact: true });
    return locator.count();
  }

  async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  async typeInShadow(hostSelector: string, selector: string, text: string): Promise<void> {
    const frame = await this.frame(hostSelector);
    if (frame === null) throw new Error(`No ${hostSelector} frame to type into`);
    const field = frame.locator(selector).first();
    await field.click();
    await field.pressSequentially(text);
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
    await this.page.close();
  }
}

