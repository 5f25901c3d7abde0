// Everything the Dashboard shows, read in one query (components wrap it in
// useLiveQuery, so a record saved anywhere shows up at once).
import type { Annotation, Organisation, Person, PolicyEvent, Quote, Statement, Topic } from '../schema';
import { allQuotes, allStatements } from './corpus-records';
import type { PolicyLensDb } from './db';

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
    allStatements(db),
    allQuotes(db),
    db.topics.toArray(),
    db.annotations.toArray(),
  ]);
  return { events, organisations, people, statements, quotes, topics, annotations };
}
