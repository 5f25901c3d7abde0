// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotation, annotations, organisations, people } from '../../test-support/highlights/fixtures';
import type { Annotation } from '@/lib/schema';
import type { PolicyLensDb } from '@/lib/storage/db';
import { openTestDatabase } from '@/lib/storage/test-db';
import { HighlightsPage, STATUS_TIMEOUT_MS, type HighlightsPageProps } from './HighlightsPage';

let db: PolicyLensDb;



beforeEach(async () => {
  db = openTestDatabase();
  await db.people.bulkAdd(people);
  await db.organisations.bulkAdd(organisations);
});

afterEach(() => {
  cleanup();
  db.close();
});

async function renderPage(seed: Annotation[] = annotations, overrides: Partial<HighlightsPageProps> = {}) {
  await db.annotations.bulkAdd(seed);
  const onOpen = vi.fn();
  const user = userEvent.setup();
  render(<HighlightsPage db={db} onOpen={onOpen} {...overrides} />);
  if (seed.length > 0) await screen.findAllByRole('article');
  else await screen.findByText(/No highlights yet/);
  return { onOpen, user };
}

const searchBox = () => screen.getByRole('searchbox', { name: 'Search highlights' });
const cards = () => screen.queryAllByRole('article');
/** The highlighted text of each card shown, in order. */
const shownIds = () => cards().map((card) => card.getAttribute('data-highlight-id'));
const card = (id: string) => cards().find((c) => c.getAttribute('data-highlight-id') === id)!;
const count = () => screen.getByText(/highlights? (saved|match)?|^\d+ highlights?$/, { selector: '.hl-count' });

describe('HighlightsPage: structure', () => {
  it('has a banner, a main landmark, a search landmark, and headings', async () => {
    await renderPage();
    expect(screen.getByRole('banner')).toBeTruthy();
    const main = screen.getByRole('main');
    const search = within(main).getByRole('search', { name: 'Highlights' });
    expect(screen.getByRole('heading', { level: 1, name: 'Highlights' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Saved highlights' })).toBeTruthy();
    expect(within(search).getByRole('searchbox', { name: 'Search highlights' }).getAttribute('type')).toBe('search');
    expect(within(search).getByRole('group', { name: 'Filters' })).toBeTruthy();
    for (const name of ['Site', 'Tag', 'Speaker', 'Organisation', 'Stance']) {
      expect(within(search).getByRole('combobox', { name })).toBeTruthy();
    }
    expect(within(search).getByLabelText('Saved from').getAttribute('type')).toBe('date');
    expect(within(search).getByLabelText('Saved to').getAttribute('type')).toBe('date');
    expect(within(search).getByRole('button', { name: 'Clear filters' })).toBeTruthy();
  });

  it('lists every highlight newest first, with a polite result count', async () => {
    await renderPage();
    expect(shownIds()).toEqual(['hl-councils', 'hl-workforce', 'hl-integration', 'hl-hopson']);
    const counter = count();
    expect(counter.textContent).toBe('4 highlights');
    expect(counter.getAttribute('aria-live')).toBe('polite');
  });

  it('shows on each card the text, note, tags, attribution, stance, page title, site and date', async () => {
    await renderPage();
    const c = within(card('hl-integration'));
    expect(card('hl-integration').getAttribute('aria-labelledby')).toBeTruthy();
    expect(c.getByRole('heading', { level: 3, name: 'NHS Providers responds to the white paper' })).toBeTruthy();
    expect(c.getByText('Integration is not a panacea, but it is the right direction of travel.')).toBeTruthy();
    expect(c.getByText('Key line for the briefing')).toBeTruthy();
    const tags = c.getByRole('list', { name: 'Tags' });
    expect(within(tags).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['integration', 'Briefing']);
    expect(c.getByText('Saffron Cordery')).toBeTruthy();
    expect(c.getByText('NHS Providers')).toBeTruthy();
    expect(c.getByRole('button', { name: 'Stance: Supportive with reservations' })).toBeTruthy();
    expect(c.getByText('nhsproviders.org')).toBeTruthy();
    const time = card('hl-integration').querySelector('time')!;
    expect(time.getAttribute('dateTime')).toBe('2024-03-01');
    expect(time.textContent).toBe('1 March 2024');
    expect(c.getByRole('button', { name: /^Open at its place/ })).toBeTruthy();
    expect(c.getByRole('button', { name: /^Delete highlight “Integration is not a panacea/ })).toBeTruthy();
  });

  it('leaves out what a highlight does not have', async () => {
    await renderPage();
    const c = within(card('hl-hopson'));
    expect(c.queryByText('Organisation')).toBeNull();
    expect(c.queryByRole('button', { name: /^Stance/ })).toBeNull();
    expect(c.queryByText(/^Note/)).toBeNull();
  });

  it('says how to save a highlight when there are none', async () => {
    await renderPage([]);
    expect(screen.getByText('No highlights yet: select text on any page and choose Save quote.')).toBeTruthy();
    expect(cards()).toHaveLength(0);
    expect(count().textContent).toBe('No highlights saved');
  });
});

describe('HighlightsPage: search and filters', () => {
  it('filters the list as the user types, accents and case aside', async () => {
    const { user } = await renderPage();
    await user.type(searchBox(), 'INTEGRATION');
    expect(shownIds()).toEqual(['hl-councils', 'hl-integration']);
    expect(count().textContent).toBe('2 of 4 highlights match');
    await user.type(searchBox(), ' sinead');
    expect(shownIds()).toEqual(['hl-councils']);
    expect(count().textContent).toBe('1 of 4 highlights match');
  });

  it('says when nothing matches and offers to clear search and filters', async () => {
    const { user } = await renderPage();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stance' }), 'critical');
    await user.type(searchBox(), 'zebra');
    expect(cards()).toHaveLength(0);
    expect(screen.getByText('No highlights match.')).toBeTruthy();
    expect(count().textContent).toBe('0 of 4 highlights match');
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(shownIds()).toHaveLength(4);
    expect((searchBox() as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('combobox', { name: 'Stance' }) as HTMLSelectElement).value).toBe('');
    expect(document.activeElement).toBe(searchBox());
  });

  it('offers each filter value with its count', async () => {
    await renderPage();
    const options = (name: string) =>
      within(screen.getByRole('combobox', { name }))
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(options('Site')).toEqual(['Any site', 'kingsfund.org.uk (1)', 'local.gov.uk (1)', 'nhsproviders.org (2)']);
    expect(options('Tag')).toEqual(['Any tag', 'Briefing (2)', 'integration (2)', 'local government (1)', 'workforce (1)']);
    expect(options('Speaker')).toEqual(['Any speaker', 'Chris Hopson (1)', 'Saffron Cordery (1)', 'Sinéad O’Neill (1)']);
    expect(options('Stance')).toEqual(['Any stance', 'Supportive with reservations (1)', 'Mixed (1)', 'Critical (1)']);
  });

  it('narrows the list with a filter, and with two filters together', async () => {
    const { user } = await renderPage();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Site' }), 'nhsproviders.org');
    expect(shownIds()).toEqual(['hl-integration', 'hl-hopson']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaker' }), 'chris-hopson');
    expect(shownIds()).toEqual(['hl-hopson']);
  });

  it('filters by tag, organisation and stance', async () => {
    const { user } = await renderPage();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'Briefing');
    expect(shownIds()).toEqual(['hl-integration', 'hl-hopson']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organisation' }), 'kings-fund');
    expect(shownIds()).toEqual(['hl-workforce']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organisation' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stance' }), 'mixed');
    expect(shownIds()).toEqual(['hl-councils']);
  });

  it('filters by the date saved, and flags a reversed range', async () => {
    await renderPage();
    fireEvent.change(screen.getByLabelText('Saved from'), { target: { value: '2024-03-01' } });
    expect(shownIds()).toEqual(['hl-councils', 'hl-workforce', 'hl-integration']);
    fireEvent.change(screen.getByLabelText('Saved to'), { target: { value: '2024-03-05' } });
    expect(shownIds()).toEqual(['hl-workforce', 'hl-integration']);
    expect(screen.queryByText(/is before “Saved from”/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Saved to'), { target: { value: '2024-02-01' } });
    expect(cards()).toHaveLength(0);
    const to = screen.getByLabelText('Saved to');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(to.getAttribute('aria-describedby')!)!.textContent).toMatch(/is before “Saved from”/);
  });

  it('"Clear filters" resets every filter and keeps the search text', async () => {
    const { user } = await renderPage();
    await user.type(searchBox(), 'integration');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stance' }), 'mixed');
    fireEvent.change(screen.getByLabelText('Saved from'), { target: { value: '2024-03-01' } });
    expect(shownIds()).toEqual(['hl-councils']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(shownIds()).toEqual(['hl-councils', 'hl-integration']);
    expect((searchBox() as HTMLInputElement).value).toBe('integration');
    expect((screen.getByRole('combobox', { name: 'Stance' }) as HTMLSelectElement).value).toBe('');
    expect((screen.getByLabelText('Saved from') as HTMLInputElement).value).toBe('');
  });

  it('can be driven from the keyboard: Tab reaches the page links, the search box and the filters in order', async () => {
    const { user } = await renderPage();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Highlights' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Dashboard' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Capture' }));
    await user.tab();
    expect(document.activeElement).toBe(searchBox());
    await user.keyboard('workforce');
    expect(shownIds()).toEqual(['hl-workforce']);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Site' }));
  });
});

describe('HighlightsPage: open, delete and undo', () => {
  it('"Open at its place" calls onOpen with that highlight', async () => {
    const { user, onOpen } = await renderPage();
    await user.click(within(card('hl-workforce')).getByRole('button', { name: /^Open at its place/ }));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen).toHaveBeenCalledWith(annotations.find((a) => a.id === 'hl-workforce'));
  });

  it('says so when opening fails', async () => {
    const onOpen = vi.fn().mockRejectedValue(new Error('No tab for you'));
    const { user } = await renderPage(annotations, { onOpen });
    await user.click(within(card('hl-workforce')).getByRole('button', { name: /^Open at its place/ }));
    expect((await screen.findByRole('status')).textContent).toContain('Could not open the page: No tab for you');
  });

  it('deletes a highlight, leaving a tombstone, and Undo brings it back as it was', async () => {
    const { user } = await renderPage();
    await user.click(within(card('hl-workforce')).getByRole('button', { name: /^Delete/ }));
    await waitFor(() => expect(shownIds()).toEqual(['hl-councils', 'hl-integration', 'hl-hopson']));
    expect(await db.annotations.get('hl-workforce')).toBeUndefined();
    expect(await db.deletions.get(['annotations', 'hl-workforce'])).toBeTruthy();
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Highlight deleted: “Without a funded workforce plan');
    const undo = within(status).getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    expect(count().textContent).toBe('3 highlights');

    await user.click(undo);
    await waitFor(() => expect(shownIds()).toEqual(['hl-councils', 'hl-workforce', 'hl-integration', 'hl-hopson']));
    expect(await db.annotations.get('hl-workforce')).toEqual(annotations.find((a) => a.id === 'hl-workforce'));
    expect(await db.deletions.get(['annotations', 'hl-workforce'])).toBeUndefined();
    expect(status.textContent).toContain('Highlight restored');
    expect(within(status).queryByRole('button', { name: 'Undo' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(card('hl-workforce')));
  });

  it('deletes from the keyboard and undoes with Enter', async () => {
    const { user } = await renderPage();
    within(card('hl-hopson')).getByRole('button', { name: /^Delete/ }).focus();
    await user.keyboard('{Enter}');
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(shownIds()).not.toContain('hl-hopson');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(shownIds()).toContain('hl-hopson'));
  });

  it('shows the empty state after deleting the last highlight, and Undo restores it', async () => {
    const { user } = await renderPage([annotations[0]!]);
    await user.click(screen.getByRole('button', { name: /^Delete/ }));
    await screen.findByText(/No highlights yet/);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(shownIds()).toEqual(['hl-integration']));
  });

  it('offers Undo for 10 seconds by default', () => {
    expect(STATUS_TIMEOUT_MS).toBe(10_000);
  });

  it('takes the Undo message away after the timeout, but not while it has focus', async () => {
    const { user } = await renderPage(annotations, { statusTimeoutMs: 40 });
    await user.click(within(card('hl-workforce')).getByRole('button', { name: /^Delete/ }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await act(() => new Promise((resolve) => setTimeout(resolve, 120)));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    await user.click(searchBox());
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('');
    expect(await db.annotations.get('hl-workforce')).toBeUndefined();
  });

  it('keeps a chosen filter value when its last highlight is deleted', async () => {
    const { user } = await renderPage();
    const tag = screen.getByRole('combobox', { name: 'Tag' }) as HTMLSelectElement;
    await user.selectOptions(tag, 'workforce');
    await user.click(within(card('hl-workforce')).getByRole('button', { name: /^Delete/ }));
    await screen.findByText('No highlights match.');
    expect(tag.value).toBe('workforce');
    expect(within(tag).getByRole('option', { name: 'workforce (0)' })).toBeTruthy();
  });
});

describe('HighlightsPage: live updates', () => {
  it('shows a highlight saved elsewhere as soon as it is in the database', async () => {
    await renderPage();
    await act(() =>
      db.annotations.add(
        annotation({
          id: 'hl-new',
          exact: 'A brand new quote about integration.',
          pageTitle: 'Fresh news',
          url: 'https://example.org/fresh',
          createdAt: '2024-04-01T12:00:00.000Z',
        }),
      ),
    );
    await waitFor(() => expect(shownIds()[0]).toBe('hl-new'));
    expect(count().textContent).toBe('5 highlights');
    expect(within(screen.getByRole('combobox', { name: 'Site' })).getByRole('option', { name: 'example.org (1)' })).toBeTruthy();
  });

  it('applies the current search to highlights that arrive, and drops ones deleted elsewhere', async () => {
    const { user } = await renderPage();
    await user.type(searchBox(), 'integration');
    await act(() => db.annotations.add(annotation({ id: 'hl-other', exact: 'Nothing relevant.', createdAt: '2024-04-01T12:00:00.000Z' })));
    await act(() => db.annotations.add(annotation({ id: 'hl-match', exact: 'More integration.', createdAt: '2024-04-02T12:00:00.000Z' })));
    await waitFor(() => expect(shownIds()).toEqual(['hl-match', 'hl-councils', 'hl-integration']));
    await act(() => db.annotations.delete('hl-councils'));
    await waitFor(() => expect(shownIds()).toEqual(['hl-match', 'hl-integration']));
    expect(count().textContent).toBe('2 of 5 highlights match');
  });

  it('follows edits made elsewhere: a renamed speaker and a changed note', async () => {
    await renderPage();
    await act(() => db.people.update('chris-hopson', { name: 'Christopher Hopson' }));
    await act(() => db.annotations.update('hl-hopson', { note: 'Edited in the sidebar' }));
    // Two writes, so possibly two renders: wait for the page to show both.
    await waitFor(() => {
      expect(within(card('hl-hopson')).getByText('Christopher Hopson')).toBeTruthy();
      expect(within(card('hl-hopson')).getByText('Edited in the sidebar')).toBeTruthy();
    });
  });
});
