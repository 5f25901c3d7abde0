// One of the user's own highlights: the words, colour, note, tags, who said it, stance
// and topics, with Show in page (only when it was found on the page), Edit and Delete.
// Edit swaps the details for the inline editor; closing it returns focus to Edit.
import { useEffect, useRef, useState } from 'react';
import type { HighlightActions, HighlightItem, Vocabulary } from '@/lib/highlights-view';
import { ColourSwatch } from './ColourSwatch';
import { errorText, excerpt, highlightText, nameOf } from './highlight-format';
import { HighlightEditor } from './HighlightEditor';
import { QuoteText } from '../ui/QuoteText';
import { useFocusWhenPicked } from './scroll';
import { StanceBadge } from '../ui/StanceBadge';
import { TopicChips } from './TopicChips';

export const ORPHAN_EXPLANATION = 'The page has changed since you saved this highlight.';

export interface HighlightCardProps {
  item: HighlightItem;
  vocabulary: Vocabulary;
  /** Without actions the card is read-only. */
  actions?: HighlightActions;
  editing: boolean;
  onEditingChange(editing: boolean): void;
  /** Deletes (the section wraps the action to offer undo); rejects when it failed. */
  onDelete(id: string): Promise<void>;
  /** The user picked this highlight in the page: the card is marked and takes focus. */
  focused: boolean;
}

function Tags({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="pl-chips" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} className="pl-chip pl-chip--tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}

export function HighlightCard({
  item,
  vocabulary,
  actions,
  editing,
  onEditingChange,
  onDelete,
  focused,
}: HighlightCardProps) {
  const { annotation, anchored } = item;
  const ref = useRef<HTMLElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const text = highlightText(annotation);
  const short = excerpt(text);
  const speaker = nameOf(vocabulary.people, annotation.speakerId);
  const organisation = nameOf(vocabulary.organisations, annotation.organisationId);
  const topics = annotation.topicIds.map((id) => ({
    id,
    label: vocabulary.topics.find((t) => t.id === id)?.label ?? id,
  }));

  useFocusWhenPicked(ref, focused);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus({ preventScroll: true });
    }
  }, [editing]);

  function closeEditor() {
    returnFocus.current = true;
    onEditingChange(false);
  }

  async function remove() {
    if (deleting) return;
    setDeleting(true);
    setError(null);
    try {
      await onDelete(annotation.id);
    } catch (err) {
      setError(`Could not delete this highlight: ${errorText(err)}`);
    } finally {
      setDeleting(false);
    }
  }

  const classes = ['pl-card', 'pl-hl', `pl-hl--${annotation.colour}`];
  if (!anchored) classes.push('pl-hl--orphan');
  if (focused) classes.push('pl-card--focused');

  return (
    <article
      ref={ref}
      className={classes.join(' ')}
      aria-label={`Highlight: ${short}`}
      aria-current={focused ? 'true' : undefined}
      tabIndex={-1}
      data-highlight-id={annotation.id}
    >
      <p className="pl-hl__colour">
        <ColourSwatch colour={annotation.colour} />
        <span className="pl-sr"> highlight</span>
      </p>
      <QuoteText text={text} />
      {!anchored && <p className="pl-hl__orphan">{ORPHAN_EXPLANATION}</p>}
      {!editing && (
        <>
          {annotation.note && (
            <p className="pl-hl__note">
              <span className="pl-hl__label">Note: </span>
              {annotation.note}
            </p>
          )}
          {(speaker || organisation) && (
            <dl className="pl-facts">
              {speaker && (
                <>
                  <dt>Speaker</dt>
                  <dd>{speaker}</dd>
                </>
              )}
              {organisation && (
                <>
                  <dt>Organisation</dt>
                  <dd>{organisation}</dd>
                </>
              )}
            </dl>
          )}
          {annotation.stance && (
            <div className="pl-card__stance">
              <StanceBadge stance={annotation.stance} />
            </div>
          )}
          <TopicChips topics={topics} />
          <Tags tags={annotation.tags} />
        </>
      )}
      {actions && editing && (
        <HighlightEditor
          annotation={annotation}
          vocabulary={vocabulary}
          actions={actions}
          onClose={closeEditor}
        />
      )}
      {actions && !editing && (
        <div className="pl-card__actions pl-hl__actions">
          {anchored && (
            <button type="button" className="pl-button" onClick={() => actions.onShowHighlight(annotation.id)}>
              Show in page<span className="pl-sr">: {short}</span>
            </button>
          )}
          <button ref={editButton} type="button" className="pl-button" onClick={() => onEditingChange(true)}>
            Edit<span className="pl-sr">: {short}</span>
          </button>
          <button type="button" className="pl-button pl-button--danger" aria-disabled={deleting} onClick={() => void remove()}>
            {deleting ? 'Deleting…' : 'Delete'}
            <span className="pl-sr">: {short}</span>
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="pl-form__error">
          {error}
        </p>
      )}
    </article>
  );
}
