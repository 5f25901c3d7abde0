// @vitest-environment happy-dom
// The sidebar's lists that a large corpus caps (lib/storage/event-counterparts.ts,
// voice-statements.ts) say what they leave out; uncapped lists say nothing more.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '@/lib/page-report';
import { lbcReport } from '../../test-support/sidebar/fixtures';
import { Sidebar } from './Sidebar';

afterEach(cleanup);

const renderSidebar = (report: PageReport) =>
  render(<Sidebar report={report} focusedQuoteId={null} onShowInPage={vi.fn()} onCollapse={vi.fn()} onDismiss={vi.fn()} collapsed={false} />);

const region = (name: string) => screen.getByRole('region', { name });

describe('capped lists', () => {
  it('say nothing more when nothing was left out', () => {
    renderSidebar(lbcReport);
    expect(region('Counterpart reactions').textContent).not.toMatch(/not shown/);
    expect(region('Same voices on other events').textContent).not.toMatch(/not listed/);
  });

  it('say how many statements of an event and quotes of a voice they leave out', () => {
    const capped: PageReport = {
      ...lbcReport,
      counterparts: lbcReport.counterparts.map((g) => ({ ...g, moreStatements: 1234 })),
      sameVoices: lbcReport.sameVoices.map((v) => ({ ...v, moreQuotes: 5678 })),
    };
    renderSidebar(capped);
    expect(region('Counterpart reactions').textContent).toContain('1234 more statements not shown');
    const voice = lbcReport.sameVoices[0]!;
    const section = region('Same voices on other events');
    expect(within(section).getByText(new RegExp(`5678 more quotes by ${voice.name} not listed`)).textContent).toMatch(
      new RegExp(`^Newest ${voice.statements.length} statements? listed`),
    );
  });
});
