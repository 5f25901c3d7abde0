// One page's life in the content script: read the text, ask the background what
// it knows, paint the known quotes and the user's own highlights, and show the
// sidebar; again after SPA navigation or when much new text loads late. On a
// page that matches nothing and holds no highlights, the whole cost is one text
// pass and one message.
import { anchorAll } from '@/lib/anchoring/anchor';
import { readPageMetadata } from '@/lib/capture/page-metadata';
import { describeRange } from '@/lib/anchoring/describe';
import { type Highlight, paintHighlight, revealHighlight } from '@/lib/dom/highlighter';
import { type PageText, extractPageText, rangeFromOffsets } from '@/lib/dom/page-text';
import type { HighlightActions, HighlightItem } from '@/lib/highlights-view';
import { hashWithoutHighlight, highlightIdFromHash } from '@/lib/highlights/open-link';
import { contentToBackground } from '@/lib/messaging/protocol';
import type { PageReport } from '@/lib/page-report';
import { pageUrls } from '@/lib/page-signals';
import type { Annotation, HighlightColour } from '@/lib/schema';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SIDEBAR_HOST_TAG } from './host';
import { SAVE_HOST_NAME, createSaveControl } from './save-control';
import { type SidebarHandle, type SidebarState, registeredSidebar } from './sidebar-contract';

/** Late content is checked once the page has been quiet this long. */
const SETTLE_MS = 800;
/** Text that grows by less than this is not worth another detection (counters, clocks, ads). */
const MIN_NEW_CHARS = 200;
const KNOWN_QUOTE_COLOUR = 'rgba(255, 204, 0, 0.45)';
/** The sidebar's swatch colours (components/sidebar/ColourSwatch), so page and sidebar agree. */
const HIGHLIGHT_COLOURS: Record<HighlightColour, string> = {
  yellow: '#ffe066',
  green: '#8ce99a',
  blue: '#74c0fc',
  pink: '#faa2c1',
  purple: '#b197fc',
};

const isOwnUi = (el: Element) => el.tagName === SIDEBAR_HOST_TAG || el.localName === SAVE_HOST_NAME;
/** A cheap measure of how much text the page holds (native, no walk), to notice late content. */
const textLength = () => document.body.textContent?.length ?? 0;

export interface PageSession {
  toggle(): void;
  saveSelection(): Promise<void>;
  capture(): Promise<void>;
}

export function startPageSession(ctx: ContentScriptContext): PageSession {
  let page: PageText = { text: '', nodes: [], starts: [], truncated: false };
  let report: PageReport | null = null;
  let quotePaint: Highlight[] = [];
  const userPaint = new Map<string, Highlight[]>();
  let items: HighlightItem[] = [];
  let editingId: string | null = null;
  let sidebar: SidebarHandle | undefined;
  let readLength = -1;
  let dismissedUrl: string | undefined;
  let running = false;
  let runAgain = false;
  const undoable = new Map<string, Annotation>();

  const paint = (annotationOrQuoteId: string, start: number, end: number, color: string, title: string) => {
    const range = rangeFromOffsets(page, start, end);
    return range
      ? [paintHighlight(range, { id: annotationOrQuoteId, color, title, onActivate: (id) => sidebar?.focusQuote(id) })]
      : [];
  };

  const clearPaint = () => {
    quotePaint.forEach((h) => h.remove());
    quotePaint = [];
    userPaint.forEach((hs) => hs.forEach((h) => h.remove()));
    userPaint.clear();
  };

  const paintQuotes = (found: PageReport['found']) => {
    for (const { quote, ranges } of found) {
      const who = quote.speaker?.name ?? quote.organisation.name;
      for (const { start, end } of ranges) quotePaint.push(...paint(quote.id, start, end, KNOWN_QUOTE_COLOUR, `Known quote: ${who} (Policy Lens)`));
    }
  };

  /** Anchors saved highlights in the current text; those not found are orphans, listed but not painted. */
  const paintHighlights = (annotations: Annotation[]) => {
    const matches = anchorAll(page.text, annotations.map((a) => ({ quote: a.target.selector[0], position: a.target.selector[1] })));
    items = annotations.map((annotation, i) => {
      const match = matches[i];
      const painted = match ? paint(annotation.id, match.start, match.end, HIGHLIGHT_COLOURS[annotation.colour], 'Your highlight (Policy Lens)') : [];
      userPaint.set(annotation.id, painted);
      return { annotation, anchored: painted.length > 0 };
    });
  };

  const reveal = (id: string) => {
    const painted = userPaint.get(id) ?? quotePaint.filter((h) => h.id === id);
    if (painted[0]) revealHighlight(painted[0]);
  };

  const state = (): SidebarState | undefined =>
    report ? { report, highlights: { items, vocabulary: { people: [], organisations: [], topics: [] }, editingId } } : undefined;

  const actions: HighlightActions = {
    onShowHighlight: reveal,
    async onUpdate(id, changes) {
      const updated = await contentToBackground.sendMessage('updateAnnotation', { id, changes });
      replaceAnnotation(updated);
    },
    async onDelete(id) {
      const deleted = await contentToBackground.sendMessage('deleteAnnotation', id);
      if (deleted) undoable.set(id, deleted);
      userPaint.get(id)?.forEach((h) => h.remove());
      userPaint.delete(id);
      items = items.filter((item) => item.annotation.id !== id);
      if (report) report = { ...report, highlights: report.highlights.filter((a) => a.id !== id) };
      await render();
    },
    async onUndoDelete(id) {
      const deleted = undoable.get(id);
      if (!deleted) return;
      await contentToBackground.sendMessage('restoreAnnotation', deleted);
      undoable.delete(id);
      await run();
    },
    onCreatePerson: (name) => contentToBackground.sendMessage('createPerson', name),
    onCreateOrganisation: (name, kind) => contentToBackground.sendMessage('createOrganisation', { name, kind }),
  };

  const replaceAnnotation = (updated: Annotation) => {
    const item = items.find((i) => i.annotation.id === updated.id);
    if (item && item.annotation.colour !== updated.colour) {
      for (const h of userPaint.get(updated.id) ?? []) {
        h.elements.forEach((el) => el.style.setProperty('background-color', HIGHLIGHT_COLOURS[updated.colour], 'important'));
      }
    }
    items = items.map((i) => (i.annotation.id === updated.id ? { ...i, annotation: updated } : i));
    if (report) report = { ...report, highlights: report.highlights.map((a) => (a.id === updated.id ? updated : a)) };
    void render();
  };

  const render = async () => {
    const current = state();
    if (!current || dismissedUrl === location.href) return hide();
    const vocabulary = await contentToBackground.sendMessage('vocabulary', undefined);
    const full = { ...current, highlights: { ...current.highlights, vocabulary } };
    if (sidebar) return sidebar.update(full);
    if (!registeredSidebar()) await import(/* @vite-ignore */ browser.runtime.getURL('/sidebar.js'));
    const mount = registeredSidebar();
    if (!mount || ctx.isInvalid) return;
    sidebar = await mount(ctx, full, {
      onShowInPage: reveal,
      onDismiss: () => {
        dismissedUrl = location.href;
        hide();
      },
      onCapture: () => void capture(),
      highlightActions: actions,
    });
  };

  const hide = () => {
    clearPaint();
    sidebar?.remove();
    sidebar = undefined;
  };

  const run = async (): Promise<void> => {
    if (ctx.isInvalid) return;
    if (running) {
      runAgain = true; // a save or late content arrived mid-run: read the page again after it
      return;
    }
    running = true;
    try {
      page = extractPageText(document.body, isOwnUi);
      readLength = textLength();
      report = await contentToBackground.sendMessage('detectPage', { urls: pageUrls(document, location), text: page.text });
      clearPaint();
      if (!report || dismissedUrl === location.href) return hide();
      paintQuotes(report.found);
      paintHighlights(report.highlights);
      await render();
      revealRequested();
    } finally {
      running = false;
      if (runAgain) {
        runAgain = false;
        void run();
      }
    }
  };

  /** The highlights page opens a highlight with a fragment naming it: scroll there, then drop the fragment. */
  const revealRequested = () => {
    const id = highlightIdFromHash(location.hash);
    if (!id) return;
    reveal(id);
    history.replaceState(history.state, '', location.pathname + location.search + hashWithoutHighlight(location.hash));
  };

  const saveSelection = async () => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (saveControl.isOwn(range.commonAncestorContainer)) return;
    page = extractPageText(document.body, isOwnUi);
    const described = describeRange(page, range);
    if (!described) return;
    const annotation = await contentToBackground.sendMessage('saveAnnotation', {
      url: location.href,
      pageTitle: document.title,
      quote: described.quote,
      position: described.position,
      statementId: report?.recognised?.statement.id,
    });
    selection.removeAllRanges();
    saveControl.hide();
    editingId = annotation.id;
    dismissedUrl = undefined;
    await run();
  };

  /** Hands the page's text and metadata to the capture page (opened by the background). */
  const capture = async () => {
    const metadata = readPageMetadata(document, location);
    if (!metadata.mainText.trim()) return;
    await contentToBackground.sendMessage('startCapture', { url: location.href, metadata });
  };

  const saveControl = createSaveControl(() => void saveSelection());
  const onSelectionEnd = () => {
    const selection = getSelection();
    const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (!range || !range.toString().trim() || saveControl.isOwn(range.commonAncestorContainer)) return saveControl.hide();
    saveControl.showAt(range.getBoundingClientRect());
  };
  ctx.addEventListener(document, 'mouseup', () => ctx.setTimeout(onSelectionEnd, 0));
  ctx.addEventListener(document, 'keyup', (event) => {
    if ((event as KeyboardEvent).shiftKey) onSelectionEnd();
  });
  ctx.addEventListener(document, 'selectionchange', () => {
    if (getSelection()?.isCollapsed) saveControl.hide();
  });

  let settle: number | undefined;
  const observer = new MutationObserver(() => {
    if (settle !== undefined) clearTimeout(settle);
    settle = ctx.setTimeout(() => {
      if (Math.abs(textLength() - readLength) >= MIN_NEW_CHARS) void run();
    }, SETTLE_MS);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    saveControl.remove();
    hide();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    dismissedUrl = undefined;
    void run();
  });

  void run();
  return {
    toggle() {
      if (sidebar) return sidebar.toggle();
      dismissedUrl = undefined;
      // On a page the extension knows nothing about, an empty sidebar still offers capture.
      report ??= { found: [], counterparts: [], sameVoices: [], highlights: [] };
      void render();
    },
    saveSelection,
    capture,
  };
}
