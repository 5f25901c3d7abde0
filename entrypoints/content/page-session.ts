// One page's life in the content script: read the text, ask the background what
// it knows, paint the known quotes and show the sidebar; again after SPA
// navigation or when much new text loads late. On a page that matches nothing,
// the whole cost is one text pass and one message.
import { type Highlight, paintHighlight, revealHighlight } from '@/lib/dom/highlighter';
import { type PageText, extractPageText, rangeFromOffsets } from '@/lib/dom/page-text';
import { contentToBackground } from '@/lib/messaging/protocol';
import type { PageReport } from '@/lib/page-report';
import { pageUrls } from '@/lib/page-signals';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SIDEBAR_HOST_TAG } from './host';
import { type SidebarHandle, registeredSidebar } from './sidebar-contract';

/** Late content is checked once the page has been quiet this long. */
const SETTLE_MS = 800;
/** Text that grows by less than this is not worth another detection (counters, clocks, ads). */
const MIN_NEW_CHARS = 200;
const HIGHLIGHT_COLOUR = 'rgba(255, 204, 0, 0.45)';

/** A cheap measure of how much text the page holds (native, no walk), to notice late content. */
const textLength = () => document.body.textContent?.length ?? 0;

export function startPageSession(ctx: ContentScriptContext): { toggle(): void } {
  let highlights: Highlight[] = [];
  let sidebar: SidebarHandle | undefined;
  let report: PageReport | null = null;
  let readLength = -1;
  let dismissedUrl: string | undefined;
  let running = false;

  const clearHighlights = () => {
    highlights.forEach((h) => h.remove());
    highlights = [];
  };

  const paint = (page: PageText, found: PageReport['found']) => {
    for (const { quote, ranges } of found) {
      const who = quote.speaker?.name ?? quote.organisation.name;
      for (const { start, end } of ranges) {
        const range = rangeFromOffsets(page, start, end);
        if (!range) continue;
        highlights.push(
          paintHighlight(range, {
            id: quote.id,
            color: HIGHLIGHT_COLOUR,
            title: `Known quote: ${who} (Policy Lens)`,
            onActivate: (id) => sidebar?.focusQuote(id),
          }),
        );
      }
    }
  };

  const showInPage = (quoteId: string) => {
    const highlight = highlights.find((h) => h.id === quoteId);
    if (highlight) revealHighlight(highlight);
  };

  const showSidebar = async (current: PageReport) => {
    if (sidebar) return sidebar.update(current);
    if (!registeredSidebar()) await import(/* @vite-ignore */ browser.runtime.getURL('/sidebar.js'));
    const mount = registeredSidebar();
    if (!mount || ctx.isInvalid) return;
    sidebar = await mount(ctx, current, {
      onShowInPage: showInPage,
      onDismiss: () => {
        dismissedUrl = location.href;
        hide();
      },
    });
  };

  const hide = () => {
    clearHighlights();
    sidebar?.remove();
    sidebar = undefined;
  };

  const run = async () => {
    if (running || ctx.isInvalid) return;
    running = true;
    try {
      const page = extractPageText(document.body, (el) => el.tagName === SIDEBAR_HOST_TAG);
      readLength = textLength();
      report = await contentToBackground.sendMessage('detectPage', { urls: pageUrls(document, location), text: page.text });
      clearHighlights();
      if (!report || dismissedUrl === location.href) return hide();
      paint(page, report.found);
      await showSidebar(report);
    } finally {
      running = false;
    }
  };

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
      if (report) {
        dismissedUrl = undefined;
        void run();
      }
    },
  };
}
