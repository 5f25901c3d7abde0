// Opens a chosen file for import without ever holding its text or its records
// whole. A sync file as this extension writes it (export.ts) has one record per
// line: its head (format, version, date, scope) is read and checked first, and its
// records are then read as a stream of lines, a slice of the file at a time, each
// record parsed and validated on its own and handed on in chunks (import-pass.ts),
// once for the preview and once more for the import. A 200 MB file then costs a
// chunk of records and what the preview keeps, not its text, its parsed tree and
// its validated copy at once.
//
// Any other layout (a hand-made or minified file, a W3C or Hypothesis export, an
// older format version) is read whole by parseImportText, which gives the same
// result and the same messages. A layout that turns out not to be ours half-way
// through the file throws OtherLayout, and the caller reads it whole instead.
//
// Reading happens inside the import's database transaction: IndexedDB commits a
// transaction as soon as it has nothing to do, so each slice is awaited through
// the transaction's waitFor (transaction-bound.ts), which keeps it alive meanwhile.
import type { z } from 'zod';
import type { SyncedTable } from '../storage/db';
import { type Deletion, SYNCED_TABLES, SYNC_FORMAT_VERSION, type SyncRecord, SyncFile } from './format';
import { type ImportFailure, analystMessage, failure, issuesToErrors, itemErrors, placeInSyncFile } from './import-errors';
import { CHUNK_RECORDS, type Chunk, type ChunkReader, chunksOf } from './import-pass';
import { type ParsedImport, RepeatedIds, envelopeProblem, parseImportText } from './import-validate';
import { estimateStoredBytes, storedBytesOfJson } from './storage-quota';
import type { Wait } from './transaction-bound';
import type { JsonObject } from './upgrade';

type List = SyncedTable | 'deletions';
const LISTS: readonly List[] = [...SYNCED_TABLES, 'deletions'];

/** The schema of one element of each list, as SyncFile declares it. */
const ELEMENT: Record<List, z.ZodType> = Object.fromEntries(
  LISTS.map((list) => [list, (SyncFile.shape[list] as unknown as { unwrap(): z.ZodArray<z.ZodType> }).unwrap().element]),
) as Record<List, z.ZodType>;

const Envelope = SyncFile.pick({ format: true, version: true, exportedAt: true, scope: true });

const HEAD_FIELD = /^ {2}("(?:[^"\\]|\\.)*"): (.*?),?$/;
const LIST_OPEN = /^ {2}"([a-z]+)": \[$/;
const LIST_EMPTY = /^ {2}"([a-z]+)": \[\],?$/;
const RECORD = /^ {4}(\{.*\}),?$/;
const LIST_CLOSE = /^ {2}\],?$/;

/** Bytes read from the file at a time: large enough to keep reads few, small beside the file. */
const SLICE_BYTES = 1 << 20;

/** Not this extension's layout: read the file whole instead. */
export class OtherLayout extends Error {}

/** A file ready to import: what it says of itself, and its records in chunks, as often as needed. */
export interface ImportInput {
  about: Pick<ParsedImport, 'source' | 'upgradedFrom' | 'skipped' | 'notices'> & Pick<SyncFile, 'scope' | 'exportedAt'>;
  read: ChunkReader;
  /** About how many bytes its records take once stored (storage-quota.ts). */
  storedBytes: number;
  /** For a W3C or Hypothesis file: highlight id → the fields its format carries (merge.ts). */
  carried?: ReadonlyMap<string, readonly string[]>;
}

/** A file already read whole and validated, as an import input. */
export function parsedInput(parsed: ParsedImport): ImportInput {
  const { file, source, upgradedFrom, skipped, notices, carried } = parsed;
  return {
    about: { source, skipped, notices, scope: file.scope, exportedAt: file.exportedAt, ...(upgradedFrom === undefined ? {} : { upgradedFrom }) },
    read: chunksOf(file),
    storedBytes: estimateStoredBytes(file),
    ...(carried ? { carried } : {}),
  };
}

/**
 * Reads the file's lines a slice at a time, decoded as UTF-8, without their line
 * breaks; each slice awaited through `wait`. `next` gives the next line, or
 * undefined at the end.
 */
function lineReader(file: Blob, wait: Wait, sliceBytes = SLICE_BYTES) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  let rest = '';
  let ready: string[] = [];
  let next = 0;
  const decode = (bytes?: ArrayBuffer) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch (error) {
      if (error instanceof TypeError) throw new OtherLayout('not UTF-8');
      throw error;
    }
  };
  return {
    async next(): Promise<string | undefined> {
      while (next >= ready.length) {
        if (at >= file.size) {
          // The end: the last line, if the file does not end with a line break.
          const last = rest + decode();
          rest = '';
          return last === '' ? undefined : last;
        }
        const parts = (rest + decode(await wait(file.slice(at, at + sliceBytes).arrayBuffer()))).split('\n');
        at += sliceBytes;
        rest = parts.pop() ?? '';
        ready = parts;
        next = 0;
      }
      return ready[next++];
    },
    /** The share of the file read so far. */
    done: () => (file.size === 0 ? 1 : Math.min(at, file.size) / file.size),
  };
}

const withoutCr = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new OtherLayout('a line is not JSON');
  }
}

/** Waits outside any transaction (reading the head). */
const plainWait: Wait = (promise) => promise;

/** The head fields, read up to the first list; undefined when the file does not start in our layout. */
async function readHead(file: Blob, sliceBytes: number): Promise<JsonObject | undefined> {
  const head: JsonObject = {};
  let first = true;
  const lines = lineReader(file, plainWait, sliceBytes);
  for (let raw = await lines.next(); raw !== undefined; raw = await lines.next()) {
    const line = withoutCr(raw);
    if (first) {
      if (line !== '{') return undefined;
      first = false;
      continue;
    }
    if (LIST_OPEN.test(line) || LIST_EMPTY.test(line)) return head;
    const field = HEAD_FIELD.exec(line);
    if (!field) return undefined;
    const [, name = '', value = ''] = field;
    const key = parseJson(name) as string;
    if ((LISTS as readonly string[]).includes(key)) return undefined;
    head[key] = parseJson(value);
  }
  return undefined;
}

/**
 * The records of a file in our layout, validated one by one and handed on in
 * chunks. Problems (an invalid record, a repeated id) are collected in `problems`;
 * anything that is not our layout throws OtherLayout.
 */
function streamedChunks(file: Blob, sliceBytes: number): ChunkReader {
  return (problems, wait) => {
    const lines = lineReader(file, wait, sliceBytes);
    const repeated = new RepeatedIds();
    const seenLists = new Set<List>();
    let open: List | undefined;
    let index = 0;
    let chunk: unknown[] = [];
    let state: 'start' | 'head' | 'lists' | 'end' = 'start';
    const flush = (list: List): Chunk | undefined => {
      if (chunk.length === 0) return undefined;
      const items = chunk;
      chunk = [];
      return list === 'deletions' ? { list, deletions: items as Deletion[] } : { list, records: items as SyncRecord[] };
    };
    /** Reads one line of a list: a record, validated, or the list's end. */
    const listLine = (list: List, line: string): Chunk | undefined => {
      if (LIST_CLOSE.test(line)) {
        open = undefined;
        return flush(list);
      }
      const record = RECORD.exec(line);
      if (!record) throw new OtherLayout('not one record per line');
      const json = parseJson(record[1] ?? '');
      const parsed = ELEMENT[list].safeParse(json, { error: analystMessage });
      const where = placeInSyncFile({ [list]: { [index]: json } }, list, index);
      if (!parsed.success) {
        if (where) problems.push(...itemErrors(parsed.error.issues, where));
      } else if (list === 'deletions') {
        const d = parsed.data as Deletion;
        repeated.deletion(index, d.table, d.id);
        chunk.push(d);
      } else {
        repeated.record(list, index, (parsed.data as SyncRecord).id, where);
        chunk.push(parsed.data);
      }
      index++;
      return chunk.length >= CHUNK_RECORDS ? flush(list) : undefined;
    };
    /** Reads one line outside the lists: the braces, a head field, a list's start. */
    const outerLine = (line: string) => {
      if (state === 'start') {
        if (line !== '{') throw new OtherLayout('no opening brace');
        state = 'head';
      } else if (state === 'end') {
        if (line.trim() !== '') throw new OtherLayout('text after the end');
      } else if (line === '}') state = 'end';
      else {
        const empty = LIST_EMPTY.exec(line);
        const list = (empty ?? LIST_OPEN.exec(line))?.[1] as List | undefined;
        if (list && LISTS.includes(list)) {
          // Each list once, the deletions last: what export.ts writes, and what keeps the stream's checks those of a whole read.
          if (seenLists.has(list) || seenLists.has('deletions')) throw new OtherLayout('lists repeated or out of order');
          seenLists.add(list);
          state = 'lists';
          if (!empty) {
            open = list;
            index = 0;
          }
        } else if (state === 'lists' || !HEAD_FIELD.test(line)) throw new OtherLayout('a field after the lists');
      }
    };
    return {
      async next() {
        for (let raw = await lines.next(); raw !== undefined; raw = await lines.next()) {
          const line = withoutCr(raw);
          const full = open ? listLine(open, line) : outerLine(line);
          if (full) return full;
        }
        if (state !== 'end') throw new OtherLayout('no closing brace');
        if (problems.length === 0) problems.push(...repeated.errors);
        repeated.errors.length = 0;
        return undefined;
      },
      done: lines.done,
    };
  };
}

/** Reads the file whole, as any layout other than ours is. */
export async function wholeFileInput(file: Blob, now: Date = new Date()): Promise<ImportInput | ImportFailure> {
  const parsed = parseImportText(await file.text(), now);
  return parsed.ok ? parsedInput(parsed) : parsed;
}

/**
 * Opens a file the analyst chose: as a stream when it starts as a sync file of the
 * current version in our layout, otherwise read whole. `now` dates foreign items
 * that give no time; `sliceBytes` is a test seam (a few bytes split lines and
 * characters across reads).
 */
export async function openImportFile(file: Blob, now: Date = new Date(), sliceBytes = SLICE_BYTES): Promise<ImportInput | ImportFailure> {
  let head: JsonObject | undefined;
  try {
    head = await readHead(file, sliceBytes);
  } catch (error) {
    if (!(error instanceof OtherLayout)) throw error;
  }
  if (!head || !('format' in head) || head.version !== SYNC_FORMAT_VERSION) return wholeFileInput(file, now);
  const problem = envelopeProblem(head);
  if (problem) return problem;
  const envelope = Envelope.safeParse(head, { error: analystMessage });
  if (!envelope.success) return failure(issuesToErrors(envelope.error.issues, () => undefined));
  const { scope, exportedAt } = envelope.data;
  return {
    about: { source: 'policy-lens', skipped: [], notices: [], scope, exportedAt },
    read: streamedChunks(file, sliceBytes),
    storedBytes: storedBytesOfJson(file.size),
  };
}
