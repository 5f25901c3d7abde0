// What one organisation or one person said across policy events, oldest first.
import type { PolicyEvent, Quote, Statement, StanceId } from '../schema';
import { distinctStances, summaryStance } from './stance-summary';

export interface TimelineEntry {
  statement: Statement;
  /** Undefined when the statement's event is not (or no longer) known. */
  event: PolicyEvent | undefined;
  /** Their quotes in this statement (none when they only published or wrote it). */
  quotes: Quote[];
  /** The distinct stances of those quotes, most favourable first. */
  stances: StanceId[];
  summary: StanceId | null;
}

export interface TimelineData {
  events: readonly PolicyEvent[];
  statements: readonly Statement[];
  quotes: readonly Quote[];
}

export type TimelineSubject = { kind: 'organisation'; id: string } | { kind: 'person'; id: string };

function build(
  data: TimelineData,
  ownsQuote: (q: Quote) => boolean,
  ownsStatement: (s: Statement) => boolean,
): TimelineEntry[] {
  const events = new Map(data.events.map((e) => [e.id, e]));
  const entries: TimelineEntry[] = [];
  for (const statement of data.statements) {
    const quotes = data.quotes.filter((q) => q.statementId === statement.id && ownsQuote(q)).sort((a, b) => a.id.localeCompare(b.id));
    if (quotes.length === 0 && !ownsStatement(statement)) continue;
    const stances = quotes.map((q) => q.stance);
    entries.push({
      statement,
      event: events.get(statement.eventId),
      quotes,
      stances: distinctStances(stances),
      summary: summaryStance(stances),
    });
  }
  // Chronological: by publication date, then by the event's date, then by title.
  return entries.sort(
    (a, b) =>
      a.statement.publishedDate.localeCompare(b.statement.publishedDate) ||
      (a.event?.date ?? '').localeCompare(b.event?.date ?? '') ||
      a.statement.title.localeCompare(b.statement.title),
  );
}

/** Statements in which the organisation is quoted, or which it published. */
export function organisationTimeline(organisationId: string, data: TimelineData): TimelineEntry[] {
  return build(
    data,
    (q) => q.organisationId === organisationId,
    (s) => s.publisherId === organisationId,
  );
}

/** Statements in which the person is quoted, or which they wrote. */
export function personTimeline(personId: string, data: TimelineData): TimelineEntry[] {
  return build(
    data,
    (q) => q.speakerId === personId,
    (s) => s.authorId === personId,
  );
}

export function timeline(subject: TimelineSubject, data: TimelineData): TimelineEntry[] {
  return subject.kind === 'organisation' ? organisationTimeline(subject.id, data) : personTimeline(subject.id, data);
}
