// The page-cost bench's floor extensions (browser-tests/bench/floor-extension.ts): the built
// extension's content_scripts entries, each script swapped for one floor script, and nothing
// else (no service worker, no permission), so a floor is what any extension with such a
// content script, injected where and when ours is, makes a page pay. The pull floors add
// the one thing a pulling extension needs besides: a service worker that reads each loaded
// page's text itself, with the permissions that takes.
import { OBSERVED } from '../../lib/dom/live-reading';

/** The floor script's file name in a floor extension. */
export const FLOOR_SCRIPT = 'floor.js';

/**
 * The floors: an empty content script (what injecting any content script costs); one that
 * sends the page's text to the extension in the cheapest way there is, the body's
 * `textContent` in one `runtime.sendMessage` (what any content script that hands a page's text
 * to its background pays: the first touch of the extension API and of the DOM in its world,
 * one native text read, one message; nobody receives it); and one that only watches the page
 * as ours does, with a MutationObserver whose callback does nothing (what any content script
 * that follows a live page's changes pays per change, with the options lib/dom/live-reading.ts
 * observes with).
 *
 * The sender's cost is then split by floors of its parts, each alone: `touch` only reads
 * `chrome.runtime.id` (the first touch of the extension API in the isolated world, which
 * builds its bindings); `body` only touches `document.body` (the DOM's first touch in that
 * world, without reading text); `read` only reads the body's `textContent` (the DOM in that world and
 * one native text read); `tiny` sends a one-character message (the API and one message, no
 * text); `port` sends the text through a port (`runtime.connect`) instead of `sendMessage`.
 */
export const FLOOR_SCRIPTS = {
  empty: '',
  sender: 'chrome.runtime.sendMessage(document.body.textContent, () => chrome.runtime.lastError);',
  observer: `new MutationObserver(() => {}).observe(document.documentElement, ${JSON.stringify(OBSERVED)});`,
  touch: 'void chrome.runtime.id;',
  body: 'void document.body.nodeType;',
  read: 'void document.body.textContent.length;',
  tiny: "chrome.runtime.sendMessage('x', () => chrome.runtime.lastError);",
  port: 'chrome.runtime.connect().postMessage(document.body.textContent);',
} as const;

/** The pull floors' service worker's file name. */
export const FLOOR_WORKER = 'worker.js';

/** How long the busy pull's injected function spins: far above the noise, so whether the bench's window sees it is plain. */
export const PULL_BUSY_MS = 10;

/** A service worker that, each time a tab's page has loaded, reads it by running `func` in the page's isolated world and keeps what comes back. */
const pullWorker = (func: string) => `const pulled = new Map();
chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'complete') return;
  chrome.scripting.executeScript({ target: { tabId }, func: ${func} }).then(([first]) => pulled.set(tabId, first?.result), () => {});
});`;

/** Where the `pullCall` floor's content script puts its text reader: on its isolated world's global, which the page cannot see. */
export const PULL_READER = 'policyLensFloorRead';

/**
 * The pull floors: the page's content script never touches the extension API; the service
 * worker, told by `tabs.onUpdated` that a page has loaded, reads the body's `textContent`
 * with `scripting.executeScript`, whose return value reaches it without any messaging
 * bindings built in the page (what any extension that pulls a page's text at load makes the
 * page pay). `pull`'s content script is empty and the injected function reads the text
 * itself; `pullCall`'s content script puts a text reader on its own global and the injected
 * function, run in that same isolated world, calls it (the shape of a pulling extension whose
 * content script owns its reading). `pullBusy` spins PULL_BUSY_MS in the injected function
 * first: its script time must lie that far above `pull`'s, or the bench's window does not see
 * the pull's work in the page.
 */
export const PULL_FLOORS = {
  pull: { script: '', worker: pullWorker('() => document.body.textContent') },
  pullCall: {
    script: `globalThis.${PULL_READER} = () => document.body.textContent;`,
    worker: pullWorker(`() => globalThis.${PULL_READER}?.()`),
  },
  pullBusy: {
    script: '',
    worker: pullWorker(`() => { const end = performance.now() + ${PULL_BUSY_MS}; while (performance.now() < end); return document.body.textContent; }`),
  },
} as const;

/** The pull floors, printed in the 5k-word page's second table after the sender's parts. */
export const PULL_KINDS = ['pull', 'pullCall', 'pullBusy'] as const satisfies readonly (keyof typeof PULL_FLOORS)[];

export type Floor = keyof typeof FLOOR_SCRIPTS | keyof typeof PULL_FLOORS;

export const isPullFloor = (floor: Floor): floor is keyof typeof PULL_FLOORS => floor in PULL_FLOORS;

/** The floors that split the sender's cost, printed in a table of their own for the 5k-word page. */
export const SENDER_PARTS = ['touch', 'body', 'read', 'tiny', 'port'] as const satisfies readonly (keyof typeof FLOOR_SCRIPTS)[];

export interface ContentScriptEntry {
  matches: string[];
  js: string[];
  run_at?: string;
  all_frames?: boolean;
  match_about_blank?: boolean;
}

/**
 * The manifest of a floor extension whose script goes wherever `built` (a built extension's
 * manifest) injects its content scripts; with `pull`, also a service worker (FLOOR_WORKER)
 * allowed to run scripts in exactly the pages those content scripts match.
 */
export function floorManifest(built: { content_scripts?: ContentScriptEntry[] }, pull = false): object {
  const entries = built.content_scripts ?? [];
  if (entries.length === 0) throw new Error('The built manifest has no content_scripts entry to copy');
  const manifest = {
    manifest_version: 3,
    name: 'Content script floor (bench)',
    version: '1.0.0',
    content_scripts: entries.map((entry) => ({ ...entry, js: [FLOOR_SCRIPT] })),
  };
  if (!pull) return manifest;
  return {
    ...manifest,
    background: { service_worker: FLOOR_WORKER },
    permissions: ['scripting'],
    host_permissions: [...new Set(entries.flatMap((entry) => entry.matches))],
  };
}
