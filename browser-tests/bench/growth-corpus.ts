// The part of the detection-growth benchmark that runs in one of the extension's own
// pages (so it opens the extension's own database, the one its service worker
// answers from): it fills the database with a synthetic pack of recombined real
// sentences (test-support/corpus/synthetic-pack.ts) and builds the text index with
// the extension's own code, as a full rebuild does. Bundled by detect-growth.ts and
// driven through `window.growthCorpus`.
import '../../lib/zod-jitless';
import type { CorpusPack } from '../../lib/corpus/pack-format';
import { openDatabase, statementUrlKeys } from '../../lib/storage/db';
import { rebuildTextIndex } from '../../lib/storage/text-index';
import { syntheticPack } from '../../test-support/corpus/synthetic-pack';

/**
 * Statements per policy event. The synthetic pack gives every statement one of the two
 * seed events; a real corpus of 50k reactions answers thousands of events, and the
 * sidebar reads every statement of a page's events for its counterparts, so the
 * statements are spread over events of this size (copies of the seed events).
 */
const STATEMENTS_PER_EVENT = 20;

/** Records written per transaction: one transaction of hundreds of thousands of rows is many times slower. */
const WRITE_CHUNK = 10_000;

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += WRITE_CHUNK) await write(rows.slice(i, i + WRITE_CHUNK));
}

const usedHeap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;

const growthCorpus = {
  /** Adds `count` synthetic statements and their quotes to the extension's database and rebuilds its text index. */
  async install(base: CorpusPack, count: number, seed: number, moreTexts: string[]) {
    const db = openDatabase();
    await db.open();
    let start = performance.now();
    const pack = syntheticPack(base, count, seed, moreTexts);
    const eventOf = (i: number) => `synthetic-event-${Math.floor(i / STATEMENTS_PER_EVENT)}`;
    const statements = pack.statements.map((s, i) => ({ ...s, eventId: eventOf(i), urlKeys: statementUrlKeys(s) }));
    const events = Array.from({ length: Math.ceil(count / STATEMENTS_PER_EVENT) }, (_, n) => {
      const model = base.events[n % base.events.length];
      if (!model) throw new Error('The base corpus has no events');
      return { ...model, id: eventOf(n * STATEMENTS_PER_EVENT), title: `${model.title} (${n + 1})` };
    });
    const generateMs = performance.now() - start;
    start = performance.now();
    await inChunks(events, (chunk) => db.events.bulkPut(chunk));
    await inChunks(statements, (chunk) => db.statements.bulkPut(chunk));
    await inChunks(pack.quotes, (chunk) => db.quotes.bulkPut(chunk));
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
};

declare global {
  interface Window {
    growthCorpus: typeof growthCorpus;
  }
}
window.growthCorpus = growthCorpus;
