// Everything the dashboard shows, read live from the database in one query.
import type { Annotation, Organisation, Person, PolicyEvent, Quote, Statement, Topic } from '@/lib/schema';
import type { PolicyLensDb } from '@/lib/storage/db';

export interface DashboardData {
  events: PolicyEvent[];
  organisations: Organisation[];
  people: Person[];
  statements: Statement[];
  quotes: Quote[];
  topics: Topic[];
  annotations: Annotation[];
}

export async function loadDashboardData(db: PolicyLensDb): Promise<DashboardData> {
  const [events, organisations, people, statements, quotes, topics, annotations] = await Promise.all([
    db.events.toArray(),
    db.organisations.toArray(),
    db.people.toArray(),
    db.statements.toArray(),
    db.quotes.toArray(),
    db.topics.toArray(),
    db.annotations.toArray(),
  ]);
  return { events, organisations, people, statements, quotes, topics, annotations };
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

export function sortedByName<T extends { name: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => byText(a.name, b.name));
}

/** Events, most recent first. */
export function eventsByDate(events: readonly PolicyEvent[]): PolicyEvent[] {
  return [...events].sort((a, b) => b.date.localeCompare(a.date) || byText(a.shortName, b.shortName));
}
