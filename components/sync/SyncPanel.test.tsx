// @vitest-environment happy-dom
// The import preview on the real database code (fake-indexeddb): an import that
// deletes the analyst's highlights says so, by count and name, and changes nothing
// until they confirm.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getQuotes, putQuotes } from '@/lib/storage/corpus-records';
import type { PolicyLensDb } from '@/lib/storage/db';
import { openTestDatabase } from '@/lib/storage/test-db';
import { serializeSyncFile } from '@/lib/sync/export';
import { applyImportText } from '@/lib/sync/apply';
import { at, highlight, quote, syncFile } from '@/test-support/sync/fixtures';
import { syncActions } from './sync-actions';
import { SyncPanel } from './SyncPanel';

let db: PolicyLensDb;

beforeEach(async () => {
  db = openTestDatabase();
  await db.annotations.bulkAdd([highlight('hl-1'), highlight('hl-2'), highlight('hl-3')]);
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('the import preview', () => {
  it('says "2 of your highlights will be deleted", names them, and writes nothing until confirmed', async () => {
    const user = userEvent.setup();
    render(<SyncPanel actions={syncActions(db, async () => {})} events={[]} />);
    const text = serializeSyncFile(
      syncFile({
        scope: { kind: 'tag', tag: 'harmless' },
        deletions: [
          { table: 'annotations', id: 'hl-1', deletedAt: at(30) },
          { table: 'annotations', id: 'hl-2', deletedAt: at(30) },
        ],
      }),
    );
    await user.upload(screen.getByLabelText(/Import a file/), new File([text], 'colleague.json', { type: 'application/json' }));
    const preview = await screen.findByRole('region', { name: 'Preview of colleague.json' });
    expect(within(preview).getByRole('alert').textContent).toContain('2 of your highlights will be deleted');
    expect(within(preview).getByText('Highlights tagged “harmless”')).toBeTruthy();
    expect(within(preview).getByText('deletions of 2 highlights', { exact: false })).toBeTruthy();
    const records = within(preview).getByRole('list', { name: 'Records' });
    expect(within(records).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Deleted — highlight: “words highlighted in hl-1” (yours)',
      'Deleted — highlight: “words highlighted in hl-2” (yours)',
    ]);
    const apply = within(preview).getByRole('button', { name: 'Apply import' });
    expect((apply as HTMLButtonElement).disabled).toBe(true);
    expect(await db.annotations.count()).toBe(3);

    await user.click(within(preview).getByRole('checkbox', { name: /Yes, import it: 2 of your highlights will be deleted/ }));
    await user.click(apply);
    const done = await screen.findByText((_, element) => element?.tagName === 'P' && /^Imported:/.test(element.textContent ?? ''));
    expect(done.textContent).toContain('As confirmed: 2 of your highlights were deleted.');
    expect((await db.annotations.toArray()).map((a) => a.id)).toEqual(['hl-3']);
  });

  it('shows a progress bar while it reads and imports a file, and the page stays usable', async () => {
    const user = userEvent.setup();
    const real = syncActions(db, async () => {});
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const actions = {
      ...real,
      async previewImport(file: Blob, onProgress: (done: number) => void) {
        onProgress(0.5);
        await held;
        return real.previewImport(file, onProgress);
      },
    };
    render(<SyncPanel actions={actions} events={[]} />);
    const text = serializeSyncFile(syncFile({ annotations: [highlight('hl-9')] }));
    await user.upload(screen.getByLabelText(/Import a file/), new File([text], 'colleague.json', { type: 'application/json' }));
    const bar = await screen.findByRole('progressbar', { name: 'Reading colleague.json…' });
    expect(bar.getAttribute('value')).toBe('50');
    // The export form is not blocked by the import under way.
    expect((screen.getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(false);
    release();
    const preview = await screen.findByRole('region', { name: 'Preview of colleague.json' });
    expect(screen.queryByRole('progressbar')).toBeNull();
    await user.click(within(preview).getByRole('button', { name: 'Apply import' }));
    await screen.findByText((_, element) => element?.tagName === 'P' && /^Imported: 1 new/.test(element.textContent ?? ''));
  });

  it('offers to restore the published text of a corpus quote a consented import rewrote', async () => {
    const user = userEvent.setup();
    const published = quote('q-1', 'st-1', 'org-1', ['workforce'], { origin: 'corpus', text: 'integration is not new' });
    await putQuotes(db, [published]);
    const rewrite = serializeSyncFile(syncFile({ quotes: [quote('q-1', 'st-1', 'org-1', ['workforce'], { text: 'integration is new', updatedAt: at(20) })] }));
    await applyImportText(db, rewrite, { consent: { deleteYours: 0, changeCorpus: 1 } });
    render(<SyncPanel actions={syncActions(db, async () => {})} events={[]} />);
    const list = await screen.findByRole('region', { name: 'Corpus records rewritten by an import' });
    expect(list.textContent).toContain('quote “integration is new”, published as “integration is not new”');
    await user.click(within(list).getByRole('button', { name: 'Restore the published text of quote “integration is not new”' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Corpus records rewritten by an import' })).toBeNull());
    expect(await getQuotes(db, ['q-1'])).toEqual([published]);
  });
});
