// The background's answers to content scripts: each handler validates what came
// from the page and calls lib/ storage.
import type { PolicyLensDb } from '../storage/db';
import { findStatementByUrls, statementContext } from '../storage/statement-context';
import { PageSignals } from './page-input';
import { contentToBackground } from './protocol';

/** `ready` resolves once the corpus is in the database, so no lookup races the first install. */
export function registerBackgroundHandlers(db: PolicyLensDb, ready: Promise<unknown>): void {
  contentToBackground.onMessage('lookupPage', async ({ data }) => {
    const signals = PageSignals.parse(data);
    await ready;
    const statement = await findStatementByUrls(db, signals.urls);
    return statement ? statementContext(db, statement) : null;
  });
}
