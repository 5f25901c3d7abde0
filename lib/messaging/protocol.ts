// The typed message protocol between the extension's parts: one call map per
// direction. It imports types only, so content scripts stay small; data that
// comes from a page or a user is validated on arrival (see page-input.ts).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageReport } from '../page-report';
import type { Annotation } from '../schema';
import type { Vocabulary } from '../storage/annotations';
import type { AnnotationUpdate, CaptureInput, NewAnnotationInput, NewOrganisationInput, PageChangeInput, PageInput } from './page-input';

interface NamedRef {
  id: string;
  name: string;
}

/** Calls a content script makes to the background. */
export interface ContentToBackground {
  /**
   * What the extension knows about this page, with the user's highlights on it; null when
   * nothing. A live page's later reads send only what changed (PageChangeInput).
   */
  detectPage(page: PageInput | PageChangeInput): PageReport | null;
  saveAnnotation(input: NewAnnotationInput): Annotation;
  updateAnnotation(update: AnnotationUpdate): Annotation;
  /** Deletes a highlight; the background keeps a copy for undo (lib/undo/). From the extension's pages in a tab only (the sidebar frame, the PDF viewer). */
  deleteHighlight(id: string): void;
  /** Brings back a highlight this tab deleted, by id. From the extension's pages in a tab only. */
  undoDeleteHighlight(id: string): void;
  vocabulary(): Vocabulary;
  createPerson(name: string): NamedRef;
  createOrganisation(input: NewOrganisationInput): NamedRef;
  /** Opens the extension page listing every highlight. */
  openHighlightsPage(): void;
  /** Hands the page's text and metadata to the capture page, opened in a new tab. */
  startCapture(capture: CaptureInput): void;
  /** The content script's tab key for the handshake with its frames (lib/frame/frame-keys.ts). */
  newFrameKey(): string;
  /** The sidebar or save frame asks for its tab's key; null when none was issued. */
  frameKey(): string | null;
}

/** Calls the background makes to a tab's content script. */
export interface BackgroundToContent {
  /** The keyboard shortcut or toolbar button: show, expand or collapse the sidebar. */
  toggleSidebar(): void;
  /** The context menu entry or keyboard shortcut: save the current selection as a highlight. */
  saveSelection(): void;
  /** The toolbar button's menu: capture this page as a statement. */
  capturePage(): void;
}

/** Calls the extension's own pages make to the background. */
export interface PageToBackground {
  /**
   * Statements or quotes changed: update the text index for these statements (their
   * ids when known; without them, every statement whose indexed texts are out of date).
   */
  textsChanged(statementIds?: string[]): void;
}

export const contentToBackground = defineExtensionMessaging<ContentToBackground>();
export const pageToBackground = defineExtensionMessaging<PageToBackground>();
export const backgroundToContent = defineExtensionMessaging<BackgroundToContent>();
