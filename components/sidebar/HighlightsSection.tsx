// "Your highlights": the user's own highlights on this page, in page order, then those
// whose text the page no longer has ("Not found on this page"), never dropped. Deleting
// one hides it at once and offers Undo in a status message below the list.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { HighlightActions, HighlightItem, HighlightsModel } from '@/lib/highlights-view';
import { hasFocusWithin } from './focus';
import { countOf } from '../ui/format';
import { HighlightCard } from './HighlightCard';
import { SectionHeading } from './SectionHeading';
import { UndoToast } from './UndoToast';

export interface HighlightsSectionProps {
  highlights: HighlightsModel;
  /** Without actions the highlights are listed read-only. */
  actions?: HighlightActions;
  /** A highlight the user picked in the page (the sidebar's focusedQuoteId): its card is marked and focused. */
  focusedId?: string | null;
}

interface Deleted {
  id: string;
  /** Each delete gets a fresh toast, and so a fresh countdown. */
  serial: number;
}

export function HighlightsSection({ highlights, actions, focusedId = null }: HighlightsSectionProps) {
  const headingId = useId();
  const orphansId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const serial = useRef(0);
  /** A card to focus once it is shown (a highlight brought back by Undo). */
  const focusWhenShown = useRef<string | null>(null);
  const { items, vocabulary, editingId } = highlights;

  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(() => new Set(editingId ? [editingId] : []));
  const [seenEditingId, setSeenEditingId] = useState(editingId);
  if (editingId !== seenEditingId) {
    // A newly saved highlight opens with its editor, even while the sidebar is shown.
    setSeenEditingId(editingId);
    if (editingId) setOpenIds((open) => new Set(open).add(editingId));
  }
  const [hiddenIds, setHiddenIds] = useState<ReadonlySet<string>>(() => new Set());
  const [deleted, setDeleted] = useState<Deleted | null>(null);

  const shown = items.filter((item) => !hiddenIds.has(item.annotation.id));
  const anchored = shown.filter((item) => item.anchored);
  const orphans = shown.filter((item) => !item.anchored);

  useEffect(() => {
    const id = focusWhenShown.current;
    if (!id) return;
    const card = [...(sectionRef.current?.querySelectorAll<HTMLElement>('[data-highlight-id]') ?? [])].find(
      (element) => element.dataset.highlightId === id,
    );
    if (!card) return;
    focusWhenShown.current = null;
    card.focus({ preventScroll: true });
  });

  const setEditing = (id: string, editing: boolean) =>
    setOpenIds((open) => {
      const next = new Set(open);
      if (editing) next.add(id);
      else next.delete(id);
      return next;
    });

  async function deleteHighlight(id: string) {
    if (!actions) return;
    await actions.onDelete(id);
    setHiddenIds((hidden) => new Set(hidden).add(id));
    setEditing(id, false);
    serial.current += 1;
    setDeleted({ id, serial: serial.current });
  }

  const closeToast = useCallback(() => {
    // Focus was on the toast: keep it in the section rather than lose it to the page.
    if (hasFocusWithin(statusRef.current)) sectionRef.current?.focus({ preventScroll: true });
    setDeleted(null);
  }, []);

  async function undo(id: string) {
    if (!actions) return;
    await actions.onUndoDelete(id);
    focusWhenShown.current = id;
    setHiddenIds((hidden) => {
      const next = new Set(hidden);
      next.delete(id);
      return next;
    });
    setDeleted(null);
  }

  const card = (item: HighlightItem) => (
    <li key={item.annotation.id}>
      <HighlightCard
        item={item}
        vocabulary={vocabulary}
        actions={actions}
        editing={actions !== undefined && openIds.has(item.annotation.id)}
        onEditingChange={(editing) => setEditing(item.annotation.id, editing)}
        onDelete={deleteHighlight}
        focused={item.annotation.id === focusedId}
      />
    </li>
  );

  return (
    <>
      {shown.length > 0 && (
        <section ref={sectionRef} className="pl-section pl-highlights" aria-labelledby={headingId} tabIndex={-1}>
          <SectionHeading id={headingId} count={countOf(shown.length, 'highlight')}>
            Your highlights
          </SectionHeading>
          {anchored.length > 0 ? (
            <ol className="pl-cards">{anchored.map(card)}</ol>
          ) : (
            <p className="pl-muted">None of your highlights could be found on this page.</p>
          )}
          {orphans.length > 0 && (
            <section className="pl-orphans" aria-labelledby={orphansId}>
              <h3 id={orphansId} className="pl-subtitle">
                Not found on this page
              </h3>
              <p className="pl-muted pl-orphans__intro">They stay here until you delete them.</p>
              <ul className="pl-cards">{orphans.map(card)}</ul>
            </section>
          )}
        </section>
      )}
      {/* Always present, so what is put in it is announced. */}
      <div ref={statusRef} role="status" className="pl-toast-region">
        {deleted && (
          <UndoToast
            key={deleted.serial}
            message="Highlight deleted"
            onUndo={() => undo(deleted.id)}
            onClose={closeToast}
          />
        )}
      </div>
    </>
  );
}
