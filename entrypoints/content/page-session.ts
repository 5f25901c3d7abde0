// One page's life in the content script: read the text, ask the background what
// it knows and, only when it knows something, load the parts that paint the known
// quotes and the user's own highlights and show the sidebar (page-parts.ts, a module
// imported on first need); again after SPA navigation or when much new text loads
// late. On a page that matches nothing, holds no highlights and where nobody selects
// text, the whole cost is this small script, one text pass in idle time after the
// page's load event, and one message; a live page then costs what changed
// (lib/dom/live-reading.ts). The timers that decide when to look again are
// lib/dom/settle-timer.ts and rate-gate.ts.
import { lazy } from '@/lib/dom/lazy-module';
import { detectSender } from '@/lib/dom/detect-sender';
import { MAX_RECORDS } from '@/lib/dom/changed-region';
import { liveReading } from '@/lib/dom/live-reading';
import { rateGate } from '@/lib/dom/rate-gate';
import { type Timers, settleTimer } from '@/lib/dom/settle-timer';
import { contentToBackground } from '@/lib/messaging/protocol';
import { pageUrls } from '@/lib/page-signals';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOwnUi } from './own-ui';
import type { PageParts, startPageParts } from './page-parts';

/** Late content is checked once the page has been quiet this long... */
const SETTLE_MS = 800;
/** ...or this long after the first change, so a page that never stops changing (a ticking clock) is still read. */
const SETTLE_MAX_MS = 3000;
/** Text that changes by less than this is not worth another detection (counters, clocks, ads). */
const MIN_NEW_CHARS = 200;
/** At most one detection per this interval, however often the page navigates or changes. */
const MIN_RUN_GAP_MS = 1000;
/**
 * A page that keeps changing (a live blog, a ticker) has its changes sent at most this often:
 * they are still read as they settle (each read costs what changed), but several updates go
 * to the background as one change, so each costs a share of one message and one detection.
 * The first change after a quiet spell is sent as soon as it settles; an address change is not
 * held back by this at all.
 */
const LIVE_MIN_GAP_MS = 5000;
/**
 * While such a send waits, changes that settle are not read at once (the send reads them all,
 * as one region, when it goes), unless this many changes are waiting: past MAX_RECORDS the
 * page would be read again whole.
 */
const MAX_UNREAD_CHANGES = MAX_RECORDS / 2;
/**
 * How often the address is compared when nothing else prompts it, to notice SPA navigation
 * without trusting any page-dispatched event. A navigation that changes the page is noticed
 * when its changes settle; this catches one that changes only the address, and is rare
 * enough to cost a live page next to nothing.
 */
const LOCATION_POLL_MS = 3000;
/** The page is read in idle time, but no later than this after it was due (a page that is never idle). */
const IDLE_TIMEOUT_MS = 2000;
/** The first read waits for the page's load event, but no longer than this (a page whose images never finish). */
const LOAD_WAIT_MAX_MS = 5000;

/**
 * Where the page parts are built (build/content-parts.ts). WXT's list of the extension's
 * files does not name a module a build hook adds, hence the wider signature.
 */
const PAGE_PARTS_PATH = '/content-scripts/page-parts.js';
const extensionUrl = browser.runtime.getURL as (path: string) => string;

export interface PageSession {
  toggle(): void;
  saveSelection(): Promise<void>;
  capture(): Promise<void>;
}

export function startPageSession(ctx: ContentScriptContext): PageSession {
  const timers: Timers = {
    // Not ctx.setTimeout: it adds a listener to the context per timer and never removes it, and a
    // live page sets timers all the time. What these timers drive is cancelled on invalidation (below).
    setTimeout: (run, ms) =>
      window.setTimeout(() => {
        if (!ctx.isInvalid) run();
      }, ms),
    clearTimeout: (id) => clearTimeout(id),
    now: () => performance.now(),
  };
  let running = false;
  let runAgain = false;

  const parts = lazy(async (): Promise<PageParts> => {
    const module = (await import(/* @vite-ignore */ extensionUrl(PAGE_PARTS_PATH))) as { startPageParts: typeof startPageParts };
    return module.startPageParts({
      ctx,
      request: () => request(),
      saved() {
        if (running) runAgain = true; // a detection started before the save must not wipe it out
      },
    });
  });

  const run = async (): Promise<void> => {
    if (ctx.isInvalid || !document.body) return;
    if (running) {
      runAgain = true; // late content arrived mid-run: read the page again after it
      return;
    }
    running = true;
    try {
      await reading.refresh();
      const taken = reading.take();
      if (!taken) return;
      const page = taken.reading;
      const report = await sendForDetection(pageUrls(document, location), () => page.text, taken.change).catch((error: unknown) => {
        reading.lost();
        throw error;
      });
      if (runAgain) return; // a save or late content overtook this run: its result is already stale
      // A page that matches nothing and holds no highlight needs no parts; once loaded, they clear what they showed.
      if (!report && !parts.current()) return;
      const shown = await parts.get();
      if (runAgain || ctx.isInvalid) return;
      await shown.show(page, report);
    } finally {
      running = false;
      if (runAgain) {
        runAgain = false;
        request();
      }
    }
  };
  /** The text is sent whole once, then only what changed (a live page costs what it changed). */
  const sendForDetection = detectSender((input) => contentToBackground.sendMessage('detectPage', input));
  const gate = rateGate(MIN_RUN_GAP_MS, () => void run(), timers);
  const request = () => gate.request();

  /** Whether the page holds a selection worth a Save quote button; cheap, so a click on a page that never needs the parts costs nothing more. */
  const hasSelection = () => {
    const selection = getSelection();
    return !!selection && !selection.isCollapsed && selection.toString().trim() !== '';
  };
  const onSelectionEnd = () => {
    if (parts.current() || hasSelection()) void parts.get().then((loaded) => loaded.selectionEnded());
  };
  ctx.addEventListener(document, 'mouseup', () => ctx.setTimeout(onSelectionEnd, 0));
  ctx.addEventListener(document, 'keyup', (event) => {
    if ((event as KeyboardEvent).shiftKey) onSelectionEnd();
  });
  ctx.addEventListener(document, 'selectionchange', () => {
    if (getSelection()?.isCollapsed) parts.current()?.selectionCleared();
  });

  // SPA navigation is noticed by comparing the address, which a page can change only by really navigating.
  let lastHref = location.href;
  const navigated = () => {
    if (location.href === lastHref) return false;
    lastHref = location.href;
    return true;
  };
  const checkAddress = () => {
    if (navigated()) request();
  };
  ctx.setInterval(checkAddress, LOCATION_POLL_MS);
  ctx.addEventListener(window, 'popstate', checkAddress);
  ctx.addEventListener(window, 'hashchange', checkAddress);

  /** Whether the first read is due (the page has loaded): changes before it are read with it. */
  let started = false;
  const sendChanges = rateGate(LIVE_MIN_GAP_MS, request, timers);
  const settle = settleTimer(
    SETTLE_MS,
    SETTLE_MAX_MS,
    () => {
      if (!started) return;
      if (navigated()) return request();
      // A send of the changes is waiting: it reads what changed since, all of it at once.
      if (sendChanges.pending() && reading.backlog() < MAX_UNREAD_CHANGES) return;
      void reading.refresh().then(() => {
        if (reading.unsentChars() >= MIN_NEW_CHARS) sendChanges.request();
      });
    },
    timers,
  );
  const reading = liveReading({
    root: () => document.body,
    isOwnUi,
    whenIdle: (slice) => void ctx.requestIdleCallback((deadline) => slice(() => deadline.timeRemaining()), { timeout: IDLE_TIMEOUT_MS }),
    now: () => performance.now(),
    onChange() {
      parts.current()?.pageChanged(); // the page removed the sidebar, or replaced the body
      // A send of the changes is waiting and will read them all when it goes: nothing to time
      // until then (a live page would otherwise pay a timer per update for nothing), unless the
      // address changed, which is not held back, or too many changes wait.
      if (started && sendChanges.pending() && reading.backlog() < MAX_UNREAD_CHANGES && location.href === lastHref) return;
      settle.poke();
    },
  });

  ctx.onInvalidated(() => {
    reading.stop();
    settle.cancel();
    sendChanges.cancel();
    gate.cancel();
  });

  // Nothing heavy before the page has loaded: the first read waits for its load event, then for an idle moment.
  const start = () => {
    if (started) return;
    started = true;
    ctx.requestIdleCallback(request, { timeout: IDLE_TIMEOUT_MS });
  };
  if (document.readyState === 'complete') start();
  else {
    ctx.addEventListener(window, 'load', start, { once: true });
    ctx.setTimeout(start, LOAD_WAIT_MAX_MS);
  }
  return {
    toggle: () => void parts.get().then((loaded) => loaded.toggle()),
    saveSelection: async () => (await parts.get()).saveSelection(),
    capture: async () => (await parts.get()).capture(),
  };
}
