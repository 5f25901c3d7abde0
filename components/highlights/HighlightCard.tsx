// One saved highlight: what was highlighted, the analyst's note, tags and attribution,
// where and when it was saved, and what can be done with it.
import { useId } from 'react';
import { DateText } from '@/components/ui/DateText';
import { truncateAtWord } from '@/components/ui/format';
import { QuoteText } from '@/components/ui/QuoteText';
import { StanceBadge } from '@/components/ui/StanceBadge';
import { localDay, siteOf } from '@/lib/highlights/filter';
import type { Annotation } from '@/lib/schema';

export interface HighlightCardProps {
  annotation: Annotation;
  speakerName?: string;
  organisationName?: string;
  onOpen(annotation: Annotation): void;
  onDelete(annotation: Annotation): void;
}

/** A few words of the highlight, so each card's buttons have a name of their own. */
export function snippet(annotation: Annotation): string {
  return truncateAtWord(annotation.target.selector[0].exact, 50).text;
}

export function HighlightCard({ annotation, speakerName, organisationName, onOpen, onDelete }: HighlightCardProps) {
  const headingId = useId();
  const site = siteOf(annotation.url);
  const day = localDay(annotation.createdAt);
  const short = snippet(annotation);
  const hasAttribution = speakerName !== undefined || organisationName !== undefined || annotation.stance !== undefined;

  return (
    <article
      className={`hl-card hl-card--${annotation.colour}`}
      aria-labelledby={headingId}
      tabIndex={-1}
      data-highlight-id={annotation.id}
    >
      <div className="hl-card__head">
        <h3 id={headingId} className="hl-card__title">
          {annotation.pageTitle.trim() || site || annotation.url}
        </h3>
        <p className="hl-card__source">
          <span className="hl-card__site">{site}</span>
          <span aria-hidden="true"> · </span>
          <span className="hl-sr">, </span>
          saved {day ? <DateText date={day} /> : 'at an unknown date'}
        </p>
      </div>
      <QuoteText text={annotation.target.selector[0].exact} limit={400} />
      {annotation.note.trim() !== '' && (
        <p className="hl-card__note">
          <span className="hl-card__label">Note: </span>
          {annotation.note}
        </p>
      )}
      {hasAttribution && (
        <dl className="hl-facts">
          {speakerName !== undefined && (
            <div>
              <dt>Speaker</dt>
              <dd>{speakerName}</dd>
            </div>
          )}
          {organisationName !== undefined && (
            <div>
              <dt>Organisation</dt>
              <dd>{organisationName}</dd>
            </div>
          )}
          {annotation.stance !== undefined && (
            <div>
              <dt>Stance</dt>
              <dd>
                <StanceBadge stance={annotation.stance} />
              </dd>
            </div>
          )}
        </dl>
      )}
      {annotation.tags.length > 0 && (
        <ul className="pl-chips" aria-label="Tags">
          {annotation.tags.map((tag) => (
            <li key={tag} className="pl-chip">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <div className="hl-card__actions">
        <button type="button" className="hl-button hl-button--primary" onClick={() => onOpen(annotation)}>
          Open at its place<span className="hl-sr">: “{short}”</span>
        </button>
        <button type="button" className="hl-button hl-button--danger" onClick={() => onDelete(annotation)}>
          Delete<span className="hl-sr"> highlight “{short}”</span>
        </button>
      </div>
    </article>
  );
}
