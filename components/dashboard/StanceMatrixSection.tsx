// The stance matrix of one policy event: organisations by topics, each reaction a
// button that opens its quotes in a detail panel below the table.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { type StanceCount, stanceMatrix } from '@/lib/dashboard/stance-matrix';
import { stanceDefinition } from '@/lib/stances';
import { eventsByDate, type DashboardData } from './data';
import { QuoteDetail } from './QuoteDetail';
import { StanceMark } from '../ui/StanceMark';

interface Selected {
  row: number;
  column: number;
}

/** "Supportive, 2 quotes" for one stance; "3 Supportive, 1 Critical" for several. */
function spreadLabel(spread: readonly StanceCount[]): string {
  const [only] = spread;
  if (spread.length === 1 && only) return `${stanceDefinition(only.stance).label}${only.count > 1 ? `, ${only.count} quotes` : ''}`;
  return spread.map((c) => `${c.count} ${stanceDefinition(c.stance).label}`).join(', ');
}

export function StanceMatrixSection({ data }: { data: DashboardData }) {
  const headingId = useId();
  const selectId = useId();
  const panelId = useId();
  const events = useMemo(() => eventsByDate(data.events), [data.events]);
  const [chosenEventId, setEventId] = useState('');
  const eventId = events.some((e) => e.id === chosenEventId) ? chosenEventId : (events[0]?.id ?? '');
  const event = events.find((e) => e.id === eventId);
  const matrix = useMemo(
    () => stanceMatrix(eventId, data.statements, data.quotes, data.organisations, data.topics),
    [eventId, data],
  );
  const [selected, setSelected] = useState<Selected | null>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<HTMLButtonElement | null>(null);
  const cell = selected ? matrix.cells[selected.row]?.[selected.column] : undefined;
  const row = selected ? matrix.rows[selected.row] : undefined;
  const column = selected ? matrix.columns[selected.column] : undefined;
  const open = cell !== undefined && cell.quotes.length > 0 && row !== undefined && column !== undefined;

  const statements = useMemo(() => new Map(data.statements.map((s) => [s.id, s])), [data.statements]);
  const people = useMemo(() => new Map(data.people.map((p) => [p.id, p.name])), [data.people]);

  useEffect(() => {
    if (selected) panelHeading.current?.focus();
  }, [selected]);

  function close() {
    setSelected(null);
    returnTo.current?.focus();
  }

  return (
    <section className="db-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="db-section__title">
        Stance matrix
      </h2>
      <div className="hl-field db-narrow">
        <label htmlFor={selectId} className="hl-field__label">
          Policy event
        </label>
        <select
          id={selectId}
          className="hl-control"
          value={eventId}
          onChange={(e) => {
            setEventId(e.target.value);
            setSelected(null);
          }}
        >
          {events.map((e) => (
            <option key={e.id} value={e.id}>
              {e.shortName}
            </option>
          ))}
        </select>
      </div>
      {matrix.rows.length === 0 ? (
        <p className="hl-empty">{events.length === 0 ? 'No policy events yet.' : 'No organisation has reacted to this event yet.'}</p>
      ) : (
        <div className="db-table-wrap">
          <table className="db-matrix">
            <caption className="db-matrix__caption">
              Stances on {event?.shortName ?? eventId}: organisations by topic. Choose a stance to read the quotes.
            </caption>
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                {matrix.columns.map((c) => (
                  <th key={c.id} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((r, rowIndex) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  {matrix.columns.map((c, columnIndex) => {
                    const here = matrix.cells[rowIndex]?.[columnIndex];
                    if (!here?.summary) {
                      return (
                        <td key={c.id} className="db-matrix__empty">
                          <span aria-hidden="true">—</span>
                          <span className="hl-sr">no reaction</span>
                        </td>
                      );
                    }
                    const isOpen = open && selected?.row === rowIndex && selected.column === columnIndex;
                    const several = here.spread.length > 1;
                    return (
                      <td key={c.id}>
                        <button
                          type="button"
                          className="db-cell"
                          aria-expanded={isOpen}
                          aria-controls={isOpen ? panelId : undefined}
                          aria-label={`${spreadLabel(here.spread)}: ${r.name} on ${c.label}`}
                          onClick={(e) => {
                            returnTo.current = e.currentTarget;
                            setSelected(isOpen ? null : { row: rowIndex, column: columnIndex });
                          }}
                        >
                          {here.spread.map(({ stance, count }) => (
                            <StanceMark key={stance} stance={stance} count={several || count > 1 ? count : undefined} className="db-stance-mark" />
                          ))}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <section id={panelId} className="db-detail" aria-labelledby={`${panelId}-heading`}>
          <div className="db-detail__head">
            <h3 id={`${panelId}-heading`} ref={panelHeading} tabIndex={-1} className="db-detail__title">
              {row.name} on {column.label}
            </h3>
            <button type="button" className="hl-button" onClick={close}>
              Close details
            </button>
          </div>
          {cell.quotes.length > 1 && (
            <p className="hl-hint">
              {cell.quotes.length} quotes: {spreadLabel(cell.spread)}.
            </p>
          )}
          <ul className="hl-list">
            {cell.quotes.map((q) => (
              <li key={q.id}>
                <QuoteDetail
                  quote={q}
                  speakerName={q.speakerId === undefined ? undefined : (people.get(q.speakerId) ?? q.speakerId)}
                  organisationName={row.name}
                  statement={statements.get(q.statementId)}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
