// The part of the benchmark that runs inside real Chromium, on a page served on
// 127.0.0.1, so IndexedDB is the browser's own: it builds the text index with the
// extension's own code (lib/storage/text-index.ts) and times detection and the
// content script's page reading. Bundled by run.ts and driven through `window.bench`.
import Dexie from 'dexie';
import { runAnchoringBench } from '../../test-support/anchoring/anchoring-bench';
import { extractPageText } from '../../lib/dom/page-text';
import { detect } from '../../lib/matching/detect';
import { SAME_SUBJECT_PARAGRAPHS, UNRELATED_PARAGRAPHS } from '../../test-support/matching/evaluation-texts';
import { syntheticDocSources, syntheticPage } from '../../test-support/matching/synthetic-corpus';
import { openDatabase } from '../../lib/storage/db';
import type { Annotation } from '../../lib/schema';
import { applyImportText, applyInput, previewImportFile } from '../../lib/sync/apply';
import { rebuildTextIndex, textIndexStore, updateTextIndex, writeTextIndex } from '../../lib/storage/text-index';
import type { CorpusPack } from '../../lib/corpus/pack-format';
import { serializePack, toPackFile } from '../../lib/corpus/pack-format';
import { capturedStatement, changedPack, syntheticPack } from '../../test-support/corpus/synthetic-pack';
import { readPack } from '../../lib/corpus/subscription';
import { installCorpus } from '../../lib/storage/corpus-install';
import { statementUrlKeys } from '../../lib/storage/db';
import { exportSyncFile, serializeSyncFile } from '../../lib/sync/export';
import { SYNCED_TABLES } from '../../lib/sync/format';
import { syntheticSyncFile } from '../../test-support/sync/synthetic-sync-file';
import { paintingBench } from './painting';
import { type Timing, summarise } from './timing';

async function time(runs: number, work: () => unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

async function storageUsage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? NaN;
}

const SEED = 2026;
/** Detection runs per page kind in the packs benchmark. */
const DETECT_RUNS_IN_PAGE = 40;

/** The largest JS heap seen while running (Chromium's performance.memory), sampled every 50 ms. */
/** The JS heap in use (Chromium's performance.memory; precise with --enable-precise-memory-info). */
const usedHeap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;

/** A full garbage collection, when the browser exposes it (--js-flags=--expose-gc). */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/** How often the heap is sampled by default: often enough for steps that last seconds. */
const HEAP_SAMPLE_MS = 50;

function peakHeap(everyMs = HEAP_SAMPLE_MS) {
  const used = usedHeap;
  let peak = used();
  const timer = setInterval(() => (peak = Math.max(peak, used())), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, used());
    },
  };
}

/** About `words` words of real English on the corpus's subject, paragraphs rotated by `shift`. */
function englishPage(words: number, shift: number): string {
  const paragraphs = [...SAME_SUBJECT_PARAGRAPHS, ...UNRELATED_PARAGRAPHS];
  const out: string[] = [];
  for (let i = shift, count = 0; count < words; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    out.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return out.join('\n\n');
}

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
   * empty database, against a bare Dexie bulkPut of the same records, then exporting it.
   */
  async sync(statements: number, annotations: number) {
    const heap = peakHeap();
    const file = syntheticSyncFile(statements, annotations, SEED);
    const text = serializeSyncFile(file);
    const bare = openDatabase('bench-sync-bulkput');
    await bare.delete();
    await bare.open();
    let start = performance.now();
    await bare.transaction('rw', SYNCED_TABLES.map((t) => bare.table(t)), async () => {
      for (const table of SYNCED_TABLES) await bare.table(table).bulkPut(file[table]);
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

  /**
   * Corpus packs at `statements` statements of recombined seed sentences (test-support/corpus/synthetic-pack.ts):
   * installing the pack from its file's text into an empty database, capturing one statement
   * (the index work only), applying a version that changes 100 statements, and detection on the
   * resulting index against the same texts indexed by a full rebuild.
   */
  async packs(base: CorpusPack, statements: number) {
    const heap = peakHeap();
    const text = (pack: CorpusPack) => {
      const { events, organisations, people, topics, statements: s, quotes, ...header } = pack;
      return serializePack(toPackFile(header, { events, organisations, people, topics, statements: s, quotes }));
    };
    const pack = syntheticPack(base, statements, SEED);
    const v1 = text(pack);
    const db = openDatabase(`bench-packs-${statements}`);
    await db.delete();
    await db.open();
    // The three steps installPackFile takes, timed one by one.
    let start = performance.now();
    const first = readPack(v1);
    const install = { validateMs: performance.now() - start, applyMs: 0, indexMs: 0 };
    if (!first.ok) throw new Error(first.error);
    start = performance.now();
    const added = await installCorpus(db, first.pack, { kind: 'file' });
    install.applyMs = performance.now() - start;
    start = performance.now();
    await updateTextIndex(db, added.changedStatementIds);
    install.indexMs = performance.now() - start;

    const captures: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { statement, quotes } = capturedStatement(base, i, SEED + i);
      await db.statements.add({ ...statement, urlKeys: statementUrlKeys(statement) });
      await db.quotes.bulkAdd(quotes);
      start = performance.now();
      await updateTextIndex(db, [statement.id]);
      captures.push(performance.now() - start);
    }

    const v2 = text(changedPack(pack, 100, SEED + 1));
    start = performance.now();
    const read = readPack(v2);
    const validateMs = performance.now() - start;
    if (!read.ok) throw new Error(read.error);
    start = performance.now();
    const report = await installCorpus(db, read.pack, { kind: 'file' });
    const applyMs = performance.now() - start;
    start = performance.now();
    await updateTextIndex(db, report.changedStatementIds);
    const reindexMs = performance.now() - start;

    const quoting = pack.statements.slice(0, 2).map((s) => s.text);
    const pages = [0, 1, 2, 3].map((i) => englishPage(5_000, i));
    const quotingPage = `${englishPage(2_500, 5)}\n\n${quoting.join('\n\n')}\n\n${englishPage(2_500, 6)}`;
    const detectOn = async () => {
      const store = textIndexStore(db);
      let run = 0;
      await detect(pages[0] ?? '', store);
      const english = await time(DETECT_RUNS_IN_PAGE, () => detect(pages[run++ % pages.length] ?? '', store));
      let found = { statements: 0, quotes: 0 };
      const quotingTiming = await time(DETECT_RUNS_IN_PAGE, async () => {
        const detection = await detect(quotingPage, store);
        found = { statements: detection.statements.length, quotes: detection.quotes.length };
      });
      return { english, quoting: quotingTiming, found };
    };
    const incremental = await detectOn();
    start = performance.now();
    await rebuildTextIndex(db);
    const rebuildMs = performance.now() - start;
    const rebuilt = await detectOn();
    db.close();
    await Dexie.delete(`bench-packs-${statements}`);
    return {
      statements,
      fileBytes: v1.length,
      install,
      capture: summarise(captures),
      update: { changed: report.changedStatementIds.length, validateMs, applyMs, reindexMs, fileBytes: v2.length },
      incremental,
      rebuilt,
      rebuildMs,
      peakHeapBytes: heap.stop(),
    };
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
