// The import reads its file between database requests (import-pass.ts), in one
// transaction. Dexie finds the current transaction through a zone that follows its
// own promises; across a file read that zone is lost, and a plain `db.annotations`
// would then silently open a transaction of its own, which a rollback would not
// undo. Tables taken from the transaction object are bound to it whatever the zone
// (Dexie's Transaction.table), so the import works through this handle instead.
// Statements and quotes too: their chunk tables are read through it, but their writers
// (storage/record-chunks.ts) open a sub-transaction, which Dexie finds through the
// zone, so those writes rely on `wait` (Dexie's waitFor) giving the zone back.
import type { Transaction } from 'dexie';
import type { PolicyLensDb } from '../storage/db';

/** Waits for a promise that is no database request while keeping the transaction alive. */
export type Wait = <T>(promise: Promise<T>) => Promise<T>;

/** Dexie's Transaction.waitFor: what the static Dexie.waitFor calls, missing from the Transaction type. */
type WaitingTransaction = Transaction & { waitFor<T>(promise: Promise<T>): Promise<T> };

/** The database as seen from inside `tx`: every table it names is bound to `tx`. */
export function boundTo(db: PolicyLensDb, tx: Transaction): { db: PolicyLensDb; wait: Wait } {
  const bound = new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'table') return (name: string) => tx.table(name);
      if (typeof property === 'string' && tx.storeNames.includes(property)) return tx.table(property);
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { db: bound, wait: (promise) => (tx as WaitingTransaction).waitFor(promise) };
}
