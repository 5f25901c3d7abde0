// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '@/lib/page-report';
import { stanceDefinition } from '@/lib/stances';
import {
  corderyStatement,
  edwardsStatement,
  event2021,
  event2022,
  hopsonCopyReport,
  hopsonOpinion,
  hostileReport,
  HOSTILE_TEXT,
  lbcReport,
  lbcStatement,
  quotes,
  taylorReport,
} from '../../test-support/sidebar/fixtures';
import { scrollIntoViewWithin } from './scroll';
import { Sidebar, type SidebarProps } from './Sidebar';

afterEach(cleanup);

function renderSidebar(report: PageReport, overrides: Partial<SidebarProps> = {}) {
  const props: SidebarProps = {
    report,
    focusedQuoteId: null,
    onShowInPage: vi.fn(),
    onCollapse: vi.fn(),
    onDismiss: vi.fn(),
    collapsed: false,
    ...overrides,
  };
  const result = render(<Sidebar {...props} />);
  return { ...result, props, user: userEvent.setup() };
}

/** The owner's side of collapsing: flips `collapsed` when the sidebar asks. */
function CollapsibleSidebar({ report }: { report: PageReport }) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Sidebar
      report={report}
      focusedQuoteId={null}
      onShowInPage={() => undefined}
      onCollapse={() => setCollapsed((was) => !was)}
      onDismiss={() => undefined}
      collapsed={collapsed}
    />
  );
}

const sidebar = () => screen.getByRole('complementary', { name: 'Policy Lens' });
const region = (name: string) => screen.getByRole('region', { name });
const card = (name: string) => within(region('Quotes on this page')).getByRole('article', { name });
/** Unfolds every speaker's row of a long list of quotes, as a user does with "Show all quotes". */
const showAllQuotes = () => fireEvent.click(screen.getByRole('button', { name: 'Show all quotes' }));

describe('Sidebar landmark and header', () => {
  it('is a complementary landmark named Policy Lens, with the product name, Collapse and Dismiss', () => {
    renderSidebar(lbcReport);
    const aside = sidebar();
    expect(aside.tagName).toBe('ASIDE');
    expect(within(aside).getByText('Policy Lens')).toBeTruthy();
    const collapse = within(aside).getByRole('button', { name: 'Collapse' });
    expect(collapse.getAttribute('aria-expanded')).toBe('true');
    expect(within(aside).getByRole('button', { name: 'Dismiss for this page' })).toBeTruthy();
  });

  it('starts the tab order at the header: Collapse, Dismiss and the section links, then the content', async () => {
    const { user } = renderSidebar(lbcReport);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Collapse' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Dismiss for this page' }));
    // Then the section links, which stay in the header.
    for (const name of ['Quotes', 'Reactions', 'Same voices']) {
      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole('link', { name }));
    }
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: /^Integration and innovation white paper \(2021\)/ }));
  });

  it('collapses to the header alone, sets aria-expanded, and expands again, by mouse or keyboard', async () => {
    const user = userEvent.setup();
    render(<CollapsibleSidebar report={lbcReport} />);
    await user.click(screen.getByRole('button', { name: 'Collapse' }));

    const expand = screen.getByRole('button', { name: 'Expand' });
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(expand.getAttribute('aria-controls')!)?.hidden).toBe(true);
    expect(screen.queryByRole('heading', { name: lbcStatement.title })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Quotes on this page' })).toBeNull();
    // Still there, still reachable: the landmark, its name and both header buttons.
    expect(sidebar()).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dismiss for this page' })).toBeTruthy();

    expand.focus();
    await user.keyboard('{Enter}');
    const collapse = screen.getByRole('button', { name: 'Collapse' });
    expect(collapse.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('heading', { name: lbcStatement.title })).toBeTruthy();
  });

  it('reports Collapse and Dismiss to its owner', async () => {
    const { user, props } = renderSidebar(lbcReport);
    await user.click(screen.getByRole('button', { name: 'Dismiss for this page' }));
    expect(props.onDismiss).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Collapse' }));
    expect(props.onCollapse).toHaveBeenCalledTimes(1);
    expect(props.onShowInPage).not.toHaveBeenCalled();
  });
});

describe('the recognised statement', () => {
  it('has the statement title as the first heading, an h2', () => {
    renderSidebar(lbcReport);
    const heading = screen.getByRole('heading', { level: 2, name: lbcStatement.title });
    expect(sidebar().querySelector('h1, h2, h3')).toBe(heading);
    expect(region(lbcStatement.title)).toBeTruthy();
  });

  it('shows publisher, a readable date, the kind, how it was recognised and the event it answers', () => {
    renderSidebar(lbcReport);
    const statement = region(lbcStatement.title);
    const text = statement.textContent;
    expect(text).toContain('LBC');
    expect(text).toContain('11 February 2021');
    expect(text).toContain('News report');
    expect(text).toContain('Recognised by its address');
    const eventLink = within(statement).getByRole('link', { name: /^Integration and innovation white paper \(2021\)/ });
    expect(eventLink.getAttribute('href')).toBe(event2021.url);
    expect(eventLink.getAttribute('target')).toBe('_blank');
    expect(eventLink.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('lists the speakers with role and organisation, and an organisation speaking alone', () => {
    renderSidebar(lbcReport);
    const items = within(screen.getByRole('list', { name: 'Speakers' })).getAllByRole('listitem');
    const lines = items.map((li) => li.textContent);
    expect(lines).toContain('Chris Hopson — Chief executive, NHS Providers');
    expect(lines).toContain('Jennifer Dixon — Chief executive, The Health Foundation');
    expect(lines).toContain('Matt Hancock — Secretary of State for Health and Social Care, Department of Health and Social Care');
    expect(lines).toContain('Department of Health and Social Care');
    expect(items).toHaveLength(7);
  });

  it('says when the text was matched, how closely, who first published it, and links the original', () => {
    renderSidebar(hopsonCopyReport);
    const statement = region(hopsonOpinion.title);
    expect(statement.textContent).toContain('NHS Providers, first published by The Guardian');
    expect(statement.textContent).toContain('12 February 2021');
    expect(statement.textContent).toContain('Opinion piece');
    expect(statement.textContent).toContain('Same text as the known statement, 87% similar');
    const original = within(statement).getByRole('link', { name: /^read the original/ });
    expect(original.getAttribute('href')).toBe(hopsonOpinion.url);
  });
});

describe('quotes on this page', () => {
  it('folds a long list into one row per speaker, in page order, with the count and stances visible', () => {
    renderSidebar(lbcReport);
    const section = region('Quotes on this page');
    const rows = [...section.querySelectorAll('.pl-speaker-group')];
    const names = [
      'Matt Hancock',
      'Department of Health and Social Care',
      'Simon Stevens',
      'Chris Hopson',
      'Jennifer Dixon',
      'Jonathan Ashworth',
      'Chaand Nagpaul',
    ];
    expect(rows.map((r) => r.querySelector('.pl-disclosure__label')?.textContent)).toEqual(names);
    expect(rows[4]!.querySelector('.pl-speaker-group__stances')?.textContent).toBe('Mixed');
    // Folded: no card is shown until a row, or "Show all quotes", opens it; past the third
    // speaker, rows wait behind "Show 4 more speakers", which then gives the focus to the first.
    expect(within(section).queryAllByRole('article')).toEqual([]);
    expect(rows.map((r) => (r as HTMLElement).hidden)).toEqual([false, false, false, true, true, true, true]);
    fireEvent.click(within(section).getByRole('button', { name: 'Show 4 more speakers' }));
    expect(rows.map((r) => (r as HTMLElement).hidden)).toEqual(Array(7).fill(false));
    expect(within(section).queryByRole('button', { name: /more speakers/ })).toBeNull();
    expect(document.activeElement?.textContent).toBe('Chris Hopson 1 quote');
    fireEvent.click(within(rows[4] as HTMLElement).getByRole('button', { name: 'Jennifer Dixon 1 quote', expanded: false }));
    expect(within(section).getAllByRole('article').map((c) => c.querySelector('h4')?.textContent)).toEqual(['Jennifer Dixon']);

    showAllQuotes();
    const cards = within(section).getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading', { level: 4 }).textContent)).toEqual(names);
    expect(within(section).getByText('7 quotes')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fold all quotes' }));
    expect(within(section).queryAllByRole('article')).toEqual([]);
  });

  it('shows every card at once on a page with a few quotes', () => {
    renderSidebar(taylorReport);
    expect(within(region('Quotes on this page')).getAllByRole('article')).toHaveLength(taylorReport.found.length);
    expect(screen.queryByRole('button', { name: 'Show all quotes' })).toBeNull();
  });

  it("shows the speaker's role and organisation, the quote and topic chips", () => {
    renderSidebar(lbcReport);
    showAllQuotes();
    const dixon = card('Jennifer Dixon');
    expect(within(dixon).getByText('Chief executive, The Health Foundation')).toBeTruthy();
    expect(dixon.querySelector('blockquote')?.textContent).toBe(quotes.dixon.text);
    const chips = within(within(dixon).getByRole('list', { name: 'Topics' })).getAllByRole('listitem');
    expect(chips.map((c) => c.textContent)).toEqual([
      'Integrated care and collaboration',
      'Powers of the Secretary of State',
      'Patient care and outcomes',
    ]);
  });

  it("gives each stance badge its label as name and the stance's definition as description", () => {
    renderSidebar(lbcReport);
    showAllQuotes();
    const mixed = stanceDefinition('mixed');
    const badge = within(card('Jennifer Dixon')).getByRole('button', { name: 'Stance: Mixed', description: mixed.definition });
    expect(badge.className).toContain('pl-stance--mixed');
    const tooltip = document.getElementById(badge.getAttribute('aria-describedby')!)!;
    expect(tooltip.getAttribute('role')).toBe('tooltip');
    expect(tooltip.textContent).toBe(mixed.definition);

    const opposed = stanceDefinition('opposed');
    expect(
      within(card('Jonathan Ashworth')).getByRole('button', { name: 'Stance: Opposed', description: opposed.definition }),
    ).toBeTruthy();
  });

  it('shows the definition on hover and on keyboard focus, and hides it on Escape', async () => {
    const { user } = renderSidebar(lbcReport);
    showAllQuotes();
    const badge = within(card('Chaand Nagpaul')).getByRole('button', { name: 'Stance: Critical' });
    const tooltip = document.getElementById(badge.getAttribute('aria-describedby')!)!;
    expect(tooltip.dataset.state).toBe('closed');

    await user.hover(badge);
    expect(tooltip.dataset.state).toBe('open');
    await user.unhover(badge);
    expect(tooltip.dataset.state).toBe('closed');

    // Reach the badge by keyboard: tab from the card's heading area until it is focused.
    const previous = within(card('Chaand Nagpaul')).getByRole('heading');
    previous.closest('article')!.focus();
    await user.tab();
    expect(document.activeElement).toBe(badge);
    expect(tooltip.dataset.state).toBe('open');
    await user.keyboard('{Escape}');
    expect(tooltip.dataset.state).toBe('closed');
    await user.tab();
    expect(tooltip.dataset.state).toBe('closed');
  });

  it('calls onShowInPage with the quote id', async () => {
    const { user, props } = renderSidebar(lbcReport);
    showAllQuotes();
    await user.click(within(card('Jennifer Dixon')).getByRole('button', { name: /^Show in page/ }));
    expect(props.onShowInPage).toHaveBeenCalledWith('q-dixon-2021-1');
    await user.click(within(card('Department of Health and Social Care')).getByRole('button', { name: /^Show in page/ }));
    expect(props.onShowInPage).toHaveBeenLastCalledWith('q-dhsc-2021-1');
    expect(props.onShowInPage).toHaveBeenCalledTimes(2);
  });

  it('marks and focuses the card of focusedQuoteId, and moves when it changes', () => {
    const { props, rerender } = renderSidebar(lbcReport);
    expect(within(region('Quotes on this page')).queryAllByRole('article', { current: true })).toHaveLength(0);

    rerender(<Sidebar {...props} focusedQuoteId="q-dixon-2021-1" />);
    const dixon = card('Jennifer Dixon');
    expect(document.activeElement).toBe(dixon);
    expect(dixon.getAttribute('aria-current')).toBe('true');
    expect(dixon.className).toContain('pl-card--focused');

    rerender(<Sidebar {...props} focusedQuoteId="q-ashworth-2021-1" />);
    const ashworth = card('Jonathan Ashworth');
    expect(document.activeElement).toBe(ashworth);
    expect(dixon.getAttribute('aria-current')).toBeNull();
    expect(within(region('Quotes on this page')).getAllByRole('article', { current: true })).toEqual([ashworth]);

    // A second click on the same highlight: the owner commits null, then the id again.
    screen.getByRole('button', { name: 'Collapse' }).focus();
    rerender(<Sidebar {...props} focusedQuoteId={null} />);
    rerender(<Sidebar {...props} focusedQuoteId="q-ashworth-2021-1" />);
    expect(document.activeElement).toBe(ashworth);
  });

  it('focuses the card when the sidebar is expanded in the same update', () => {
    const { props, rerender } = renderSidebar(lbcReport, { collapsed: true });
    rerender(<Sidebar {...props} collapsed={false} focusedQuoteId="q-stevens-2021-1" />);
    expect(document.activeElement).toBe(card('Simon Stevens'));
  });

  it('truncates a long quote at a word and toggles the full text', async () => {
    const { user } = renderSidebar(lbcReport);
    showAllQuotes();
    const hancock = card('Matt Hancock');
    const quote = hancock.querySelector('blockquote')!;
    expect(quote.textContent!.endsWith('…')).toBe(true);
    expect(quote.textContent!.length).toBeLessThan(quotes.hancockLong.text.length);
    expect(quotes.hancockLong.text.startsWith(quote.textContent!.slice(0, -1))).toBe(true);

    const toggle = within(hancock).getByRole('button', { name: 'Show full quote' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(quote.id);
    await user.click(toggle);
    expect(quote.textContent).toBe(quotes.hancockLong.text);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Show less');
    await user.click(toggle);
    expect(quote.textContent!.endsWith('…')).toBe(true);

    // A short quote has no toggle.
    expect(within(card('Jonathan Ashworth')).queryByRole('button', { name: 'Show full quote' })).toBeNull();
  });

  it('names the source of a quote from another statement, and says when it is quoted in part', () => {
    // On a copy of the op-ed itself, its quote needs no source line.
    renderSidebar(hopsonCopyReport);
    const ownCopy = card('Chris Hopson');
    expect(ownCopy.textContent).not.toContain('From ');
    const asQuoted = within(ownCopy).getByText('Quoted in part on this page (64% of its words)');
    expect(asQuoted.tagName).toBe('SUMMARY');
    expect(asQuoted.parentElement!.querySelector('blockquote')!.textContent).toBe(
      hopsonCopyReport.found[0]!.asQuoted,
    );
    cleanup();

    // On the LBC page, the op-ed's quote says where it is from; LBC's own quotes do not.
    renderSidebar({ ...lbcReport, found: [...lbcReport.found, ...hopsonCopyReport.found] });
    showAllQuotes();
    const [fromLbc, fromOpEd] = within(region('Quotes on this page')).getAllByRole('article', { name: 'Chris Hopson' });
    expect(fromLbc!.textContent).not.toContain('From ');
    expect(fromOpEd!.textContent).toContain('NHS Providers, 12 February 2021');
    const link = within(fromOpEd!).getByRole('link', { name: /^All parts of the NHS need to join up/ });
    expect(link.getAttribute('href')).toBe(hopsonOpinion.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(card('Jennifer Dixon').textContent).not.toContain('From ');
  });
});

describe('counterpart reactions', () => {
  it('groups reactions by event and topic, with counts, in closed disclosures', () => {
    renderSidebar(taylorReport);
    const section = region('Counterpart reactions');
    expect(section.querySelector('.pl-section__head')?.textContent).toBe('Counterpart reactions2 reactions');
    const event = within(section).getByRole('region', { name: event2022.shortName });
    expect(within(event).getByRole('heading', { level: 3 }).textContent).toBe(event2022.shortName);
    expect(event.textContent).toContain('2 reactions from 2 organisations, on 3 topics');

    const topicHeadings = within(event).getAllByRole('heading', { level: 4 });
    // The Funding topic has no reactions, so it is left out.
    expect(topicHeadings.map((h) => h.textContent)).toEqual([
      'Single accountable person 1 reaction',
      'Pooled budgets 2 reactions',
      'Workforce 2 reactions',
    ]);
    const toggle = within(topicHeadings[1]!).getByRole('button', { name: 'Pooled budgets 2 reactions' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(topicHeadings[1]!.parentElement!.textContent).toContain('1 Supportive with reservations · 1 Critical');
    expect(within(event).queryByRole('link', { name: /^Source/ })).toBeNull();
  });

  it('opens a topic to show each reaction with organisation, speaker, role, stance, quote and source link', async () => {
    const { user } = renderSidebar(taylorReport);
    const section = region('Counterpart reactions');
    const toggle = within(section).getByRole('button', { name: 'Pooled budgets 2 reactions' });
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const reactions = within(list).getAllByRole('listitem');
    expect(reactions).toHaveLength(2);
    const [cordery, edwards] = reactions as [HTMLElement, HTMLElement];
    expect(cordery.textContent).toContain('NHS Providers');
    expect(cordery.textContent).toContain('Saffron Cordery, Deputy chief executive');
    expect(within(cordery).getByRole('button', { name: 'Stance: Supportive with reservations' })).toBeTruthy();
    expect(edwards.textContent).toContain('Nuffield Trust');
    expect(edwards.textContent).toContain('Nigel Edwards, Chief executive');
    expect(
      within(edwards).getByRole('button', { name: 'Stance: Critical', description: stanceDefinition('critical').definition }),
    ).toBeTruthy();

    const sources = within(list).getAllByRole('link', { name: /^Source/ });
    expect(sources.map((a) => a.getAttribute('href'))).toEqual([corderyStatement.url, edwardsStatement.url]);
    for (const a of sources) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    // Long reactions are truncated too.
    expect(within(cordery).getByRole('button', { name: 'Show full quote' })).toBeTruthy();

    await user.click(toggle);
    expect(list.hidden).toBe(true);
  });

  it("groups the LBC report's counterparts from Chris Hopson's op-ed by topic", () => {
    renderSidebar(lbcReport);
    const event = within(region('Counterpart reactions')).getByRole('region', { name: event2021.shortName });
    expect(within(event).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Structures versus culture and relationships 1 reaction',
      'Powers of the Secretary of State 1 reaction',
      'Integrated care and collaboration 2 reactions',
    ]);
  });
});

describe('same voices on other events', () => {
  it("lists an organisation's statements on other events with event, date, title link and stances", () => {
    renderSidebar(lbcReport);
    const section = region('Same voices on other events');
    const voice = within(section).getByRole('heading', { level: 3, name: 'NHS Providers' });
    const statements = within(section).getByRole('list', { name: 'NHS Providers' });
    expect(voice).toBeTruthy();
    expect(statements.textContent).toContain('Integration white paper (2022)');
    expect(statements.textContent).toContain('9 February 2022');
    const link = within(statements).getByRole('link', { name: /^Integration ambition welcome/ });
    expect(link.getAttribute('href')).toBe(corderyStatement.url);
    expect(within(statements).getByRole('button', { name: 'Stance: Supportive with reservations' })).toBeTruthy();
  });
});

describe('omitted and hostile content', () => {
  it('omits empty sections', () => {
    renderSidebar(taylorReport);
    // taylorReport has a voice with no statements: no section.
    expect(screen.queryByRole('region', { name: 'Same voices on other events' })).toBeNull();

    cleanup();
    renderSidebar(hopsonCopyReport);
    expect(screen.queryByRole('region', { name: 'Counterpart reactions' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Same voices on other events' })).toBeNull();

    cleanup();
    renderSidebar(hostileReport);
    expect(screen.queryByRole('list', { name: 'Speakers' })).toBeNull();
    // No statement: the first heading is the quotes section's.
    expect(sidebar().querySelector('h1, h2, h3')?.textContent).toBe('Quotes on this page');
  });

  it('shows text that looks like HTML literally and creates no element from it', () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    renderSidebar(hostileReport);
    const aside = sidebar();
    expect(aside.querySelector('img, script, b, svg')).toBeNull();
    expect(within(aside).getByText('<svg onload=alert(3)></svg>')).toBeTruthy();
    const quote = aside.querySelector('blockquote')!;
    expect(quote.textContent).toBe(`${HOSTILE_TEXT} <b>bold</b> & "quoted"`);
    expect(quote.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(within(aside).getByText('<script>alert(2)</script>')).toBeTruthy();
    expect(alert).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('drops links whose address is not http(s)', () => {
    renderSidebar({
      ...hostileReport,
      found: hostileReport.found.map((f) => ({
        ...f,
        quote: { ...f.quote, statement: { ...f.quote.statement, url: 'javascript:alert(1)' } },
      })),
    });
    expect(sidebar().querySelector('a[href^="javascript"]')).toBeNull();
  });
});

describe('scrollIntoViewWithin', () => {
  function layout(container: HTMLElement, element: HTMLElement, c: [number, number], e: [number, number]) {
    vi.spyOn(container, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, c[0], 380, c[1] - c[0]));
    vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, e[0], 360, e[1] - e[0]));
  }

  function setup() {
    const container = document.createElement('div');
    container.setAttribute('data-pl-scroll', '');
    const element = document.createElement('article');
    container.append(element);
    document.body.append(container);
    return { container, element };
  }

  it('scrolls only the sidebar body, down to show an element below', () => {
    const { container, element } = setup();
    container.scrollTop = 100;
    layout(container, element, [50, 650], [700, 800]);
    scrollIntoViewWithin(element);
    expect(container.scrollTop).toBe(100 + (800 - 650 + 8));
    container.remove();
  });

  it('scrolls up to show an element above, and leaves a visible one alone', () => {
    const { container, element } = setup();
    container.scrollTop = 400;
    layout(container, element, [50, 650], [0, 100]);
    scrollIntoViewWithin(element);
    expect(container.scrollTop).toBe(400 - 58);
    layout(container, element, [50, 650], [200, 300]);
    scrollIntoViewWithin(element);
    expect(container.scrollTop).toBe(342);
    container.remove();
  });
});

describe('order for the job', () => {
  it('puts the quotes on this page and the counterpart reactions first, then the same voices', () => {
    renderSidebar(lbcReport);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      lbcStatement.title,
      'Quotes on this page',
      'Counterpart reactions',
      'Same voices on other events',
    ]);
  });

  it('folds a long speakers list and leaves a short one open', () => {
    renderSidebar(lbcReport);
    const fold = screen.getByRole('list', { name: 'Speakers' }).closest('details')!;
    expect(fold.open).toBe(false);
    expect(fold.querySelector('summary')?.textContent).toBe('Speakers (7)');
    cleanup();
    renderSidebar(taylorReport);
    expect(screen.getByRole('list', { name: 'Speakers' }).closest('details')).toBeNull();
  });

  it('has jump links that move the focus to each section', async () => {
    const { user } = renderSidebar(lbcReport);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Quotes', 'Reactions', 'Same voices']);
    await user.click(within(nav).getByRole('link', { name: 'Reactions' }));
    expect(document.activeElement?.contains(region('Counterpart reactions'))).toBe(true);
    await user.click(within(nav).getByRole('link', { name: 'Same voices' }));
    expect(document.activeElement?.contains(region('Same voices on other events'))).toBe(true);
  });

  it('shows each organisation and its stances on a closed counterpart topic, and the reactions once opened', async () => {
    const { user } = renderSidebar(taylorReport);
    const topic = screen.getByRole('button', { name: 'Pooled budgets 2 reactions', expanded: false }).closest('.pl-topic')!;
    const orgs = topic.querySelector('.pl-topic__orgs')!;
    expect([...orgs.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `${quotes.cordery.organisation.name} ${stanceDefinition(quotes.cordery.stance).label}`,
      `${quotes.edwards.organisation.name} ${stanceDefinition(quotes.edwards.stance).label}`,
    ]);
    expect(orgs.hasAttribute('hidden')).toBe(false);
    await user.click(within(topic as HTMLElement).getByRole('button', { name: 'Pooled budgets 2 reactions' }));
    expect(orgs.hasAttribute('hidden')).toBe(true);
  });

  it('links to the Highlights page, the Dashboard and Capture, and counts the known quotes while collapsed', async () => {
    const onOpenPage = vi.fn();
    const { user, rerender, props } = renderSidebar(lbcReport, { onOpenPage });
    const pages = screen.getByRole('navigation', { name: 'Policy Lens pages' });
    await user.click(within(pages).getByRole('button', { name: 'Highlights' }));
    await user.click(within(pages).getByRole('button', { name: 'Dashboard' }));
    await user.click(within(pages).getByRole('button', { name: 'Capture' }));
    expect(onOpenPage.mock.calls).toEqual([['/highlights.html'], ['/dashboard.html'], ['/capture.html']]);
    expect(screen.queryByText('7 known quotes')).toBeNull();
    rerender(<Sidebar {...props} collapsed />);
    expect(within(sidebar()).getByText('7 known quotes')).toBeTruthy();
  });

  it('switches between pushing the page aside and overlaying it with a toggle button, shown while expanded', async () => {
    const onDockMode = vi.fn();
    const { user, rerender, props } = renderSidebar(lbcReport, { dockMode: 'overlay', onDockMode });
    const dock = within(sidebar()).getByRole('button', { name: 'Push page' });
    expect(dock.getAttribute('aria-pressed')).toBe('false');
    await user.click(dock);
    expect(onDockMode).toHaveBeenLastCalledWith('push');
    rerender(<Sidebar {...props} dockMode="push" />);
    expect(dock.getAttribute('aria-pressed')).toBe('true');
    await user.click(dock);
    expect(onDockMode).toHaveBeenLastCalledWith('overlay');
    rerender(<Sidebar {...props} dockMode="push" collapsed />);
    expect(within(sidebar()).queryByRole('button', { name: 'Push page' })).toBeNull();
  });

  it('has no dock toggle until the mode is known', () => {
    renderSidebar(lbcReport, { onDockMode: vi.fn() });
    expect(screen.queryByRole('button', { name: 'Push page' })).toBeNull();
  });
});
