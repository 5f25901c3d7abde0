// The Policy Lens sidebar: pure React over a PageReport (no wxt, no browser APIs), shown
// in the sidebar's extension-origin frame (entrypoints/sidebar-frame), styled by sidebar.css.
// Ordered for the analyst's job: what the page is, then who is quoted on it and how the
// others reacted, then the user's own highlights and the same voices on other events.
import { useId, type ReactNode } from 'react';
import { PaletteStyle } from '../ui/PaletteStyle';
import type { DockMode } from '@/lib/dom/dock-mode';
import type { HighlightActions, HighlightsModel } from '@/lib/highlights-view';
import type { PageReport } from '@/lib/page-report';
import { CounterpartsSection, nonEmptyCounterparts } from './CounterpartsSection';
import { FoundQuotesSection } from './FoundQuotesSection';
import { HighlightsSection } from './HighlightsSection';
import { type JumpTarget, JumpLinks } from './JumpLinks';
import { nonEmptyVoices, SameVoicesSection } from './SameVoicesSection';
import { SCROLL_CONTAINER_ATTRIBUTE } from './scroll';
import { type ExtensionPagePath, SidebarHeader } from './SidebarHeader';
import { StatementSection } from './StatementSection';
import { VerificationFlags, VerificationSection, VerificationTally } from './VerificationSection';

export interface SidebarProps {
  report: PageReport;
  /** The quote whose highlight the user picked in the page: its card is marked and focused. */
  focusedQuoteId: string | null;
  onShowInPage(quoteId: string): void;
  /** Called by the Collapse/Expand button; the owner flips `collapsed`. */
  onCollapse(): void;
  onDismiss(): void;
  /** "Capture this page as a statement", offered when the page is not a known statement. */
  onCapture?: () => void;
  /** Opens one of the extension's pages (Highlights, Dashboard) in a new tab; no links without it. */
  onOpenPage?: (path: ExtensionPagePath) => void;
  collapsed: boolean;
  /** The user's own highlights on this page; their section shows when there is at least one. */
  highlights?: HighlightsModel;
  /** What the highlights' buttons do; without it they are listed read-only. */
  highlightActions?: HighlightActions;
  /** How the sidebar sits on the page (push or overlay); the header's toggle calls `onDockMode`. */
  dockMode?: DockMode;
  onDockMode?: (mode: DockMode) => void;
}

/** A section the jump links can move to: focusable, so keyboard users land on it. */
function Anchor({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="pl-anchor" tabIndex={-1}>
      {children}
    </div>
  );
}

export function Sidebar({
  report,
  focusedQuoteId,
  onShowInPage,
  onCollapse,
  onDismiss,
  collapsed,
  onCapture,
  onOpenPage,
  highlights,
  highlightActions,
  dockMode,
  onDockMode,
}: SidebarProps) {
  const bodyId = useId();
  const ids = { quotes: useId(), checks: useId(), counterparts: useId(), highlights: useId(), voices: useId() };
  const { recognised, found } = report;
  const counterparts = nonEmptyCounterparts(report.counterparts);
  const voices = nonEmptyVoices(report.sameVoices);
  // The user's own highlights count as something known, even before the page has anchored them.
  const ownHighlights = Math.max(highlights?.items.length ?? 0, report.highlights.length);
  const empty =
    !recognised &&
    found.length === 0 &&
    counterparts.length === 0 &&
    voices.length === 0 &&
    ownHighlights === 0 &&
    !report.verification;
  const scrollContainer = { [SCROLL_CONTAINER_ATTRIBUTE]: '' };
  const showHighlights = highlights !== undefined && highlights.items.length > 0;
  const targets: JumpTarget[] = [
    ...(found.length > 0 ? [{ id: ids.quotes, label: 'Quotes' }] : []),
    ...(report.verification ? [{ id: ids.checks, label: 'Checks' }] : []),
    ...(counterparts.length > 0 ? [{ id: ids.counterparts, label: 'Reactions' }] : []),
    ...(showHighlights ? [{ id: ids.highlights, label: 'Your highlights' }] : []),
    ...(voices.length > 0 ? [{ id: ids.voices, label: 'Same voices' }] : []),
  ];

  return (
    <aside
      role="complementary"
      aria-label="Policy Lens"
      lang="en-GB"
      dir="ltr"
      className={collapsed ? 'pl-root pl-root--collapsed' : 'pl-root'}
    >
      <PaletteStyle />
      <SidebarHeader
        collapsed={collapsed}
        controls={bodyId}
        onCollapse={onCollapse}
        onDismiss={onDismiss}
        onOpenPage={onOpenPage}
        knownQuotes={found.length}
        flags={report.verification && <VerificationFlags verification={report.verification} />}
        sections={<JumpLinks targets={targets} />}
        dockMode={dockMode}
        onDockMode={onDockMode}
      />
      <div id={bodyId} className="pl-body" hidden={collapsed} {...scrollContainer}>
        {report.verification && <VerificationTally verification={report.verification} />}
        {recognised && <StatementSection recognised={recognised} />}
        {found.length > 0 && (
          <Anchor id={ids.quotes}>
            <FoundQuotesSection
              found={found}
              pageStatementId={recognised?.statement.id}
              focusedQuoteId={focusedQuoteId}
              onShowInPage={onShowInPage}
            />
          </Anchor>
        )}
        {report.verification && (
          <Anchor id={ids.checks}>
            <VerificationSection verification={report.verification} onShowInPage={onShowInPage} />
          </Anchor>
        )}
        {counterparts.length > 0 && (
          <Anchor id={ids.counterparts}>
            <CounterpartsSection groups={counterparts} />
          </Anchor>
        )}
        {highlights && (
          <Anchor id={ids.highlights}>
            <HighlightsSection highlights={highlights} actions={highlightActions} focusedId={focusedQuoteId} />
          </Anchor>
        )}
        {voices.length > 0 && (
          <Anchor id={ids.voices}>
            <SameVoicesSection voices={voices} />
          </Anchor>
        )}
        {empty && <p className="pl-empty">Nothing is known about this page yet.</p>}
        {!recognised && onCapture && (
          <p className="pl-capture">
            <button type="button" className="pl-button" onClick={onCapture}>
              Capture this page as a statement
            </button>
          </p>
        )}
      </div>
    </aside>
  );
}
