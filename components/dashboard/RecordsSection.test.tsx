// @vitest-environment happy-dom
// Deleting and restoring records from the Dashboard, on the real database code
// (fake-indexeddb) with the bundled corpus.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBundledCorpus } from '@/lib/corpus/bundled-corpus';
import { installCorpus } from '@/lib/storage/corpus-install';
import { getQuotes, quoteCountOfVoice } from '@/lib/storage/corpus-records';
import type { PolicyLensDb } from '@/lib/storage/db';
import { openTestDatabase } from '@/lib/storage/test-db';
import { DashboardPage } from './DashboardPage';

const corpus = loadBundledCorpus();
let db: PolicyLensDb;

beforeEach(async () => {
  db = openTestDatabase();
  await installCorpus(db, corpus);
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('Records: deleting and restoring', () => {
  it('says which records refer to a person before deleting them, then restores the person', async () => {
    const user = userEvent.setup();
    const onTextsChanged = vi.fn();
    render(<DashboardPage db={db} onTextsChanged={onTextsChanged} />);
    const records = await screen.findByRole('region', { name: 'Records' });
    const speaker = corpus.people.find((p) => corpus.quotes.some((q) => q.speakerId === p.id))!;
    const quoted = corpus.quotes.filter((q) => q.speakerId === speaker.id).length;
    await user.selectOptions(within(records).getByRole('combobox', { name: 'Kind of record' }), 'people');
    await user.selectOptions(within(records).getByRole('combobox', { name: 'Record' }), speaker.id);
    await user.click(within(records).getByRole('button', { name: 'Delete person' }));

    const dialog = await within(records).findByRole('alertdialog', { name: 'Delete person' });
    expect(dialog.textContent).toContain(`${quoted} ${quoted === 1 ? 'record refers' : 'records refer'} to it; they keep the reference and show it as deleted`);
    expect(within(dialog).getAllByRole('listitem')[0]!.textContent).toMatch(/^quote “/);
    expect(await db.people.get(speaker.id)).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(async () => expect(await db.people.get(speaker.id)).toBeUndefined());
    expect(await quoteCountOfVoice(db, 'speakerId', speaker.id)).toBe(quoted);
    const deleted = await within(records).findByRole('region', { name: 'Deleted people' });
    await user.click(within(deleted).getByRole('button', { name: `Restore ${speaker.name}` }));
    await waitFor(async () => expect(await db.people.get(speaker.id)).toEqual(speaker));
    await waitFor(() => expect(within(records).queryByRole('region', { name: 'Deleted people' })).toBeNull());
  });

  it('deleting a quote rebuilds the text index, and Undo brings it back', async () => {
    const user = userEvent.setup();
    const onTextsChanged = vi.fn();
    render(<DashboardPage db={db} onTextsChanged={onTextsChanged} />);
    const records = await screen.findByRole('region', { name: 'Records' });
    const quote = corpus.quotes[0]!;
    await user.selectOptions(within(records).getByRole('combobox', { name: 'Kind of record' }), 'quotes');
    await user.selectOptions(within(records).getByRole('combobox', { name: 'Record' }), quote.id);
    await user.click(within(records).getByRole('button', { name: 'Delete quote' }));
    const dialog = await within(records).findByRole('alertdialog', { name: 'Delete quote' });
    expect(dialog.textContent).toContain('No other record refers to it.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(onTextsChanged).toHaveBeenCalledTimes(1));
    expect(await getQuotes(db, [quote.id])).toEqual([undefined]);
    await user.click(await within(records).findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getQuotes(db, [quote.id])).toEqual([quote]));
    expect(onTextsChanged).toHaveBeenCalledTimes(2);
  });
});
