// A fresh, isolated IndexedDB per test. Unit tests run in Node, where no real
// browser IndexedDB exists, so they use fake-indexeddb; the browser suites cover
// the real thing.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { type PolicyLensDb, openDatabase } from './db';

export function freshIndexedDb() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export function openTestDatabase(): PolicyLensDb {
  return openDatabase('policy-lens-test', freshIndexedDb());
}
