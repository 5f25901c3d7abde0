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
  return (
    <section className="pl-section pl-statement" aria-labelledby={titleId}>
      <p className="pl-eyebrow">Known statement</p>
      <h2 id={titleId} className="pl-statement__title">
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
      <dl className="pl-facts">
        <dt>Recognition</dt>
        <dd>
          {recognitionText(recognised)}
          {recognised.by === 'text' && (
            <>
              {' '}
              (<ExternalLink href={statement.url}>read the original</ExternalLink>)
            </>
          )}
        </dd>
        <dt>Responds to</dt>
        <dd>
          <ExternalLink href={event.url}>{event.shortName}</ExternalLink>
          <span className="pl-facts__sub">{event.title}</span>
        </dd>
      </dl>
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
