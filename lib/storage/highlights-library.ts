// What the Highlights page lists: every saved highlight, and the people and
// organisations they may be attributed to (for names and filters). One query,
// which the page wraps in useLiveQuery.
import type { Annotation, Organisation, Person } from '../schema';
import type { PolicyLensDb } from './db';

export interface HighlightsLibrary {
  annotations: Annotation[];
  people: Person[];
  organisations: Organisation[];
}

export async function loadHighlightsLibrary(db: PolicyLensDb): Promise<HighlightsLibrary> {
  const [annotations, people, organisations] = await Promise.all([
    db.annotations.toArray(),
    db.people.toArray(),
    db.organisations.toArray(),
  ]);
  return { annotations, people, organisations };
}
