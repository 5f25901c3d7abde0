// One page's life in the content script: read the text, ask the background what
// it knows, paint the known quotes and the user's own highlights, and show the
// sidebar; again after SPA navigation or when much new text loads late. On a
// page that matches nothing and holds no highlights, the whole cost is one text
// pass, in idle time after the page's load event, and one message; a live page
// then costs what changed (lib/dom/live-reading.ts). The parts live beside it: the
// highlights' one owner (lib/dom/page-highlights.ts), the painter, the sidebar and
// save frames, and the timers that decide when to look again
// (lib/dom/settle-timer.ts, rate-gate.ts).
import { describeRange } from '@/lib/anchoring/describe';
import { readPageMetadata } from '@/lib/capture/page-metadata';
import { HOST_ATTRIBUTE } from '@/lib/dom/frame-host';
import { pageHighlights } from '@/lib/dom/page-highlights';
import { detectSender } from '@/lib/dom/detect-sender';
import { liveReading } from '@/lib/dom/live-reading';
import { extractPageText } from '@/lib/dom/page-text';
import { browserPainterDeps, createPainter } from '@/lib/dom/painter';
import { rateGate } from '@/lib/dom/rate-gate';
import { type Timers, settleTimer } from '@/lib/dom/settle-timer';
import type { SidebarCall, SidebarState } from '@/lib/frame/channel';
import { hashWithoutHighlight, highlightIdFromHash } from '@/lib/highlights/open-link';
import type { Vocabulary } from '@/lib/highlights-view';
import { contentToBackground } from '@/lib/messaging/protocol';
import { pageUrls } from '@/lib/page-signals';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type SaveControl, createSaveControl } from './save-control';
import { type SidebarHandle, openSidebar } from './sidebar-frame';

/** Late content is checked once the page has been quiet this long... */
const SETTLE_MS = 800;
/** ...or this long after the first change, so a page that never stops changing (a ticking clock) is still read. */
const SETTLE_MAX_MS = 3000;
/** Text that changes by less than this is not worth another detection (counters, clocks, ads). */
const MIN_NEW_CHARS = 200;
/** At most one detection per this interval, however often the page navigates or changes. */
const MIN_RUN_GAP_MS = 1000;
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

const isOwnUi = (el: Element) => el.hasAttribute(HOST_ATTRIBUTE);
/** Dismissal is per page: the address without its fragment. */
const pageKey = () => location.href.split('#')[0] ?? location.href;
const NO_VOCABULARY: Vocabulary = { people: [], organisations: [], topics: [] };

export interface PageSession {
  toggle(): void;
  saveSelection(): Promise<void>;
  capture(): Promise<void>;
}

export function startPageSession(ctx: ContentScriptContext): PageSession {
  const painterDeps = browserPainterDeps(window);
  const painter = painterDeps && createPainter(document, painterDeps);
  const highlights = pageHighlights(painter);
  const dismissed = new Set<string>();
  const frameKey = () => contentToBackground.sendMessage('newFrameKey', undefined);
  const timers: Timers = {
    setTimeout: (run, ms) => ctx.setTimeout(run, ms),
    clearTimeout: (id) => clearTimeout(id),
    now: () => performance.now(),
  };
  let sidebar: SidebarHandle | undefined;
  let editingId: string | null = null;
  let vocabulary: Vocabulary | undefined;
  let running = false;
  let runAgain = false;

  /** The people, organisations and topics the editor offers: asked for once, when a highlight first needs them. */
  const ensureVocabulary = async () => {
    vocabulary ??= await contentToBackground.sendMessage('vocabulary', undefined);
    return vocabulary;
  };

  const state = async (): Promise<SidebarState | undefined> => {
    const report = highlights.report();
    if (!report) return undefined;
    const items = highlights.items();
    const words = items.length > 0 ? await ensureVocabulary() : NO_VOCABULARY;
    return { report, highlights: { items, vocabulary: words, editingId } };
  };

  const hide = () => {
    highlights.clear();
    sidebar?.remove();
    sidebar = undefined;
  };

  const render = async () => {
    const current = await state();
    if (!current || dismissed.has(pageKey())) return hide();
    if (sidebar) return sidebar.update(current);
    if (ctx.isInvalid) return;
    sidebar = openSidebar(frameKey, current, {
      onShowInPage: (id) => painter?.reveal(id),
      onDismiss: () => {
        dismissed.add(pageKey());
        hide();
      },
      onCapture: () => void capture(),
      onCall: answer,
    });
  };

  /** The sidebar's requests: each changes the background's records (or the frame did), then the one owner of highlight state. */
  const answer = async (call: SidebarCall): Promise<unknown> => {
    switch (call.method) {
      case 'update': {
        const [id, changes] = call.args;
        highlights.update(await contentToBackground.sendMessage('updateAnnotation', { id, changes }));
        return void (await render());
      }
      // The sidebar frame deleted or restored it (only extension pages may): repaint.
      case 'deleted':
        highlights.remove(call.args[0]);
        return void (await render());
      case 'restored':
        return void request();
      case 'createPerson': {
        const person = await contentToBackground.sendMessage('createPerson', call.args[0]);
        if (vocabulary) vocabulary = { ...vocabulary, people: [...vocabulary.people, person] };
        return person;
      }
      case 'createOrganisation': {
        const [name, kind] = call.args;
        const organisation = await contentToBackground.sendMessage('createOrganisation', { name, kind });
        if (vocabulary) vocabulary = { ...vocabulary, organisations: [...vocabulary.organisations, organisation] };
        return organisation;
      }
    }
  };

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
      const report = await sendForDetection(pageUrls(document, location), page.text, taken.change).catch((error: unknown) => {
        reading.lost();
        throw error;
      });
      if (runAgain) return; // a save or late content overtook this run: its result is already stale
      if (!report || dismissed.has(pageKey())) return hide();
      highlights.load(page, report);
      await render();
      revealRequested();
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

  /** The highlights page opens a highlight with a fragment naming it: scroll there, then drop the fragment. */
  const revealRequested = () => {
    const id = highlightIdFromHash(location.hash);
    if (!id) return;
    painter?.reveal(id);
    history.replaceState(history.state, '', location.pathname + location.search + hashWithoutHighlight(location.hash));
  };

  const saveSelection = async () => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !document.body) return;
    const range = selection.getRangeAt(0);
    if (saveControl?.isOwn(range.commonAncestorContainer)) return;
    // The page is read once per save: the new highlight is painted from the selection itself.
    const described = describeRange(extractPageText(document.body, isOwnUi), range);
    if (!described) return;
    const annotation = await contentToBackground.sendMessage('saveAnnotation', {
      url: location.href,
      pageTitle: document.title,
      quote: described.quote,
      position: described.position,
      statementId: highlights.report()?.recognised?.statement.id,
    });
    selection.removeAllRanges();
    saveControl?.hide();
    highlights.add(annotation, range.cloneRange());
    editingId = annotation.id;
    dismissed.delete(pageKey());
    if (running) runAgain = true; // a detection started before the save must not wipe it out
    else if (!highlights.report()) request(); // no report yet (an unknown page): one that includes the new highlight
    // Rendering without a report would hide the sidebar; the detection asked for above renders it.
    if (highlights.report()) await render();
  };

  /** Hands the page's text and metadata to the capture page (opened by the background). */
  const capture = async () => {
    const metadata = readPageMetadata(document, location);
    if (!metadata.mainText.trim()) return;
    await contentToBackground.sendMessage('startCapture', { url: location.href, metadata });
  };

  // Built at the user's first non-empty selection: a page nobody selects on never gets its frame.
  let saveControl: SaveControl | undefined;
  const onSelectionEnd = () => {
    const selection = getSelection();
    const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (!range || !range.toString().trim() || saveControl?.isOwn(range.commonAncestorContainer)) return saveControl?.hide();
    saveControl ??= createSaveControl(frameKey, () => void saveSelection());
    saveControl.showAt(range.getBoundingClientRect());
  };
  ctx.addEventListener(document, 'mouseup', () => ctx.setTimeout(onSelectionEnd, 0));
  ctx.addEventListener(document, 'keyup', (event) => {
    if ((event as KeyboardEvent).shiftKey) onSelectionEnd();
  });
  ctx.addEventListener(document, 'selectionchange', () => {
    if (getSelection()?.isCollapsed) saveControl?.hide();
  });
  // A click on painted text focuses its card: the point is matched against the painted ranges.
  ctx.addEventListener(document, 'click', (event) => {
    const { clientX, clientY } = event as MouseEvent;
    const id = painter?.idAt(clientX, clientY);
    if (id && getSelection()?.isCollapsed !== false) sidebar?.focusQuote(id);
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
  const settle = settleTimer(
    SETTLE_MS,
    SETTLE_MAX_MS,
    () =>
      started &&
      void reading.refresh().then(() => {
        if (navigated() || reading.unsentChars() >= MIN_NEW_CHARS) request();
      }),
    timers,
  );
  const reading = liveReading({
    root: () => document.body,
    isOwnUi,
    whenIdle: (slice) => void ctx.requestIdleCallback((deadline) => slice(() => deadline.timeRemaining()), { timeout: IDLE_TIMEOUT_MS }),
    now: () => performance.now(),
    onChange() {
      sidebar?.ensureAttached(); // the page removed the sidebar, or replaced the body
      settle.poke();
    },
  });

  ctx.onInvalidated(() => {
    reading.stop();
    settle.cancel();
    gate.cancel();
    saveControl?.remove();
    hide();
    painter?.dispose();
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
    toggle() {
      dismissed.delete(pageKey());
      if (sidebar) return sidebar.toggle();
      // On a page the extension knows nothing about, an empty sidebar still offers capture.
      if (!highlights.report()) highlights.load(extractPageText(document.body, isOwnUi), { found: [], counterparts: [], sameVoices: [], highlights: [] });
      void render();
    },
    saveSelection,
    capture,
  };
}
