// The contract between the always-on content script and the sidebar module it
// imports on pages that match. Both run in the extension's isolated world, which
// page scripts cannot see, so the sidebar registers itself on that world's global.
import type { HighlightActions, HighlightsModel } from '@/lib/highlights-view';
import type { PageReport } from '@/lib/page-report';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export const SIDEBAR_REGISTRY = Symbol.for('policy-lens.sidebar');

export interface SidebarState {
  report: PageReport;
  highlights: HighlightsModel;
}

export interface SidebarCallbacks {
  onShowInPage(quoteId: string): void;
  onDismiss(): void;
  onCapture(): void;
  highlightActions: HighlightActions;
}

export interface SidebarHandle {
  update(state: SidebarState): void;
  /** A highlight was clicked: mark and focus its card. */
  focusQuote(quoteId: string): void;
  /** Shows the sidebar expanded if it is collapsed, collapses it otherwise. */
  toggle(): void;
  remove(): void;
}

export type MountSidebar = (
  ctx: ContentScriptContext,
  state: SidebarState,
  callbacks: SidebarCallbacks,
) => Promise<SidebarHandle>;

type Registry = Record<symbol, MountSidebar | undefined>;

export function registerSidebar(mount: MountSidebar): void {
  (globalThis as unknown as Registry)[SIDEBAR_REGISTRY] = mount;
}

export function registeredSidebar(): MountSidebar | undefined {
  return (globalThis as unknown as Registry)[SIDEBAR_REGISTRY];
}
