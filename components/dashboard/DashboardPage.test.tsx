// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBundledCorpus } from '@/lib/corpus/bundled-corpus';
import { installCorpus } from '@/lib/storage/corpus-install';
import { getQuotes } from '@/lib/storage/corpus-records';
import type { PolicyLensDb } from '@/lib/storage/db';
import { openTestDatabase } from '@/lib/storage/test-db';
import { DashboardPage } from './DashboardPage';

let db: PolicyLensDb;

beforeEach(async () => {
  db = openTestDatabase();
  await installCorpus(db, loadBundledCorpus());
});

afterEach(() => {
  cleanup();
  db.close();
});

async function renderPage() {
  const onTextsChanged = vi.fn();
  const user = userEvent.setup();
  render(<DashboardPage db={db} onTextsChanged={onTextsChanged} />);
  await screen.findByRole('heading', { level: 2, name: 'Stance matrix' });
  return { user, onTextsChanged };
}

const section = (name: string) => screen.getByRole('region', { name });

describe('DashboardPage: stance matrix', () => {
  it('shows NHS Providers × Single accountable person for the 2022 event, and its quote in a detail panel', async () => {
    const { user } = await renderPage();
    const matrix = section('Stance matrix');
    await user.selectOptions(within(matrix).getByRole('combobox', { name: 'Policy event' }), 'joining-up-care-2022');
    const table = within(matrix).getByRole('table', { name: /Stances on Integration white paper \(2022\)/ });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers[0]).toBe('Organisation');
    expect(headers).toContain('Single accountable person');
    const row = within(table).getByRole('rowheader', { name: 'NHS Providers' }).closest('tr')!;
    const column = headers.indexOf('Single accountable person');
    const cell = within(row).getAllByRole('cell')[column - 1]!;
    const button = within(cell).getByRole('button', {
      name: 'Supportive with reservations: NHS Providers on Single accountable person',
    });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toContain('Supportive with reservations');

    // Nuffield Trust said nothing about the single accountable person.
    const nuffield = within(table).getByRole('rowheader', { name: 'Nuffield Trust' }).closest('tr')!;
    expect(within(nuffield).getAllByRole('cell')[column - 1]!.textContent).toContain('no reaction');

    await user.click(button);
    const panel = within(matrix).getByRole('region', { name: 'NHS Providers on Single accountable person' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 3 }));
    const quote = within(panel).getByRole('article', { name: 'Quote: Saffron Cordery' });
    expect(quote.textContent).toContain('Trust leaders support the ambition');
    expect(within(quote).getByRole('button', { name: 'Stance: Supportive with reservations' })).toBeTruthy();
    const link = within(quote).getByRole('link', { name: /Integration ambition welcome but a lot of detail to be resolved/ });
    expect(link.getAttribute('href')).toBe(
      'https://nhsproviders.org/news-blogs/news/integration-ambition-welcome-but-a-lot-of-detail-to-be-resolved',
    );

    await user.click(within(panel).getByRole('button', { name: 'Close details' }));
    expect(within(matrix).queryByRole('region', { name: /on Single accountable person/ })).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

describe('DashboardPage: timeline', () => {
  it('lists NHS Providers in 2021 before 2022, with stances and quotes', async () => {
    const { user } = await renderPage();
    const timeline = section('Timeline');
    await user.selectOptions(within(timeline).getByRole('combobox', { name: 'Organisation or person' }), 'organisation:nhs-providers');
    const list = within(timeline).getByRole('list', { name: 'Timeline of NHS Providers' });
    const items = within(list).getAllByRole('article');
    expect(items.map((a) => within(a).getByRole('heading', { level: 3 }).textContent)).toEqual([
      "Plans for more integration of NHS and social care to 'cut bureaucracy'",
      'All parts of the NHS need to join up to provide better care',
      'Integration ambition welcome but a lot of detail to be resolved',
    ]);
    expect(items.map((a) => a.querySelector('time')?.getAttribute('datetime'))).toEqual(['2021-02-11', '2021-02-12', '2022-02-09']);
    expect(items[0]!.textContent).toContain('Integration and innovation white paper (2021)');
    expect(items[2]!.textContent).toContain('Integration white paper (2022)');
    expect(within(items[2]!).getByRole('button', { name: 'Stance: Supportive with reservations' })).toBeTruthy();
    expect(items[2]!.textContent).toContain('Saffron Cordery');
  });

  it('lists Chris Hopson in 2021', async () => {
    const { user } = await renderPage();
    const timeline = section('Timeline');
    await user.selectOptions(within(timeline).getByRole('combobox', { name: 'Organisation or person' }), 'person:chris-hopson');
    const items = within(within(timeline).getByRole('list', { name: 'Timeline of Chris Hopson' })).getAllByRole('article');
    expect(items).toHaveLength(2);
    expect(items.every((a) => a.querySelector('time')?.getAttribute('datetime')?.startsWith('2021'))).toBe(true);
  });
});

describe('DashboardPage: search', () => {
  it("finds Cordery's quote for “pooled budgets”, quotes before statements, with a link to the source", async () => {
    const { user } = await renderPage();
    const search = section('Search');
    await user.type(within(search).getByRole('searchbox', { name: 'Search quotes, statements and highlights' }), 'Pooled Budgets');
    const results = await within(search).findByRole('list', { name: 'Search results' });
    const articles = within(results).getAllByRole('article');
    const kinds = articles.map((a) => a.getAttribute('data-result-kind'));
    expect(kinds.lastIndexOf('quote')).toBeLessThan(kinds.indexOf('statement'));
    const cordery = within(results).getByRole('article', { name: 'Saffron Cordery' });
    expect(cordery.textContent?.toLowerCase()).toContain('pooled budgets');
    expect(within(cordery).getByRole('link').getAttribute('href')).toBe(
      'https://nhsproviders.org/news-blogs/news/integration-ambition-welcome-but-a-lot-of-detail-to-be-resolved',
    );
  });
});

describe('DashboardPage: records', () => {
  it('shows an empty name error beside the name field and writes nothing', async () => {
    const { user, onTextsChanged } = await renderPage();
    const records = section('Records');
    await user.selectOptions(within(records).getByRole('combobox', { name: 'Kind of record' }), 'people');
    const before = await db.people.count();
    const form = within(records).getByRole('form', { name: 'New person' });
    await user.click(within(form).getByRole('button', { name: 'Add person' }));
    const name = within(form).getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    const errorId = name.getAttribute('aria-describedby')!;
    const error = document.getElementById(errorId)!;
    expect(error.textContent).toBe('Name is required.');
    // Beside the field: in the same field wrapper, right after the input.
    expect(name.parentElement!.contains(error)).toBe(true);
    expect(document.activeElement).toBe(name);
    expect(await db.people.count()).toBe(before);
    expect(onTextsChanged).not.toHaveBeenCalled();
  });

  it('creates a person with a unique slug id and origin user', async () => {
    const { user } = await renderPage();
    const records = section('Records');
    await user.selectOptions(within(records).getByRole('combobox', { name: 'Kind of record' }), 'people');
    const form = within(records).getByRole('form', { name: 'New person' });
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Chris Hopson');
    await user.click(within(form).getByRole('button', { name: 'Add person' }));
    await waitFor(async () => expect(await db.people.get('chris-hopson-2')).toMatchObject({ name: 'Chris Hopson', origin: 'user', roles: [] }));
    expect(await within(records).findByText('Added person “Chris Hopson”.')).toBeTruthy();
  });

  it("edits a corpus organisation's name and saves it as the user's", async () => {
    const { user, onTextsChanged } = await renderPage();
    const records = section('Records');
    await user.selectOptions(within(records).getByRole('combobox', { name: 'Record' }), 'nuffield-trust');
    const form = within(records).getByRole('form', { name: 'Edit organisation' });
    const name = within(form).getByRole('textbox', { name: 'Name' });
    expect((name as HTMLInputElement).value).toBe('Nuffield Trust');
    await user.clear(name);
    await user.type(name, 'The Nuffield Trust');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await db.organisations.get('nuffield-trust'))?.name).toBe('The Nuffield Trust'));
    const saved = await db.organisations.get('nuffield-trust');
    expect(saved).toMatchObject({ origin: 'user', kind: 'think-tank-or-charity', aliases: ['the Nuffield Trust'] });
    expect(saved!.updatedAt > saved!.createdAt).toBe(true);
    expect(onTextsChanged).not.toHaveBeenCalled();
    // A corpus reinstall now leaves it alone.
    await installCorpus(db, { ...loadBundledCorpus(), version: 99 });
    expect((await db.organisations.get('nuffield-trust'))?.name).toBe('The Nuffield Trust');
  });

  it('saves an edited quote and asks for the text index to be rebuilt; topic errors are shown by the topics', async () => {
    const { user, onTextsChanged } = await renderPage();
    const records = section('Records');
    await user.selectOptions(within(records).getByRole('combobox', { name: 'Kind of record' }), 'quotes');
    await user.selectOptions(within(records).getByRole('combobox', { name: 'Record' }), 'q-edwards-2022-1');
    const form = within(records).getByRole('form', { name: 'Edit quote' });
    const topics = within(form).getByRole('group', { name: 'Topics' });
    for (const box of within(topics).getAllByRole('checkbox')) if ((box as HTMLInputElement).checked) await user.click(box);
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(within(topics).getByText('Choose at least one of the topics.')).toBeTruthy());
    expect(onTextsChanged).not.toHaveBeenCalled();
    await user.click(within(topics).getByRole('checkbox', { name: 'Funding' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Stance' }), 'mixed');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onTextsChanged).toHaveBeenCalledTimes(1));
    expect((await getQuotes(db, ['q-edwards-2022-1']))[0]).toMatchObject({ stance: 'mixed', topicIds: ['funding'], origin: 'user' });
  });
});
