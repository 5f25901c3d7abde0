// The quotes of a few statements, read as one request per statement in one
// transaction. Dexie's `anyOf` walks a cursor from key to key, one round trip per
// quote; separate requests go to the database together and come back together, which
// is what the sidebar's bounded reads (a page's events, the same voices) pay per page.
import type { Quote } from '../schema';
import type { PolicyLensDb } from './db';

/** Quotes of `statementIds`, in the order of the statements, each statement's in id order. */
export function quotesOfStatements(db: PolicyLensDb, statementIds: readonly string[]): Promise<Quote[]> {
  return db.transaction('r', db.quotes, async () =>
    (await Promise.all(statementIds.map((id) => db.quotes.where('statementId').equals(id).toArray()))).flat(),
  );
}
