/**
 * Browser-independent part of the harness: the interface tests program against, the
 * in-page reader that runs inside the extension's UI, and polling helpers.
 *
 * The extension's UI (the sidebar, the Save quote button) lives in extension-origin frames
 * that page scripts cannot read. Each browser module (chromium.ts, firefox.ts) only has to
 * implement `ShadowDriver`: "find the frame of a UI by its name (UI_FRAMES) and run
 * READ_SHADOW_FN on its document's body". The `*Shadow` method names predate the frames.
 */
import { READY_ATTRIBUTE } from '../../lib/frame/connect-frame';

export type BrowserName = 'chromium' | 'firefox';

export interface WaitOptions {
  /** Milliseconds before giving up. Default 10 000. */
  timeout?: number;
  /** Milliseconds between attempts. Default 100. */
  interval?: number;
}

/** One element inside a shadow root, as the user would see it. */
export interface ShadowElementInfo {
  tag: string;
  /** `innerText` with whitespace collapsed (rendered text; hidden descendants excluded). */
  text: string;
  attributes: Record<string, string>;
  /** `Element.checkVisibility()` (false for display:none / content-visibility:hidden). */
  visible: boolean;
}

export interface ShadowSnapshot {
  /** 'frame' for the extension's frames (the body of an extension-origin document). */
  mode: 'open' | 'closed' | 'frame';
  /** Rendered text of the whole shadow tree, whitespace collapsed. */
  text: string;
  /** `innerHTML` of the shadow root, for debugging failed assertions. */
  html: string;
}

export interface SidebarContent {
  /** `aria-label` of the `<aside>` landmark. */
  label: string | null;
  /** Text of the first h1/h2/h3 inside the aside. */
  heading: string | null;
  /** Rendered text of the aside, whitespace collapsed. */
  text: string;
  visible: boolean;
}

export interface AccessibleQuery {
  /** Computed ARIA role, e.g. 'complementary', 'heading', 'button'. */
  role?: string;
  /** Exact computed accessible name. */
  name?: string;
}

export interface PageHandle {
  readonly browser: BrowserName;
  /** Current URL of the tab. */
  url(): string;
  /** Navigates this tab (waits for the load event). */
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page's own world (what page scripts see); JSON-able results. */
  evaluate<T>(expression: string): Promise<T>;
  /** Reads the shadow tree of the first `hostSelector` match; null if no host or no shadow root. */
  readShadow(hostSelector: string): Promise<ShadowSnapshot | null>;
  /** Waits until `hostSelector` exists and its shadow root has rendered content. */
  waitForShadow(hostSelector: string, options?: WaitOptions): Promise<ShadowSnapshot>;
  /** `querySelectorAll(selector)` inside the shadow root; null if no host / shadow root. */
  queryShadow(hostSelector: string, selector: string): Promise<ShadowElementInfo[] | null>;
  /** A trusted mouse click at viewport point (x, y) of the page, as a user's. */
  clickAt(x: number, y: number): Promise<void>;
  /** Trusted key presses typing `text` into the first match inside a UI frame (clicked first), as a user would. */
  typeInShadow(hostSelector: string, selector: string, text: string): Promise<void>;
  /** Calls `.click()` (untrusted, synthetic) on the first match inside the shadow root. */
  clickInShadow(hostSelector: string, selector: string): Promise<boolean>;
  /**
   * Types `value` into the first match inside the shadow root as a user would for a
   * React-controlled field (native value setter, then `input` and `change` events).
   */
  fillInShadow(hostSelector: string, selector: string, value: string): Promise<boolean>;
  /**
   * Number of accessibility-tree nodes inside the host's shadow tree with this computed
   * role / accessible name (browser's own accessibility engine, not attributes); null if no host.
   */
  countAccessible(hostSelector: string, query: AccessibleQuery): Promise<number | null>;
  /** The Policy Lens sidebar right now, or null if not (yet) rendered. */
  readSidebar(): Promise<SidebarContent | null>;
  /** Polls until the Policy Lens sidebar is rendered; throws a descriptive error on timeout. */
  waitForSidebar(options?: WaitOptions): Promise<SidebarContent>;
  close(): Promise<void>;
}

export interface BrowserSession {
  readonly name: BrowserName;
  /** Chromium: the 32-letter extension id. Firefox: the gecko id from the manifest. */
  readonly extensionId: string;
  /** Opens a new tab and navigates it to `url` (waits for the load event). */
  open(url: string): Promise<PageHandle>;
  close(): Promise<void>;
}

/** The sidebar's UI name (what the `*Shadow` methods take). */
export const SIDEBAR_HOST = 'policy-lens-sidebar';
/** The Save quote button's UI name. */
export const SAVE_HOST = 'policy-lens-save';

/** Where each UI is: the path of its frame's extension document. */
export const UI_FRAMES: Record<string, string> = {
  [SIDEBAR_HOST]: '/sidebar-frame.html',
  [SAVE_HOST]: '/save-frame.html',
};

/**
 * Runs in a UI frame's document: whether its channel to the content script is open
 * (lib/frame/connect-frame.ts). A frame that has just (re)loaded is listed by the driver
 * before it can answer; reading or clicking it then loses what is done to it.
 */
export const FRAME_READY_JS = `document.documentElement.hasAttribute(${JSON.stringify(READY_ATTRIBUTE)})`;

/** The frame path of a UI name; throws for a name the extension does not have. */
export function uiFramePath(ui: string): string {
  const path = UI_FRAMES[ui];
  if (path === undefined) throw new Error(`No Policy Lens UI named ${ui}`);
  return path;
}

/** Runs in the page's own world: the text of every range painted with the CSS Custom Highlight API. */
export const PAINTED_TEXTS_JS = `[...CSS.highlights.values()].flatMap((h) => [...h]).map((r) => r.toString())`;

export type ShadowOp = 'snapshot' | 'query' | 'click' | 'fill';

/**
 * Runs in the page's main world as `(root, op, arg) => string` where `root` is the ShadowRoot
 * (the protocol hands us the closed root directly). Returns JSON so both protocols return a
 * plain string. Kept as a string so no test transpiler can inject helpers into it.
 */
export const READ_SHADOW_FN = `(root, op, arg) => {
  const norm = (s) => String(s ?? '').replace(/\\s+/g, ' ').trim();
  const visible = (el) => (typeof el.checkVisibility === 'function' ? el.checkVisibility() : true);
  const textOf = (node) => {
    if (node.nodeType === 3) return norm(node.textContent);
    if (node.nodeType !== 1) return '';
    if (['style', 'script', 'template', 'link', 'head', 'meta'].includes(node.localName)) return '';
    return norm(typeof node.innerText === 'string' ? node.innerText : node.textContent);
  };
  const info = (el) => {
    const attributes = {};
    for (const a of Array.from(el.attributes)) attributes[a.name] = a.value;
    return { tag: el.localName, text: textOf(el), attributes, visible: visible(el) };
  };
  let out;
  if (op === 'snapshot') {
    out = {
      mode: root.mode ?? 'frame',
      text: norm(Array.from(root.childNodes, textOf).join(' ')),
      html: root.innerHTML,
    };
  } else if (op === 'query') {
    out = Array.from(root.querySelectorAll(arg), info);
  } else if (op === 'fill') {
    const { selector, value } = JSON.parse(arg);
    const el = root.querySelector(selector);
    if (el) {
      const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
    out = Boolean(el);
  } else if (op === 'click') {
    const el = root.querySelector(arg);
    if (el) el.click();
    out = Boolean(el);
  } else {
    throw new Error('unknown shadow op ' + op);
  }
  return JSON.stringify(out);
}`;

/** What a browser module must provide for one tab. */
export interface ShadowDriver {
  readonly browser: BrowserName;
  url(): string;
  goto(url: string): Promise<void>;
  evaluate(expression: string): Promise<unknown>;
  /**
   * Runs READ_SHADOW_FN(body, op, arg) on the body of the UI frame named `hostSelector` (see
   * UI_FRAMES) whose channel is open (FRAME_READY_JS). Resolves to its JSON string, or null
   * when the page has no such frame (yet).
   */
  callInShadow(hostSelector: string, op: ShadowOp, arg: string): Promise<string | null>;
  countAccessible(hostSelector: string, query: AccessibleQuery): Promise<number | null>;
  clickAt(x: number, y: number): Promise<void>;
  typeInShadow(hostSelector: string, selector: string, text: string): Promise<void>;
  close(): Promise<void>;
}

/** Polls `attempt` until it returns a non-null value; errors thrown by attempts are retried. */
export async function waitFor<T>(
  description: string,
  attempt: () => Promise<T | null | undefined>,
  { timeout = 10_000, interval = 100 }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await attempt();
      if (value !== null && value !== undefined) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const suffix = lastError === undefined ? '' : ` (last error: ${errorMessage(lastError)})`;
      throw new Error(`Timed out after ${timeout} ms waiting for ${description}${suffix}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseSnapshot(json: string): ShadowSnapshot {
  const value: unknown = JSON.parse(json);
  if (
    isRecord(value) &&
    (value.mode === 'open' || value.mode === 'closed' || value.mode === 'frame') &&
    typeof value.text === 'string' &&
    typeof value.html === 'string'
  ) {
    return { mode: value.mode, text: value.text, html: value.html };
  }
  throw new Error(`Unexpected shadow snapshot: ${json}`);
}

function parseElementInfo(value: unknown): ShadowElementInfo {
  if (
    isRecord(value) &&
    typeof value.tag === 'string' &&
    typeof value.text === 'string' &&
    typeof value.visible === 'boolean' &&
    isRecord(value.attributes)
  ) {
    const attributes: Record<string, string> = {};
    for (const [key, attr] of Object.entries(value.attributes)) {
      if (typeof attr === 'string') attributes[key] = attr;
    }
    return { tag: value.tag, text: value.text, attributes, visible: value.visible };
  }
  throw new Error(`Unexpected element info: ${JSON.stringify(value)}`);
}

function parseElementList(json: string): ShadowElementInfo[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) throw new Error(`Unexpected query result: ${json}`);
  return value.map(parseElementInfo);
}

/** The browser-independent PageHandle, built on a ShadowDriver. */
export class ShadowPage implements PageHandle {
  constructor(private readonly driver: ShadowDriver) {}

  get browser(): BrowserName {
    return this.driver.browser;
  }

  url(): string {
    return this.driver.url();
  }

  goto(url: string): Promise<void> {
    return this.driver.goto(url);
  }

  async evaluate<T>(expression: string): Promise<T> {
    return (await this.driver.evaluate(expression)) as T;
  }

  async readShadow(hostSelector: string): Promise<ShadowSnapshot | null> {
    const json = await this.driver.callInShadow(hostSelector, 'snapshot', '');
    return json === null ? null : parseSnapshot(json);
  }

  waitForShadow(hostSelector: string, options?: WaitOptions): Promise<ShadowSnapshot> {
    return waitFor(
      `a rendered shadow root on <${hostSelector}> at ${this.url()} (${this.browser})`,
      async () => {
        const snapshot = await this.readShadow(hostSelector);
        return snapshot !== null && snapshot.html.trim() !== '' ? snapshot : null;
      },
      options,
    );
  }

  async queryShadow(hostSelector: string, selector: string): Promise<ShadowElementInfo[] | null> {
    const json = await this.driver.callInShadow(hostSelector, 'query', selector);
    return json === null ? null : parseElementList(json);
  }

  clickAt(x: number, y: number): Promise<void> {
    return this.driver.clickAt(x, y);
  }

  typeInShadow(hostSelector: string, selector: string, text: string): Promise<void> {
    return this.driver.typeInShadow(hostSelector, selector, text);
  }

  async clickInShadow(hostSelector: string, selector: string): Promise<boolean> {
    const json = await this.driver.callInShadow(hostSelector, 'click', selector);
    return json === 'true';
  }

  async fillInShadow(hostSelector: string, selector: string, value: string): Promise<boolean> {
    const json = await this.driver.callInShadow(hostSelector, 'fill', JSON.stringify({ selector, value }));
    return json === 'true';
  }

  countAccessible(hostSelector: string, query: AccessibleQuery): Promise<number | null> {
    return this.driver.countAccessible(hostSelector, query);
  }

  async readSidebar(): Promise<SidebarContent | null> {
    const asides = await this.queryShadow(SIDEBAR_HOST, 'aside');
    const aside = asides?.[0];
    if (aside === undefined) return null;
    const headings = await this.queryShadow(SIDEBAR_HOST, 'aside :is(h1, h2, h3)');
    return {
      label: aside.attributes['aria-label'] ?? null,
      heading: headings?.[0]?.text ?? null,
      text: aside.text,
      visible: aside.visible,
    };
  }

  waitForSidebar(options?: WaitOptions): Promise<SidebarContent> {
    return waitFor(
      `<${SIDEBAR_HOST}> with an <aside> in its shadow root at ${this.url()} (${this.browser})`,
      () => this.readSidebar(),
      options,
    );
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
