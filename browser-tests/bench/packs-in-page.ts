// The corpus-pack benchmark's part inside Chromium, on a page served on 127.0.0.1, so
// IndexedDB is the browser's own: the pack files come from the server as a Blob (as a
// chosen file is) and go through installPackFile, the Dashboard's own path; capturing
// a statement is the index update a capture makes. Bundled by packs-bench.ts and
// driven through `window.packsBench`. Zod runs without eval, as on the Dashboard.
import '../../lib/zod-jitless';
import Dexie from 'dexie';
import { type Progress, checkPack, installPackFile } from '../../lib/corpus/subscription';
import { detect } from '../../lib/matching/detect';
import type { Quote, Statement } from '../../lib/schema';
import { corpusRows, putQuotes, putStatements, recordTables } from '../../lib/storage/corpus-records';
import { type PolicyLensDb, openDatabase } from '../../lib/storage/db';
import { type UpdateStep, ensureTextIndex, indexTables, rebuildTextIndex, textIndexStore, updateTextIndex } from '../../lib/storage/text-index';
import { collectGarbage, peakHeap, time, usedHeap } from './in-page-timing';
import { summarise } from './timing';

/** Detection runs per page kind. */
const DETECT_RUNS = 40;
const DB_NAME = 'bench-packs';
/** The synthetic pack's id (test-support/corpus/synthetic-pack.ts). */
const PACK_ID = 'synthetic';

export interface PacksBenchInput {
  /** Addresses of the pack's version 1 and of version 2, which changes some statements. */
  v1Url: string;
  v2Url: string;
  /** Where version 3 (100 more statements changed) is published with its delta from version 2, and the delta's size. */
  v3PackUrl: string;
  v3DeltaBytes: number;
  /** Statements an analyst captures, one after another, with their quotes. */
  captures: { statement: Statement; quotes: Quote[] }[];
  /** Pages of English that match nothing, and one quoting two of the pack's statements whole. */
  englishPages: string[];
  quotingPage: string;
}

/** Times the stages a pack install reports through its progress callback; `read` until the first report. */
function stageTimer() {
  const stages: Partial<Record<'read' | Progress['stage'], number>> = {};
  let stage: 'read' | Progress['stage'] = 'read';
  let at = performance.now();
  const next = (p: Progress) => {
    const now = performance.now();
    stages[stage] = (stages[stage] ?? 0) + now - at;
    stage = p.stage;
    at = now;
  };
  /** Ends the last stage; the stages' times. */
  const stop = () => {
    next({ stage: 'installing' });
    return { readMs: (stages.read ?? 0) + (stages.downloading ?? 0), validateMs: stages.validating ?? 0, applyMs: stages.installing ?? 0, indexMs: stages.indexing ?? 0 };
  };
  return { next, stop };
}

/** Installs a pack file (read from a Blob, as a chosen file) through installPackFile, timing each stage. */
async function installFromFile(db: PolicyLensDb, url: string) {
  const file = await (await fetch(url)).blob();
  const timer = stageTimer();
  const text = await file.text();
  const result = await installPackFile(db, text, timer.next);
  const times = timer.stop();
  if (result.status !== 'installed') throw new Error(`The pack was not installed: ${JSON.stringify(result)}`);
  return { fileBytes: file.size, ...times, changed: result.report.changedStatementIds.length };
}

/**
 * A subscription's check (checkPack) of a pack whose next version has a delta: the request
 * for the pack file's header, the delta's download, its validation against the installed
 * version, the install and the index update, timed stage by stage.
 */
async function updateByDelta(db: PolicyLensDb, packId: string, packUrl: string, deltaBytes: number) {
  await db.packs.update(packId, { kind: 'subscribed', url: packUrl });
  const timer = stageTimer();
  const result = await checkPack(db, packId, { onProgress: timer.next });
  const times = timer.stop();
  if (result.status !== 'installed' || !result.delta) throw new Error(`The delta was not applied: ${JSON.stringify(result)}`);
  return { fileBytes: deltaBytes, ...times, changed: result.report.changedStatementIds.length };
}

/** Index work by step: the time each step took, summed over the updates that reported it. */
function stepTimes() {
  const steps: Partial<Record<UpdateStep, number>> = {};
  let at = performance.now();
  return {
    steps,
    start: () => (at = performance.now()),
    step: (done: UpdateStep) => {
      const now = performance.now();
      steps[done] = (steps[done] ?? 0) + now - at;
      at = now;
    },
  };
}

/**
 * Proxies, not figures of the product: the floors under "install its records" (the same
 * statements and quotes, parsed from the same file untimed, written in one transaction
 * with no provenance and no comparison) in the product's layout, the chunk rows an install
 * into empty tables writes (lib/storage/corpus-records.ts: corpusRows). Then the install's index step on the same records (updateTextIndex of
 * every statement into an empty index, as installPackFile does), split into its compute
 * and its writes.
 */
async function installFloors(url: string) {
  const name = `${DB_NAME}-floor`;
  const pack = (await (await fetch(url)).json()) as { statements: Statement[]; quotes: Quote[] };
  await Dexie.delete(name);
  const db = openDatabase(name);
  await db.open();
  await ensureTextIndex(db);
  const rows = corpusRows(pack.statements, pack.quotes);
  const start = performance.now();
  await db.transaction('rw', recordTables(db), async () => {
    await db.statementChunks.bulkPut(rows.statementChunks);
    await db.quoteChunks.bulkPut(rows.quoteChunks);
    await db.corpusKeys.bulkPut(rows.corpusKeys);
  });
  const productLayoutMs = performance.now() - start;
  const index = stepTimes();
  index.start();
  // As an install does: in a transaction over the records, given the records written rather than reading them back.
  // The scratch database held no quote before: an install knows that from the keys it read before writing.
  const written = { statements: new Map(pack.statements.map((s) => [s.id, s])), quotes: new Map(pack.quotes.map((q) => [q.id, q])), quoteIdsBefore: [] };
  await db.transaction('rw', [...recordTables(db), ...indexTables(db)], async () => {
    await updateTextIndex(db, [...written.statements.keys()], index.step, written);
  });
  db.close();
  await Dexie.delete(name);
  return {
    productLayoutMs,
    productLayoutRows: rows.statementChunks.length + rows.quoteChunks.length + rows.corpusKeys.length,
    indexSteps: index.steps,
  };
}

const packsBench = {
  /**
   * Installs version 1 into an empty database, captures statements (the index work only),
   * applies version 2, and times detection on the incrementally grown index against the
   * same texts indexed by a full rebuild.
   */
  async run(input: PacksBenchInput) {
    const floors = await installFloors(input.v1Url);
    collectGarbage();
    const heap = peakHeap();
    await Dexie.delete(DB_NAME);
    const db = openDatabase(DB_NAME);
    await db.open();
    // As on a real profile, where the background's first start has built the index (and
    // stamped its format) before any pack is added; an index grown from none would carry
    // no format and be read without its filter.
    await ensureTextIndex(db);
    const install = await installFromFile(db, input.v1Url);

    // Each step after the install starts from a collected heap: the steps before it leave
    // up to a gigabyte of garbage (the 208 MB file, read and parsed), whose collection
    // would otherwise land in whichever step comes next. A capture or a subscription's
    // check runs long after an install, in a page or background holding little.
    collectGarbage();
    const captures: { ms: number; heapBytes: number; steps: Partial<Record<UpdateStep, number>> }[] = [];
    for (const { statement, quotes } of input.captures) {
      await putStatements(db, [statement]);
      await putQuotes(db, quotes);
      const heapBytes = usedHeap();
      const index = stepTimes();
      const start = index.start();
      await updateTextIndex(db, [statement.id], index.step);
      captures.push({ ms: performance.now() - start, heapBytes, steps: index.steps });
    }

    collectGarbage();
    const update = await installFromFile(db, input.v2Url);
    collectGarbage();
    const deltaUpdate = await updateByDelta(db, PACK_ID, input.v3PackUrl, input.v3DeltaBytes);

    const detectOn = async () => {
      const store = textIndexStore(db);
      let run = 0;
      await detect(input.englishPages[0] ?? '', store);
      const english = await time(DETECT_RUNS, () => detect(input.englishPages[run++ % input.englishPages.length] ?? '', store));
      let found = { statements: 0, quotes: 0 };
      const quoting = await time(DETECT_RUNS, async () => {
        const detection = await detect(input.quotingPage, store);
        found = { statements: detection.statements.length, quotes: detection.quotes.length };
      });
      return { english, quoting, found };
    };
    const incremental = await detectOn();
    const start = performance.now();
    await rebuildTextIndex(db);
    const rebuildMs = performance.now() - start;
    const rebuilt = await detectOn();
    db.close();
    await Dexie.delete(DB_NAME);
    return { install, floors, capture: summarise(captures.map((c) => c.ms)), captures, update, deltaUpdate, incremental, rebuilt, rebuildMs, peakHeapBytes: heap.stop() };
  },
};

declare global {
  interface Window {
    packsBench: typeof packsBench;
  }
}
window.packsBench = packsBench;
