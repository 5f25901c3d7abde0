// The Policy Lens sidebar: pure React over a PageReport (no wxt, no browser APIs), shown
// in the sidebar's extension-origin frame (entrypoints/sidebar-frame), styled by sidebar.css.
import { useId } from 'react';
import type { HighlightActions, HighlightsModel } from '@/lib/highlights-view';
import type { PageReport } from '@/lib/page-report';
import { CounterpartsSection, nonEmptyCounterparts } from './CounterpartsSection';
import { FoundQuotesSection } from './FoundQuotesSection';
import { HighlightsSection } from './HighlightsSection';
import { nonEmptyVoices, SameVoicesSection } from './SameVoicesSection';
import { SCROLL_CONTAINER_ATTRIBUTE } from './scroll';
import { SidebarHeader } from './SidebarHeader';
import { StatementSection } from './StatementSection';
import { VerificationSection, VerificationTally } from './VerificationSection';

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
  collapsed: boolean;
  /** The user's own highlights on this page; their section shows when there is at least one. */
  highlights?: HighlightsModel;
  /** What the highlights' buttons do; without it they are listed read-only. */
  highlightActions?: HighlightActions;
}

export function Sidebar({
  report,
  focusedQuoteId,
  onShowInPage,
  onCollapse,
  onDismiss,
  collapsed,
  onCapture,
  highlights,
  highlightActions,
}: SidebarProps) {
  const bodyId = useId();
  const { recognised, found } = report;
  const counterparts = nonEmptyCounterparts(report.counterparts);
  const voices = nonEmptyVoices(report.sameVoices);
  // The user's own highlights count as something known, even before the page has anchored them.
  const ownHighlights = Math.max(highlights?.items.length ?? 0, report.highlights.length);
  const empty =
    !recognised && found.length === 0 && counterparts.length === 0 && voices.length === 0 && ownHighlights === 0;
  const scrollContainer = { [SCROLL_CONTAINER_ATTRIBUTE]: '' };

  return (
    <aside
      role="complementary"
      aria-label="Policy Lens"
      lang="en-GB"
      dir="ltr"
      className={collapsed ? 'pl-root pl-root--collapsed' : 'pl-root'}
    >
      <SidebarHeader collapsed={collapsed} controls={bodyId} onCollapse={onCollapse} onDismiss={onDismiss} />
      <div id={bodyId} className="pl-body" hidden={collapsed} {...scrollContainer}>
        {report.verification && <VerificationTally verification={report.verification} />}
        {recognised && <StatementSection recognised={recognised} />}
        {report.verification && <VerificationSection verification={report.verification} onShowInPage={onShowInPage} />}
        {found.length > 0 && (
          <FoundQuotesSection
            found={found}
            pageStatementId={recognised?.statement.id}
            focusedQuoteId={focusedQuoteId}
            onShowInPage={onShowInPage}
          />
        )}
        {highlights && (
          <HighlightsSection highlights={highlights} actions={highlightActions} focusedId={focusedQuoteId} />
        )}
        {counterparts.length > 0 && <CounterpartsSection groups={counterparts} />}
        {voices.length > 0 && <SameVoicesSection voices={voices} />}
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
