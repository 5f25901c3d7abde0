// The Highlights page: every saved highlight, searchable and filterable, live over the
// database (a highlight saved or deleted in another tab shows up here at once).
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { countOf } from '@/components/ui/format';
import { PageShell } from '@/components/ui/PageShell';
import { facets, filterHighlights, isRangeReversed } from '@/lib/highlights/filter';
import type { Annotation } from '@/lib/schema';
import type { PolicyLensDb } from '@/lib/storage/db';
import { errorText } from '@/lib/error-text';
import { deleteAnnotation, restoreAnnotation } from '@/lib/storage/annotations';
import { loadHighlightsLibrary } from '@/lib/storage/highlights-library';
import { HighlightCard, snippet } from './HighlightCard';
import { EMPTY_FORM, hasFilters, toQuery, type FormState } from './query-form';
import { SearchForm } from './SearchForm';

/** How long "Undo" is offered after a delete (and any status message is shown). */
export const STATUS_TIMEOUT_MS = 10_000;

export interface HighlightsPageProps {
  db: PolicyLensDb;
  /** Opens the highlight's page and scrolls to it (a new tab, in the extension). */
  onOpen(annotation: Annotation): unknown;
  /** For tests; defaults to STATUS_TIMEOUT_MS. */
  statusTimeoutMs?: number;
}

interface Notice {
  message: string;
  /** Set after a delete: what Undo puts back. */
  deleted?: Annotation;
}

export function HighlightsPage({ db, onOpen, statusTimeoutMs = STATUS_TIMEOUT_MS }: HighlightsPageProps) {
  const data = useLiveQuery(() => loadHighlightsLibrary(db), [db]);
  const [form, setForm] = useState<FormState>(EMPTY_FORM);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [noticePaused, setNoticePaused] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLDivElement>(null);
  /** A card to focus once it is (back) in the list: the one Undo restored. */
  const pendingFocus = useRef<string | null>(null);
  const resultsHeadingId = useId();

  const query = useMemo(() => toQuery(form), [form]);
  const all = useMemo(() => data?.annotations ?? [], [data]);
  const shown = useMemo(
    () => (data ? filterHighlights(data.annotations, data.people, data.organisations, query) : []),
    [data, query],
  );
  const available = useMemo(() => facets(all, data?.people ?? [], data?.organisations ?? []), [all, data]);
  const peopleById = useMemo(() => new Map((data?.people ?? []).map((p) => [p.id, p.name])), [data]);
  const organisationsById = useMemo(() => new Map((data?.organisations ?? []).map((o) => [o.id, o.name])), [data]);

  // Status messages go after a while, but never while the pointer or focus is on them.
  useEffect(() => {
    if (!notice || noticePaused) return;
    const timer = setTimeout(() => setNotice(null), statusTimeoutMs);
    return () => clearTimeout(timer);
  }, [notice, noticePaused, statusTimeoutMs]);

  // After a delete, focus goes to Undo (the card it was on is gone).
  useEffect(() => {
    if (notice?.deleted) undoRef.current?.focus();
  }, [notice]);

  // After Undo, focus goes back to the restored card as soon as the list shows it again.
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null || !listRef.current) return;
    const card = [...listRef.current.querySelectorAll<HTMLElement>('[data-highlight-id]')].find(
      (element) => element.dataset.highlightId === id,
    );
    if (card) {
      pendingFocus.current = null;
      card.focus();
    }
  }, [shown]);

  function show(next: Notice | null) {
    setNoticePaused(false);
    setNotice(next);
  }

  async function remove(annotation: Annotation) {
    try {
      const deleted = await deleteAnnotation(db, annotation.id);
      show(
        deleted
          ? { message: `Highlight deleted: “${snippet(deleted)}”`, deleted }
          : { message: 'That highlight had already been deleted.' },
      );
    } catch (error) {
      show({ message: `Could not delete the highlight: ${errorText(error)}` });
    }
  }

  async function undo(annotation: Annotation) {
    try {
      pendingFocus.current = annotation.id;
      await restoreAnnotation(db, annotation);
      show({ message: `Highlight restored: “${snippet(annotation)}”` });
    } catch (error) {
      pendingFocus.current = null;
      show({ message: `Could not restore the highlight: ${errorText(error)}` });
    }
  }

  async function open(annotation: Annotation) {
    try {
      await onOpen(annotation);
    } catch (error) {
      show({ message: `Could not open the page: ${errorText(error)}` });
    }
  }

  function clearAll() {
    setForm(EMPTY_FORM);
    searchRef.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  const filtered = form.text.trim() !== '' || hasFilters(form);
  let count = '';
  if (data) {
    if (all.length === 0) count = 'No highlights saved';
    else if (!filtered) count = countOf(all.length, 'highlight');
    else count = `${shown.length} of ${countOf(all.length, 'highlight')} match`;
  }

  return (
    <PageShell title="Highlights" page="highlights">
      <div ref={searchRef}>
        <SearchForm
          form={form}
          facets={available}
          rangeReversed={isRangeReversed(query)}
          onChange={(field, value) => setForm((was) => ({ ...was, [field]: value }))}
          onClearFilters={() => setForm((was) => ({ ...EMPTY_FORM, text: was.text }))}
        />
      </div>
      <section className="hl-results" aria-labelledby={resultsHeadingId} aria-busy={data === undefined}>
        <div className="hl-results__head">
          <h2 id={resultsHeadingId} className="hl-results__title">
            Saved highlights
          </h2>
          <p className="hl-count" aria-live="polite" aria-atomic="true">
            {count}
          </p>
        </div>
        <div
          role="status"
          className="hl-status-region"
          onFocus={() => setNoticePaused(true)}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setNoticePaused(false);
          }}
          onMouseEnter={() => setNoticePaused(true)}
          onMouseLeave={() => setNoticePaused(false)}
        >
          {notice && (
            <div className="hl-status">
              <span className="hl-status__message">{notice.message}</span>
              {notice.deleted && (
                <Button
                  ref={undoRef}
                  onClick={() => {
                    if (notice.deleted) void undo(notice.deleted);
                  }}
                >
                  Undo
                </Button>
              )}
            </div>
          )}
        </div>
        {data === undefined ? (
          <EmptyState>Loading highlights…</EmptyState>
        ) : all.length === 0 ? (
          <EmptyState>No highlights yet: select text on any page and choose Save quote.</EmptyState>
        ) : shown.length === 0 ? (
          <EmptyState action={<Button onClick={clearAll}>Clear search and filters</Button>}>No highlights match.</EmptyState>
        ) : (
          <ul ref={listRef} className="hl-list">
            {shown.map((annotation) => (
              <li key={annotation.id}>
                <HighlightCard
                  annotation={annotation}
                  speakerName={annotation.speakerId === undefined ? undefined : (peopleById.get(annotation.speakerId) ?? annotation.speakerId)}
                  organisationName={
                    annotation.organisationId === undefined
                      ? undefined
                      : (organisationsById.get(annotation.organisationId) ?? annotation.organisationId)
                  }
                  onOpen={(a) => void open(a)}
                  onDelete={(a) => void remove(a)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </PageShell>
  );
}
