// @vitest-environment happy-dom
// The Sidebar with the user's own highlights: where their section goes, and pages the
// extension knows nothing about except the user's highlights.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HighlightActions, HighlightsModel } from '@/lib/highlights-view';
import type { PageReport } from '@/lib/page-report';
import type { Verification } from '@/lib/verify/verification';
import { lbcReport } from '../../test-support/sidebar/fixtures';
import { hopsonHighlight, model, orphanHighlight } from '../../test-support/sidebar/highlight-fixtures';
import { Sidebar, type SidebarProps } from './Sidebar';

afterEach(cleanup);

const unknownPage: PageReport = { found: [], counterparts: [], sameVoices: [], highlights: [] };

const actions: HighlightActions = {
  onShowHighlight: () => undefined,
  onUpdate: () => Promise.resolve(),
  onDelete: () => Promise.resolve(),
  onUndoDelete: () => Promise.resolve(),
  onCreatePerson: (name) => Promise.resolve({ id: 'p', name }),
  onCreateOrganisation: (name) => Promise.resolve({ id: 'o', name }),
};

function renderSidebar(report: PageReport, highlights?: HighlightsModel, overrides: Partial<SidebarProps> = {}) {
  const props: SidebarProps = {
    report,
    focusedQuoteId: null,
    onShowInPage: vi.fn(),
    onCollapse: vi.fn(),
    onDismiss: vi.fn(),
    collapsed: false,
    highlights,
    highlightActions: highlights ? actions : undefined,
    ...overrides,
  };
  return render(<Sidebar {...props} />);
}

const sectionTitles = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('Sidebar with highlights', () => {
  it('shows "Your highlights" after the quotes on this page and the counterpart reactions', () => {
    renderSidebar(lbcReport, model);
    const titles = sectionTitles();
    expect(titles.indexOf('Counterpart reactions')).toBe(titles.indexOf('Quotes on this page') + 1);
    expect(titles.indexOf('Your highlights')).toBe(titles.indexOf('Counterpart reactions') + 1);
    expect(screen.getByRole('region', { name: 'Your highlights' })).toBeTruthy();
  });

  it('leaves the section out without highlights, and keeps the colleague-era props working', () => {
    renderSidebar(lbcReport, { ...model, items: [] });
    expect(screen.queryByRole('region', { name: 'Your highlights' })).toBeNull();
    cleanup();
    renderSidebar(lbcReport);
    expect(screen.queryByRole('region', { name: 'Your highlights' })).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows a page known only for the user’s highlights, without "Nothing is known"', () => {
    renderSidebar({ ...unknownPage, highlights: [hopsonHighlight, orphanHighlight] }, model);
    expect(screen.queryByText('Nothing is known about this page yet.')).toBeNull();
    expect(sectionTitles()).toEqual(['Your highlights']);
    expect(within(screen.getByRole('region', { name: 'Your highlights' })).getAllByRole('article')).toHaveLength(3);
  });

  it('does not say "Nothing is known" while the highlights of the report are still being anchored', () => {
    renderSidebar({ ...unknownPage, highlights: [hopsonHighlight] });
    expect(screen.queryByText('Nothing is known about this page yet.')).toBeNull();
  });

  it('does not say "Nothing is known" on a page known only for its checks (a known person quoted with words the corpus lacks)', () => {
    const unsourced: Verification = {
      id: 'quotation-0',
      status: 'unsourced',
      senseChanged: false,
      ranges: [{ start: 0, end: 20 }],
      asQuoted: 'words the corpus does not hold',
      attributedTo: { name: 'Simon Stevens', personId: 'simon-stevens' },
      changes: [],
      elisions: [],
      checked: { scope: 'all', statements: 2 },
      explanation: 'Attributed here to Simon Stevens; none of his 2 statements holds these words.',
    };
    renderSidebar({ ...unknownPage, verification: [unsourced] }, { ...model, items: [] });
    expect(screen.queryByText('Nothing is known about this page yet.')).toBeNull();
    expect(screen.getByText(/none of his 2 statements/)).toBeTruthy();
  });

  it('still says "Nothing is known" on a page with nothing at all', () => {
    renderSidebar(unknownPage, { ...model, items: [] });
    expect(screen.getByText('Nothing is known about this page yet.')).toBeTruthy();
  });

  it('focuses a highlight picked in the page through focusedQuoteId', () => {
    const { rerender } = renderSidebar(lbcReport, model);
    rerender(
      <Sidebar
        report={lbcReport}
        focusedQuoteId="hl-hopson"
        onShowInPage={() => undefined}
        onCollapse={() => undefined}
        onDismiss={() => undefined}
        collapsed={false}
        highlights={model}
        highlightActions={actions}
      />,
    );
    const card = document.activeElement as HTMLElement;
    expect(card.dataset.highlightId).toBe('hl-hopson');
    expect(card.getAttribute('aria-current')).toBe('true');
  });
});
