// The part of the detection-growth benchmark that runs in one of the extension's own
// pages (so it opens the extension's own database, the one its service worker
// answers from): it fills the database with a synthetic pack of recombined real
// sentences (test-support/corpus/synthetic-pack.ts) and builds the text index with
// the extension's own code, as a full rebuild does. Bundled by detect-growth.ts and
// driven through `window.growthCorpus`.
import '../../lib/zod-jitless';
import type { CorpusPack } from '../../lib/corpus/pack-format';
import { putQuotes, putStatements } from '../../lib/storage/corpus-records';
import { type PolicyLensDb, openDatabase } from '../../lib/storage/db';
import type { FingerprintStore } from '../../lib/matching/index-types';
import { INDEX_FORMAT, rebuildTextIndex, textIndexStore } from '../../lib/storage/text-index';
import { buildPageReport } from '../../lib/storage/page-report';
import { detect } from '../../lib/matching/detect';
import { verifyPage } from '../../lib/verify/page-verification';
import { syntheticPack } from '../../test-support/corpus/synthetic-pack';

/**
 * Statements per policy event. The synthetic pack gives every statement one of the two
 * seed events; a real corpus of 50k reactions answers thousands of events, and the
 * sidebar reads every statement of a page's events for its counterparts, so the
 * statements are spread over events of this size (copies of the seed events).
 */
const STATEMENTS_PER_EVENT = 20;

const usedHeap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;

const growthCorpus = {
  /** Adds `count` synthetic statements and their quotes to the extension's database and rebuilds its text index. */
  async install(base: CorpusPack, count: number, seed: number, moreTexts: string[]) {
    const db = openDatabase();
    await db.open();
    let start = performance.now();
    const pack = syntheticPack(base, count, seed, moreTexts);
    const eventOf = (i: number) => `synthetic-event-${Math.floor(i / STATEMENTS_PER_EVENT)}`;
    const statements = pack.statements.map((s, i) => ({ ...s, eventId: eventOf(i) }));
    const events = Array.from({ length: Math.ceil(count / STATEMENTS_PER_EVENT) }, (_, n) => {
      const model = base.events[n % base.events.length];
      if (!model) throw new Error('The base corpus has no events');
      return { ...model, id: eventOf(n * STATEMENTS_PER_EVENT), title: `${model.title} (${n + 1})` };
    });
    const generateMs = performance.now() - start;
    start = performance.now();
    await Promise.all([db.events.bulkPut(events), putStatements(db, statements), putQuotes(db, pack.quotes)]);
    const writeMs = performance.now() - start;
    const heapAfterWrite = usedHeap();
    start = performance.now();
    const size = await rebuildTextIndex(db);
    const indexMs = performance.now() - start;
    db.close();
    return { generateMs, writeMs, indexMs, ...size, heapBytes: Math.max(heapAfterWrite, usedHeap()) };
  },

  /** Starts a full rebuild of the index (the explicit repair) and returns at once; `rebuilding` says whether it still runs. */
  startRebuild() {
    const db = openDatabase();
    growthCorpus.rebuilding = true;
    void rebuildTextIndex(db).finally(() => {
      growthCorpus.rebuilding = false;
      db.close();
    });
  },
  rebuilding: false,

  /** Marks the stored index as of an older format, as an update of the extension that changes the format leaves it: the next start rebuilds it in the service worker. */
  async markIndexStale() {
    const db = openDatabase();
    await db.meta.put({ key: 'indexFormat', value: 'an older format (detect-growth bench)' });
    db.close();
  },

  /** Whether the stored index is of the current format (a rebuild at start has finished). */
  async indexCurrent() {
    const db = openDatabase();
    const format = (await db.meta.get('indexFormat'))?.value;
    db.close();
    return format === INDEX_FORMAT;
  },

  /**
   * Where one page's answer goes (BENCH_GROWTH_PROFILE): detection and the report built
   * here, in an extension page on the same database, each database request timed by a
   * Dexie middleware and summed by table, operation and index. One connection serves
   * every page, as the service worker's does (with its cache of corpus-wide reads).
   */
  async profile(text: string, urls: string[]) {
    profiled ??= await profiledDatabase();
    const { db, store, requests } = profiled;
    requests.clear();
    const steps: Record<string, number> = {};
    const time = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      const result = await run();
      steps[label] = performance.now() - started;
      return result;
    };
    const detected = await time('detect', () => detect(text, store));
    const report = await time('buildPageReport (with verifyPage)', () => buildPageReport(db, store, { urls, text }, detected));
    if (report?.verification) await time('verifyPage again, alone', () => verifyPage(db, text, report.found, report.recognised?.statement.id));
    return { steps, requests: [...requests].map(([key, r]) => ({ key, ...r })).sort((a, b) => b.ms - a.ms), found: report?.found.length ?? 0 };
  },
};

type Requests = Map<string, { n: number; ms: number; rows: number }>;
let profiled: { db: PolicyLensDb; store: FingerprintStore; requests: Requests } | undefined;

/** The extension's database with every request timed into `requests`. */
async function profiledDatabase() {
  const requests: Requests = new Map();
  const db = openDatabase();
  db.use({
    stack: 'dbcore',
    name: 'bench-timing',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const timed =
          <A extends unknown[], R>(op: string, call: (...args: A) => Promise<R>, what: (...args: A) => string, rows: (r: R) => number) =>
          async (...args: A): Promise<R> => {
            const started = performance.now();
            const result = await call(...args);
            const key = `${name}.${op}${what(...args)}`;
            const entry = requests.get(key) ?? { n: 0, ms: 0, rows: 0 };
            requests.set(key, { n: entry.n + 1, ms: entry.ms + performance.now() - started, rows: entry.rows + rows(result) });
            return result;
          };
        return {
          ...table,
          get: timed('get', table.get.bind(table), (_q: unknown) => '', (r) => (r === undefined ? 0 : 1)),
          getMany: timed('getMany', table.getMany.bind(table), (_q: unknown) => '', (r) => r.length),
          count: timed('count', table.count.bind(table), (q) => ` ${q.query.index.name || 'id'}`, () => 0),
          query: timed('query', table.query.bind(table), (q) => ` ${q.query.index.name || 'id'}${q.values ? '' : ' keys'}`, (r) => r.result.length),
          openCursor: timed('openCursor', table.openCursor.bind(table), (q) => ` ${q.query.index.name || 'id'}${q.unique ? ' unique' : ''}`, () => 0),
        };
      },
    }),
  });
  await db.open();
  return { db, store: textIndexStore(db), requests };
}

declare global {
  interface Window {
    growthCorpus: typeof growthCorpus;
  }
}
window.growthCorpus = growthCorpus;
