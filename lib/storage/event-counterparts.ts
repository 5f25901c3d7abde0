// What the sidebar's counterpart reactions need about the page's policy events: the
// quotes of each event's newest statements, and how many statements were left out.
// A large corpus answers an event with thousands of statements; the page pays for
// reading at most COUNTERPART_STATEMENTS of them per event, and for counting the rest
// on an index (no chunk is loaded to count it).
import type { Quote } from '../schema';
import { newestStatementIdsOfEvent, quotesOfStatements, statementCountOfEvent } from './corpus-records';
import type { PolicyLensDb } from './db';

/**
 * Statements read per page event for its counterpart reactions, newest first. The
 * bundled corpus has at most seven per event and a busy event of a large one a few
 * dozen, so the sidebar shows them all; beyond this a reader meets a list longer than
 * anyone reads in a sidebar, and the page would pay for reading it on every visit.
 */
export const COUNTERPART_STATEMENTS = 60;

export interface EventCounterparts {
  /** Quotes of the events' newest statements (the page's own statement left out), in statement id order. */
  quotes: Quote[];
  /** Per event, statements on it that were not read (neither the page's own statement nor the newest read). */
  notRead: Map<string, number>;
}

/** Reads the counterparts of `eventIds`, leaving out the statement the page is (`pageStatement`). */
export async function eventCounterparts(
  db: PolicyLensDb,
  eventIds: readonly string[],
  pageStatement: { id: string; eventId: string } | undefined,
): Promise<EventCounterparts> {
  const notRead = new Map<string, number>();
  const statementIds: string[] = [];
  for (const eventId of eventIds) {
    const [newest, total] = await Promise.all([
      // One more, in case the page's own statement is among them.
      newestStatementIdsOfEvent(db, eventId, COUNTERPART_STATEMENTS + 1),
      statementCountOfEvent(db, eventId),
    ]);
    const others = newest.filter((id) => id !== pageStatement?.id).slice(0, COUNTERPART_STATEMENTS);
    statementIds.push(...others);
    notRead.set(eventId, total - others.length - (pageStatement?.eventId === eventId ? 1 : 0));
  }
  // In statement id order, as the sidebar listed reactions before their reads were bounded.
  const quotes = await quotesOfStatements(db, statementIds.sort());
  return { quotes, notRead };
}
