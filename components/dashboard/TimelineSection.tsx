// What one organisation or person said across policy events, oldest first.
import { useId, useMemo, useState } from 'react';
import { DateText } from '@/components/ui/DateText';
import { ExternalLink } from '@/components/ui/ExternalLink';
import { QuoteText } from '@/components/ui/QuoteText';
import { StanceBadge } from '@/components/ui/StanceBadge';
import { timeline, type TimelineSubject } from '@/lib/dashboard/timeline';
import { sortedByName, type DashboardData } from './data';

function parseSubject(value: string): TimelineSubject | null {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if (id === '') return null;
  if (kind === 'organisation' || kind === 'person') return { kind, id };
  return null;
}

export function TimelineSection({ data }: { data: DashboardData }) {
  const headingId = useId();
  const selectId = useId();
  const [value, setValue] = useState('');
  const subject = parseSubject(value);
  const entries = useMemo(() => {
    const chosen = parseSubject(value);
    return chosen ? timeline(chosen, data) : [];
  }, [value, data]);
  const people = useMemo(() => new Map(data.people.map((p) => [p.id, p.name])), [data.people]);
  const organisations = useMemo(() => new Map(data.organisations.map((o) => [o.id, o.name])), [data.organisations]);
  const subjectName = subject ? ((subject.kind === 'organisation' ? organisations : people).get(subject.id) ?? subject.id) : '';

  return (
    <section className="db-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="db-section__title">
        Timeline
      </h2>
      <div className="hl-field db-narrow">
        <label htmlFor={selectId} className="hl-field__label">
          Organisation or person
        </label>
        <select id={selectId} className="hl-control" value={value} onChange={(e) => setValue(e.target.value)}>
          <option value="">Choose…</option>
          <optgroup label="Organisations">
            {sortedByName(data.organisations).map((o) => (
              <option key={o.id} value={`organisation:${o.id}`}>
                {o.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="People">
            {sortedByName(data.people).map((p) => (
              <option key={p.id} value={`person:${p.id}`}>
                {p.name}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      {subject &&
        (entries.length === 0 ? (
          <p className="hl-empty">No statements by or quoting {subjectName} yet.</p>
        ) : (
          <ol className="db-timeline" aria-label={`Timeline of ${subjectName}`}>
            {entries.map((entry) => (
              <li key={entry.statement.id} className="db-timeline__item">
                <article className="hl-card" aria-labelledby={`tl-${entry.statement.id}`}>
                  <div className="hl-card__head">
                    <h3 id={`tl-${entry.statement.id}`} className="hl-card__title">
                      {entry.statement.title}
                    </h3>
                    <p className="hl-card__source">
                      <DateText date={entry.statement.publishedDate} />
                      <span aria-hidden="true"> · </span>
                      <span className="hl-sr">, </span>
                      {entry.event?.shortName ?? entry.statement.eventId}
                    </p>
                  </div>
                  {entry.stances.length > 0 ? (
                    <ul className="db-stances" aria-label="Stances">
                      {entry.stances.map((stance) => (
                        <li key={stance}>
                          <StanceBadge stance={stance} count={entry.quotes.filter((q) => q.stance === stance).length} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="hl-hint">Published or written, not quoted.</p>
                  )}
                  {entry.quotes.map((q) => (
                    <div key={q.id} className="db-timeline__quote" data-quote-id={q.id}>
                      <p className="db-speaker">
                        {q.speakerId === undefined
                          ? (organisations.get(q.organisationId) ?? q.organisationId)
                          : (people.get(q.speakerId) ?? q.speakerId)}
                      </p>
                      <QuoteText text={q.text} />
                    </div>
                  ))}
                  <p>
                    <ExternalLink href={entry.statement.canonicalUrl} className="db-link">
                      Read the statement<span className="hl-sr">: {entry.statement.title}</span>
                    </ExternalLink>
                  </p>
                </article>
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
