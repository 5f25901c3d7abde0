// The typed message protocol between the extension's parts: one call map per
// direction. It imports types only, so content scripts stay small; data that
// comes from a web page is validated on arrival (see page-input.ts).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageReport } from '../page-report';
import type { PageInput } from './page-input';

/** Calls a content script makes to the background. */
export interface ContentToBackground {
  /** What the extension knows about this page; null when it matches nothing. */
  detectPage(page: PageInput): PageReport | null;
}

/** Calls the background makes to a tab's content script. */
export interface BackgroundToContent {
  /** The keyboard shortcut or toolbar button: show, expand or collapse the sidebar. */
  toggleSidebar(): void;
}

export const contentToBackground = defineExtensionMessaging<ContentToBackground>();
export const backgroundToContent = defineExtensionMessaging<BackgroundToContent>();
