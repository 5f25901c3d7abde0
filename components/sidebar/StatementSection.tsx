// The statement the page is (or copies): what it is, who published it, when, how it was
// recognised, the policy event it answers, and who speaks in it.
import { useId } from 'react';
import type { RecognisedStatement } from '@/lib/page-report';
import { DateText } from '../ui/DateText';
import { ExternalLink } from '../ui/ExternalLink';
import { formatPercent, speakerDetails, speakerName, statementKindLabel } from '../ui/format';

export function recognitionText(recognised: RecognisedStatement): string {
  if (recognised.by === 'url') return 'Recognised by its address';
  if (recognised.similarity === undefined) return 'Same text as the known statement';
  return `Same text as the known statement, ${formatPercent(recognised.similarity)} similar`;
}

/** Up to this many speakers are listed open; a longer list (the LBC report names nine) is folded. */
export const SPEAKERS_SHOWN_UP_TO = 3;

function SpeakerList({ speakers, labelledBy }: { speakers: RecognisedStatement['speakers']; labelledBy: string }) {
  return (
    <ul className="pl-speakers" aria-labelledby={labelledBy}>
      {speakers.map((s) => {
        const details = speakerDetails(s);
        return (
          <li key={`${s.speaker?.id ?? ''}/${s.organisation.id}`}>
            <strong>{speakerName(s)}</strong>
            {details && <> — {details}</>}
          </li>
        );
      })}
    </ul>
  );
}

export function StatementSection({ recognised }: { recognised: RecognisedStatement }) {
  const titleId = useId();
  const speakersId = useId();
  const { statement, speakers } = recognised;
  const { publisher, firstPublishedBy, event } = statement;
  // Compact, so the quotes and the counterpart reactions below start in the first screen: no
  // eyebrow (the recognition line says it is the known statement), and the long titles clamped
  // to a line or two in CSS, their full text kept (and in `title`).
  return (
    <section className="pl-section pl-statement" aria-labelledby={titleId}>
      <h2 id={titleId} className="pl-statement__title pl-clamp" title={statement.title}>
        {statement.title}
      </h2>
      <p className="pl-statement__meta">
        {publisher.name}
        {firstPublishedBy && <>, first published by {firstPublishedBy.name}</>}
        {' · '}
        <DateText date={statement.publishedDate} />
        {' · '}
        {statementKindLabel(statement.kind)}
      </p>
      <p className="pl-statement__line pl-muted">
        {recognitionText(recognised)}
        {recognised.by === 'text' && (
          <>
            {' '}
            (<ExternalLink href={statement.url}>read the original</ExternalLink>)
          </>
        )}
      </p>
      <p className="pl-statement__line">
        <span className="pl-muted">Responds to</span> <ExternalLink href={event.url}>{event.shortName}</ExternalLink>
        <span className="pl-statement__event pl-clamp pl-muted" title={event.title}>
          {event.title}
        </span>
      </p>
      {speakers.length > 0 && speakers.length <= SPEAKERS_SHOWN_UP_TO && (
        <>
          <h3 id={speakersId} className="pl-subtitle">
            Speakers
          </h3>
          <SpeakerList speakers={speakers} labelledBy={speakersId} />
        </>
      )}
      {speakers.length > SPEAKERS_SHOWN_UP_TO && (
        <details className="pl-fold">
          <summary className="pl-subtitle">
            <span id={speakersId}>Speakers</span> <span className="pl-muted">({speakers.length})</span>
          </summary>
          <SpeakerList speakers={speakers} labelledBy={speakersId} />
        </details>
      )}
    </section>
  );
}
