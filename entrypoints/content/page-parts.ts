// What the content script needs only on some pages: painting known quotes and the
// user's highlights, anchoring, the sidebar and Save quote frames, saving a
// selection and handing the page to capture. It is a separate module
// (content-scripts/page-parts.js, built by build/content-parts.ts), imported by the
// always-on content script (page-session.ts) only when a page matches, holds
// highlights, or the user selects text, opens the sidebar or captures the page: a
// page that matches nothing never compiles or runs any of it.
import { describeRange } from '@/lib/anchoring/describe';
import { readPageMetadata } from '@/lib/capture/page-metadata';
import { pageHighlights } from '@/lib/dom/page-highlights';
import { extractPageText, type PageText } from '@/lib/dom/page-text';
import { browserPainterDeps, createPainter } from '@/lib/dom/painter';
import type { SidebarCall, SidebarState } from '@/lib/frame/channel';
import { hashWithoutHighlight, highlightIdFromHash } from '@/lib/highlights/open-link';
import type { Vocabulary } from '@/lib/highlights-view';
import { contentToBackground } from '@/lib/messaging/protocol';
import type { PageReport } from '@/lib/page-report';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOwnUi } from './own-ui';
import { type SaveControl, createSaveControl } from './save-control';
import { type SidebarHandle, openSidebar } from './sidebar-frame';

/** Dismissal is per page: the address without its fragment. */
const pageKey = () => location.href.split('#')[0] ?? location.href;
const NO_VOCABULARY: Vocabulary = { people: [], organisations: [], topics: [] };

/** What the always-on content script lends these parts. */
export interface PartsHost {
  ctx: ContentScriptContext;
  /** Asks for a new detection of the page (rate-limited). */
  request(): void;
  /** A highlight was saved: a detection under way must not wipe it out (it runs again). */
  saved(): void;
}

export interface PageParts {
  /** A detection's answer over `page` (null: the page matches nothing and holds no highlight). */
  show(page: PageText, report: PageReport | null): Promise<void>;
  /** The page changed: put the sidebar back if the page removed it. */
  pageChanged(): void;
  /** The user may have finished selecting text: show or hide the Save quote button. */
  selectionEnded(): void;
  /** The selection collapsed. */
  selectionCleared(): void;
  toggle(): void;
  saveSelection(): Promise<void>;
  capture(): Promise<void>;
}

export function startPageParts({ ctx, request, saved }: PartsHost): PageParts {
  const painterDeps = browserPainterDeps(window);
  const painter = painterDeps && createPainter(document, painterDeps);
  const highlights = pageHighlights(painter);
  const dismissed = new Set<string>();
  const frameKey = () => contentToBackground.sendMessage('newFrameKey', undefined);
  let sidebar: SidebarHandle | undefined;
  let editingId: string | null = null;
  let vocabulary: Vocabulary | undefined;

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
    highlights.add(annotation, range.cloneRange()); // gives an unknown page an empty report holding it
    editingId = annotation.id;
    dismissed.delete(pageKey());
    saved();
    await render();
  };

  /** Hands the page's text and metadata to the capture page (opened by the background). */
  const capture = async () => {
    const metadata = readPageMetadata(document, location);
    if (!metadata.mainText.trim()) return;
    await contentToBackground.sendMessage('startCapture', { url: location.href, metadata });
  };

  // Built at the user's first non-empty selection: a page nobody selects on never gets its frame.
  let saveControl: SaveControl | undefined;
  // A click on painted text focuses its card: the point is matched against the painted ranges.
  ctx.addEventListener(document, 'click', (event) => {
    const { clientX, clientY } = event as MouseEvent;
    const id = painter?.idAt(clientX, clientY);
    if (id && getSelection()?.isCollapsed !== false) sidebar?.focusQuote(id);
  });
  ctx.onInvalidated(() => {
    saveControl?.remove();
    hide();
    painter?.dispose();
  });

  return {
    async show(page, report) {
      if (!report || dismissed.has(pageKey())) return hide();
      highlights.load(page, report);
      await render();
      revealRequested();
    },
    pageChanged: () => sidebar?.ensureAttached(),
    selectionEnded() {
      const selection = getSelection();
      const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      if (!range || !range.toString().trim() || saveControl?.isOwn(range.commonAncestorContainer)) return saveControl?.hide();
      saveControl ??= createSaveControl(frameKey, () => void saveSelection());
      saveControl.showAt(range.getBoundingClientRect());
    },
    selectionCleared: () => saveControl?.hide(),
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
