// A fresh, isolated IndexedDB per test. Unit tests run in Node, where no real
// browser IndexedDB exists, so they use fake-indexeddb; the browser suites cover
// the real thing.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { type PolicyLensDb, openDatabase } from './db';

export function freshIndexedDb() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

// Dexie's liveQuery (so useLiveQuery) stays silent unless Dexie found an IndexedDB when it
// loaded, which Node lacks; each test database brings its own, so give Dexie one too.
if (!Dexie.dependencies.indexedDB) Object.assign(Dexie.dependencies, freshIndexedDb());

export function openTestDatabase(): PolicyLensDb {
  return openDatabase('policy-lens-test', freshIndexedDb());
}
