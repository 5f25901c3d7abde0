// @vitest-environment happy-dom
// The capture page on the real database code (fake-indexeddb) with the bundled corpus:
// a page with no quotation is no dead end, each problem is shown beside its field, and
// a capture that is gone says so.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '@/lib/corpus/bundled-corpus';
import { savePendingCapture } from '@/lib/storage/captures';
import { installCorpus } from '@/lib/storage/corpus-install';
import type { PolicyLensDb } from '@/lib/storage/db';
import { openTestDatabase } from '@/lib/storage/test-db';
import { CapturePage } from './CapturePage';

let db: PolicyLensDb;
beforeEach(async () => {
  db = openTestDatabase();
  await installCorpus(db, loadBundledCorpus());
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const TEXT = 'The council published its plan for winter today. Funding for home care rises by a tenth.';

describe('CapturePage', () => {
  it('says when no quotation was found, shows each error beside its field, and adds a pasted quote', async () => {
    const id = await savePendingCapture(db, 'https://council.example/news/winter', { title: 'Winter plan', mainText: TEXT });
    render(<CapturePage db={db} captureId={id} onSaved={async () => {}} />);
    const form = await screen.findByRole('form', { name: 'Capture' });
    expect(within(form).getByText(/No quotations were found in the page’s text/)).toBeTruthy();

    const user = userEvent.setup();
    await user.clear(within(form).getByLabelText('Title'));
    await user.click(within(form).getByRole('button', { name: 'Save statement' }));
    const title = within(form).getByLabelText('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = title.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Give the statement a title.');
    expect(within(form).getByRole('alert').textContent).toMatch(/Keep at least one quote, or add one under “Add a quote”/);

    await user.type(within(form).getByLabelText('Paste a quote'), 'Funding for home care rises by a tenth.');
    await user.click(within(form).getByRole('button', { name: 'Add quote' }));
    await waitFor(() => expect(within(form).getAllByRole('group', { name: /^Quote \d+$/ })).toHaveLength(1));
    expect(within(within(form).getByLabelText('Kind')).getByRole('option', { name: 'Press statement' })).toBeTruthy();
  });

  it('says a capture that is gone is gone, in the page shell', async () => {
    render(<CapturePage db={db} captureId="missing" onSaved={async () => {}} />);
    expect(await screen.findByText('This capture is no longer available: capture the page again.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Capture a statement' })).toBeTruthy();
  });
});
