// The part of the benchmark that runs inside real Chromium, on a page served on
// 127.0.0.1, so IndexedDB is the browser's own: it builds the text index with the
// extension's own code (lib/storage/text-index.ts) and times detection and the
// content script's page reading. Bundled by run.ts and driven through `window.bench`.
import Dexie from 'dexie';
import { runAnchoringBench } from '../../test-support/anchoring/anchoring-bench';
import { extractPageText } from '../../lib/dom/page-text';
import { detect } from '../../lib/matching/detect';
import { englishPage } from '../../test-support/matching/english-page';
import { syntheticDocSources, syntheticPage } from '../../test-support/matching/synthetic-corpus';
import { corpusRows, recordTables } from '../../lib/storage/corpus-records';
import { openDatabase } from '../../lib/storage/db';
import type { Annotation } from '../../lib/schema';
import { applyImportText, applyInput, previewImportFile } from '../../lib/sync/apply';
import { textIndexStore, writeTextIndex } from '../../lib/storage/text-index';
import { exportSyncFile, serializeSyncFile } from '../../lib/sync/export';
import { SYNCED_TABLES } from '../../lib/sync/format';
import { syntheticSyncFile } from '../../test-support/sync/synthetic-sync-file';
import { collectGarbage, peakHeap, time, usedHeap } from './in-page-timing';
import { paintingBench } from './painting';

async function storageUsage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? NaN;
}

const SEED = 2026;

const bench = {
  /** Builds an index of `statements` synthetic statements in a fresh database. */
  async build(statements: number) {
    const db = openDatabase(`bench-${statements}`);
    await db.delete();
    await db.open();
    const before = await storageUsage();
    const generated = performance.now();
    const sources = syntheticDocSources(statements, SEED);
    const start = performance.now();
    const size = await writeTextIndex(db, sources);
    if (!size) throw new Error('Nothing else writes to the bench database');
    const buildMs = performance.now() - start;
    db.close();
    return { statements, generateMs: start - generated, buildMs, ...size, bytes: (await storageUsage()) - before };
  },

  /**
   * Times detection of pages against the index of `statements` statements: pages in the
   * synthetic corpus's own language (which shares many 5-word runs with a large synthetic
   * corpus), optionally quoting two of its quotes, or English pages about health policy
   * written without any corpus sentence.
   */
  async detect(statements: number, pageWords: number, runs: number, kind: 'synthetic' | 'quoting' | 'english') {
    const db = openDatabase(`bench-${statements}`);
    const store = textIndexStore(db);
    const embed = kind === 'quoting' ? syntheticDocSources(statements, SEED).filter((s) => s.kind === 'quote').slice(0, 2) : [];
    const pages = Array.from({ length: 4 }, (_, i) => (kind === 'english' ? englishPage(pageWords, i) : syntheticPage(pageWords, 100 + i, embed)));
    let matches = 0;
    let run = 0;
    await detect(pages[0]!, store); // open the database connection outside the timing
    const timing = await time(runs, async () => {
      matches = (await detect(pages[run++ % pages.length]!, store)).quotes.length;
    });
    db.close();
    return { ...timing, matches };
  },

  /** Times the content script's reading of a page of `words` words (text pass + message copy). */
  async readPage(words: number, runs: number) {
    const article = document.createElement('article');
    for (const paragraph of syntheticPage(words, 7).split('\n\n')) {
      const p = document.createElement('p');
      p.textContent = paragraph;
      article.append(p);
    }
    document.body.replaceChildren(article);
    return time(runs, () => structuredClone({ urls: [location.href], text: extractPageText(document.body).text }));
  },

  /** Re-anchoring 200 highlights on a 100k-word page: ours against the Hypothesis approach. */
  anchoring: () => runAnchoringBench(),

  /**
   * Importing a sync file of `statements` statements and `annotations` highlights into an
   * empty database, against a bare Dexie bulkPut of the same records (statements and quotes
   * as the chunk rows written into empty tables, built before the clock starts), then
   * exporting it.
   */
  async sync(statements: number, annotations: number) {
    const heap = peakHeap();
    const file = syntheticSyncFile(statements, annotations, SEED);
    const text = serializeSyncFile(file);
    const bare = openDatabase('bench-sync-bulkput');
    await bare.delete();
    await bare.open();
    const chunked = corpusRows(file.statements, file.quotes);
    const rowPerRecord = SYNCED_TABLES.filter((t) => t !== 'statements' && t !== 'quotes');
    let start = performance.now();
    await bare.transaction('rw', [...recordTables(bare), ...rowPerRecord.map((t) => bare.table(t))], async () => {
      await bare.statementChunks.bulkPut(chunked.statementChunks);
      await bare.quoteChunks.bulkPut(chunked.quoteChunks);
      await bare.corpusKeys.bulkPut(chunked.corpusKeys);
      for (const table of rowPerRecord) await bare.table(table).bulkPut(file[table]);
    });
    const bulkPutMs = performance.now() - start;
    bare.close();
    const db = openDatabase('bench-sync-import');
    await db.delete();
    await db.open();
    start = performance.now();
    const result = await applyImportText(db, text);
    const importMs = performance.now() - start;
    if ('errors' in result) throw new Error(result.errors[0]?.message);
    start = performance.now();
    const exportedBytes = serializeSyncFile(await exportSyncFile(db)).length;
    const exportMs = performance.now() - start;
    db.close();
    return { fileBytes: text.length, bulkPutMs, importMs, exportMs, exportedBytes, peakHeapBytes: heap.stop() };
  },

  /**
   * Peak memory of importing a sync file of `annotations` highlights as the Sync panel
   * does (previewed from the file, then read again, merged and written in one
   * transaction, keeping the preview meanwhile), beside a
   * bare Dexie bulkPut of the same records read from the same file with JSON.parse.
   * Both start from a Blob, whose bytes live outside the JS heap as a chosen file's
   * do; the figure is the JS heap's highest point above what it held before, sampled
   * every 10 ms (precise with --enable-precise-memory-info), after a garbage collection.
   */
  async syncMemory(annotations: number) {
    const file = new Blob([serializeSyncFile(syntheticSyncFile(0, annotations, SEED))]);
    const measure = async (name: string, work: (db: ReturnType<typeof openDatabase>) => Promise<unknown>) => {
      const db = openDatabase(name);
      await db.delete();
      await db.open();
      collectGarbage();
      const baseline = usedHeap();
      const heap = peakHeap(10);
      const start = performance.now();
      await work(db);
      const ms = performance.now() - start;
      const peak = heap.stop() - baseline;
      db.close();
      await Dexie.delete(name);
      return { ms, peakBytes: peak };
    };
    const bulkPut = await measure('bench-memory-bulkput', async (db) => {
      const parsed = JSON.parse(await file.text()) as { annotations: Annotation[] };
      await db.annotations.bulkPut(parsed.annotations);
    });
    const imported = await measure('bench-memory-import', async (db) => {
      const previewed = await previewImportFile(db, file);
      if (!('input' in previewed)) throw new Error(previewed.errors[0]?.message);
      const result = await applyInput(db, previewed.input);
      if (!result.ok) throw new Error(result.errors[0]?.message);
    });
    return { fileBytes: file.size, bulkPut, imported };
  },

  /** Painting `count` highlights on a page of about `words` words: highlight ranges against wrapping elements. */
  painting: (words: number, count: number) => paintingBench(englishPage(words, 3).split('\n\n'), count),

  async clear() {
    for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
