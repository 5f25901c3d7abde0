// The part of the benchmark that runs inside real Chromium, on a page served on
// 127.0.0.1, so IndexedDB is the browser's own: it builds the text index with the
// extension's own code (lib/storage/text-index.ts) and times detection and the
// content script's page reading. Bundled by run.ts and driven through `window.bench`.
import Dexie from 'dexie';
import { runAnchoringBench } from '../../lib/anchoring/anchoring-bench';
import { extractPageText } from '../../lib/dom/page-text';
import { detect } from '../../lib/matching/detect';
import { SAME_SUBJECT_PARAGRAPHS, UNRELATED_PARAGRAPHS } from '../../lib/matching/evaluation-texts';
import { syntheticDocSources, syntheticPage } from '../../lib/matching/synthetic-corpus';
import { openDatabase } from '../../lib/storage/db';
import { textIndexStore, writeTextIndex } from '../../lib/storage/text-index';
import { applyImportText } from '../../lib/sync/apply';
import { exportSyncFile, serializeSyncFile } from '../../lib/sync/export';
import { SYNCED_TABLES } from '../../lib/sync/format';
import { syntheticSyncFile } from '../../lib/sync/synthetic';
import { paintingBench } from './painting';

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { runs: samples.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

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

/** The largest JS heap seen while running (Chromium's performance.memory), sampled every 50 ms. */
function peakHeap() {
  const used = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
  let peak = used();
  const timer = setInterval(() => (peak = Math.max(peak, used())), 50);
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
