// The bar that is always shown: the product name, collapse/expand and dismiss, and the
// ways to the extension's own pages. When the sidebar is collapsed it is all there is: a
// compact tab that stays in the tab order and still says how many known quotes the page has,
// and how many of its quotations are misattributed or altered.
import type { ReactNode } from 'react';
import type { DockMode } from '@/lib/dom/dock-mode';
import { countOf } from '../ui/format';
import { EXTENSION_PAGES } from '../ui/PageShell';

/** The path of one of the extension's pages, as EXTENSION_PAGES names it. */
export type ExtensionPagePath = (typeof EXTENSION_PAGES)[number]['href'];

export interface SidebarHeaderProps {
  collapsed: boolean;
  /** Id of the content the collapse button shows and hides. */
  controls: string;
  onCollapse(): void;
  onDismiss(): void;
  /** Opens one of the extension's pages (by its path) in a new tab. */
  onOpenPage?: (path: ExtensionPagePath) => void;
  /** Known quotes found on the page, shown beside the name while collapsed. */
  knownQuotes: number;
  /** The page's misattributed and altered quotations (VerificationFlags), shown beside the count while collapsed. */
  flags?: ReactNode;
  /** The sidebar's own section links, shown in the header while expanded so they never scroll away. */
  sections?: ReactNode;
  /** How the sidebar sits on the page; with `onDockMode`, a toggle switches between push and overlay. */
  dockMode?: DockMode;
  onDockMode?: (mode: DockMode) => void;
}

/**
 * What the dock toggle does, said on hover. The toggle is an icon (a page with the sidebar
 * beside it) named "Push page": with a visible label, the header's first row would not fit.
 */
const DOCK_HINT = 'Push page: narrow the page so the sidebar sits beside it, not over it';

export function SidebarHeader({
  collapsed,
  controls,
  onCollapse,
  onDismiss,
  onOpenPage,
  knownQuotes,
  flags,
  sections,
  dockMode,
  onDockMode,
}: SidebarHeaderProps) {
  return (
    <header className="pl-header">
      <p className="pl-brand">
        <span className="pl-brand__mark" aria-hidden="true" />
        Policy Lens
        {collapsed && knownQuotes > 0 && <span className="pl-brand__count">{countOf(knownQuotes, 'known quote')}</span>}
        {collapsed && flags}
      </p>
      <div className="pl-header__actions">
        {!collapsed && dockMode && onDockMode && (
          <button
            type="button"
            className="pl-button pl-button--quiet pl-button--icon pl-dock"
            aria-label="Push page"
            aria-pressed={dockMode === 'push'}
            title={DOCK_HINT}
            onClick={() => onDockMode(dockMode === 'push' ? 'overlay' : 'push')}
          >
            <span className="pl-dock__glyph" aria-hidden="true" />
          </button>
        )}
        <button
          type="button"
          className="pl-button pl-button--quiet"
          aria-expanded={!collapsed}
          aria-controls={controls}
          onClick={onCollapse}
        >
          {collapsed ? 'Expand' : 'Collapse'}
        </button>
        <button
          type="button"
          className="pl-button pl-button--quiet pl-button--icon"
          aria-label="Dismiss for this page"
          title="Dismiss for this page"
          onClick={onDismiss}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {!collapsed && (sections || onOpenPage) && (
        <div className="pl-header__nav">
          {sections}
          {onOpenPage && (
            <nav className="pl-pages" aria-label="Policy Lens pages">
              {EXTENSION_PAGES.map(({ page, href, label }) => (
                <button key={page} type="button" className="pl-link-button" onClick={() => onOpenPage(href)}>
                  {label}
                </button>
              ))}
            </nav>
          )}
        </div>
      )}
    </header>
  );
}
