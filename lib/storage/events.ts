// Policy events, for pages that offer them as choices (the sync panel's
// "export one event").
import type { PolicyEvent } from '../schema';
import type { PolicyLensDb } from './db';

export function allEvents(db: PolicyLensDb): Promise<PolicyEvent[]> {
  return db.events.toArray();
}
