/**
 * Real Chromium (MV3 build) through playwright-core.
 *
 * Reading closed shadow roots: Playwright locators, getByRole and ariaSnapshot do NOT see into
 * closed shadow roots (verified). The DevTools protocol does: `DOM.describeNode({pierce: true})`
 * lists a host's shadow roots whatever their mode, `DOM.resolveNode` turns the closed root into a
 * JS object and `Runtime.callFunctionOn` runs READ_SHADOW_FN with it as `this`.
 * Accessible names come from `Accessibility.queryAXTree` (the browser's own computation).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { type BrowserBinary, preflight } from './preflight.js';
import {
  READ_SHADOW_FN,
  ShadowPage,
  waitFor,
  type AccessibleQuery,
  type BrowserSession,
  type ShadowDriver,
  type ShadowOp,
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
  const profileDir = await mkdtemp(join(tmpdir(), 'pl-chromium-'));
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

/** Structural subset of CDP's DOM.Node that we walk. */
interface DomNodeLike {
  backendNodeId: number;
  children?: DomNodeLike[];
  shadowRoots?: DomNodeLike[];
}

function collectBackendIds(node: DomNodeLike, into: Set<number>): Set<number> {
  into.add(node.backendNodeId);
  for (const child of node.children ?? []) collectBackendIds(child, into);
  for (const root of node.shadowRoots ?? []) collectBackendIds(root, into);
  return into;
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

  /** Host element (described with `depth`, piercing shadow roots) or null. */
  private async describeHost(hostSelector: string, depth: number) {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
    if (nodeId === 0) return null;
    const { node } = await this.cdp.send('DOM.describeNode', { nodeId, depth, pierce: true });
    return { document: root, host: node };
  }

  async callInShadow(hostSelector: string, op: ShadowOp, arg: string): Promise<string | null> {
    const found = await this.describeHost(hostSelector, 1);
    const shadowRoot = found?.host.shadowRoots?.[0];
    if (shadowRoot === undefined) return null;
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId: shadowRoot.backendNodeId });
    if (object.objectId === undefined) return null;
    try {
      const { result, exceptionDetails } = await this.cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (op, arg) { return (${READ_SHADOW_FN})(this, op, arg); }`,
        arguments: [{ value: op }, { value: arg }],
        returnByValue: true,
      });
      if (exceptionDetails !== undefined) {
        throw new Error(`In-page shadow reader failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      }
      const value: unknown = result.value;
      if (typeof value !== 'string') throw new Error(`In-page shadow reader returned ${typeof value}`);
      return value;
    } finally {
      await this.cdp.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => undefined);
    }
  }

  async countAccessible(hostSelector: string, query: AccessibleQuery): Promise<number | null> {
    const found = await this.describeHost(hostSelector, -1);
    if (found === null) return null;
    const inShadow = new Set<number>();
    for (const root of found.host.shadowRoots ?? []) collectBackendIds(root, inShadow);
    // queryAXTree scoped to the host/shadow root finds nothing (it walks the DOM subtree, not the
    // flat tree), so query from the document and keep nodes that live in the host's shadow tree.
    const { nodes } = await this.cdp.send('Accessibility.queryAXTree', {
      backendNodeId: found.document.backendNodeId,
      ...(query.role === undefined ? {} : { role: query.role }),
      ...(query.name === undefined ? {} : { accessibleName: query.name }),
    });
    return nodes.filter(
      (node) => !node.ignored && node.backendDOMNodeId !== undefined && inShadow.has(node.backendDOMNodeId),
    ).length;
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
    await this.page.close();
  }
}

