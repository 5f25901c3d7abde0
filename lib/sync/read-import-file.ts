// Reads a chosen file without ever holding its whole text or two copies of its
// records. A sync file as this extension writes it (export.ts) has one record per
// line, so it is read as a stream of lines: each record is parsed and validated on
// its own, and only the validated record is kept. A 200 MB file then peaks at its
// validated records plus one line, instead of its text, its parsed tree and the
// validated copy at once. Any other layout (a hand-made or minified file, a W3C or
// Hypothesis export, an older format version) is read whole by parseImportText,
// which gives the same result and the same messages.
import type { z } from 'zod';
import type { SyncedTable } from '../storage/db';
import { SYNCED_TABLES, SYNC_FORMAT_VERSION, SyncFile } from './format';
import { type ImportError, type ImportFailure, analystMessage, failure, issuesToErrors, itemErrors, placeInSyncFile } from './import-errors';
import { type ParsedImport, envelopeProblem, parseImportText, repeatedIds } from './import-validate';
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

/** Lines of a text stream, decoded as UTF-8, without their line breaks. */
async function* lines(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    const parts = (rest + (done ? decoder.decode() : decoder.decode(value, { stream: true }))).split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
    if (done) break;
  }
  if (rest !== '') yield rest;
}

/** Not this extension's layout: read the file whole instead. */
class OtherLayout extends Error {}

interface Streamed {
  head: JsonObject;
  lists: Record<List, unknown[]>;
  errors: ImportError[];
}

async function readLines(stream: ReadableStream<Uint8Array>): Promise<Streamed> {
  const head: JsonObject = {};
  const lists = Object.fromEntries(LISTS.map((l) => [l, []])) as unknown as Record<List, unknown[]>;
  const errors: ImportError[] = [];
  let open: List | undefined;
  let state: 'start' | 'body' | 'end' = 'start';
  for await (const raw of lines(stream)) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (state === 'start') {
      if (line !== '{') throw new OtherLayout();
      state = 'body';
      continue;
    }
    if (state === 'end') {
      if (line.trim() !== '') throw new OtherLayout();
      continue;
    }
    if (line === '}') {
      if (open) throw new OtherLayout();
      state = 'end';
      continue;
    }
    if (open) {
      if (LIST_CLOSE.test(line)) {
        open = undefined;
        continue;
      }
      const record = RECORD.exec(line);
      if (!record) throw new OtherLayout();
      const list = open;
      const index = lists[list].length;
      const json: unknown = JSON.parse(record[1] ?? '');
      const parsed = ELEMENT[list].safeParse(json, { error: analystMessage });
      if (parsed.success) lists[list].push(parsed.data);
      else {
        lists[list].push(undefined);
        const where = placeInSyncFile({ [list]: { [index]: json } }, list, index);
        if (where) errors.push(...itemErrors(parsed.error.issues, where));
      }
      continue;
    }
    const empty = LIST_EMPTY.exec(line);
    const opening = empty ?? LIST_OPEN.exec(line);
    if (opening && (LISTS as readonly string[]).includes(opening[1] ?? '')) {
      if (!empty) open = opening[1] as List;
      continue;
    }
    const field = HEAD_FIELD.exec(line);
    if (!field || opening) throw new OtherLayout();
    const [, name = '', value = ''] = field;
    const key = JSON.parse(name) as string;
    if ((LISTS as readonly string[]).includes(key)) throw new OtherLayout();
    head[key] = JSON.parse(value);
  }
  if (state !== 'end') throw new OtherLayout();
  return { head, lists, errors };
}

/** Reads and validates a file the analyst chose; `now` dates foreign items that give no time. */
export async function readImportFile(file: Blob, now: Date = new Date()): Promise<ParsedImport | ImportFailure> {
  let streamed: Streamed;
  try {
    streamed = await readLines(file.stream());
  } catch (error) {
    if (error instanceof OtherLayout || error instanceof SyntaxError || error instanceof TypeError) return parseImportText(await file.text(), now);
    throw error;
  }
  const { head, lists, errors } = streamed;
  if (!('format' in head) || head.version !== SYNC_FORMAT_VERSION) return parseImportText(await file.text(), now);
  const problem = envelopeProblem(head);
  if (problem) return problem;
  const envelope = Envelope.safeParse(head, { error: analystMessage });
  if (!envelope.success) errors.unshift(...issuesToErrors(envelope.error.issues, () => undefined));
  if (errors.length || !envelope.success) return failure(errors);
  const parsed = { ...envelope.data, ...lists } as unknown as SyncFile;
  const repeated = repeatedIds(parsed);
  if (repeated.length) return failure(repeated);
  return { ok: true, file: parsed, source: 'policy-lens', skipped: [], notices: [] };
}
