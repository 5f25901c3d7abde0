// Reading a pack file line by line. Packs are written one record per line (pack-format.ts
// serializePack, which `npm run corpus -- build` and "Publish as a pack" use), so a line
// stands for its record: the installer stores the hash of the line each record came from,
// and the next version of the pack is compared line by line. A record whose line is byte
// for byte the one installed before is not validated or compared again; at 50k statements
// that is 200,000 records an update no longer puts through Zod. A statement's unchanged
// line (a few kilobytes of text, 80% of a pack's bytes) is not even parsed: it stands in
// the pack as its id alone, a stub the installer skips, as long as every record the
// installed version held is still in the file, so the references it made still resolve.
//
// The hash is 32 bits and not cryptographic: a line that collides with its record's old
// line (by chance, about one update in 20,000 at 50k statements, or on purpose) makes the
// installer keep the record it already has, validated when it was installed. It can only
// make an update skip a record, never store an unvalidated one.
import { isObject } from '../is-object';
import type { InstalledLines } from '../storage/pack-holdings';
import type { KnownRecords } from './pack-validate';
import { textHash } from '../storage/text-hash';
import { PACK_TABLES, type PackTable, type RecordHashes } from './pack-format';

/** `  "statements": [` opens a table's lines; `  "statements": []` is an empty table. */
const TABLE_LINE = /^ {2}"([a-z]+)": \[(\])?,?$/;
/** A record's line: four spaces, then the record's JSON, then a comma unless it is the table's last. */
const RECORD_INDENT = '    ';

const isPackTable = (name: string): name is PackTable => (PACK_TABLES as readonly string[]).includes(name);

/** A pack file laid out one record per line: the rest of the file (its tables left empty) and each table's record JSON, in order. */
export interface PackLines {
  header: string;
  records: Record<PackTable, string[]>;
}

/** The file's lines by table; undefined when the text is not laid out one record per line (a file written by other tools). */
export function packLines(text: string): PackLines | undefined {
  const records: Partial<Record<PackTable, string[]>> = {};
  const header: string[] = [];
  let table: string[] | undefined;
  for (const line of text.split('\n')) {
    if (table) {
      if (line === '  ]' || line === '  ],') {
        header.push(line);
        table = undefined;
        continue;
      }
      const json = line.endsWith(',') ? line.slice(RECORD_INDENT.length, -1) : line.slice(RECORD_INDENT.length);
      if (!line.startsWith(`${RECORD_INDENT}{`) || !json.endsWith('}')) return undefined;
      table.push(json);
      continue;
    }
    header.push(line);
    const opens = TABLE_LINE.exec(line);
    const name = opens?.[1];
    if (!name || !isPackTable(name)) continue;
    // A table named twice would be read one way here and another by JSON.parse.
    if (records[name]) return undefined;
    records[name] = [];
    if (!opens[2]) table = records[name];
  }
  return !table && PACK_TABLES.every((t) => records[t]) ? { header: header.join('\n'), records: records as Record<PackTable, string[]> } : undefined;
}

/** Per table, the hash of each record line, in order. */
export function lineHashes(lines: PackLines): RecordHashes {
  return Object.fromEntries(PACK_TABLES.map((t) => [t, Uint32Array.from(lines.records[t], textHash)]));
}

/** A pack file's JSON read from its lines, with what reading it learnt (see validatePackJson). */
export interface LinesRead {
  json: Record<string, unknown>;
  hashes: RecordHashes;
  /** Records whose line is the one this pack's installed version came from: not validated again. */
  known?: KnownRecords;
}

/** Hashes that stand for one record each: a hash two records share stands for neither. */
function idsByHash(installed: ReadonlyMap<string, number>): Map<number, string | undefined> {
  const ids = new Map<number, string | undefined>();
  for (const [id, hash] of installed) ids.set(hash, ids.has(hash) ? undefined : id);
  return ids;
}

/** Whether every record the installed version held is in `json`: then references from unchanged lines still resolve. */
function keepsEveryRecord(json: Record<string, unknown>, held: InstalledLines['held']): boolean {
  return PACK_TABLES.every((t) => {
    const now = new Set((json[t] as { id?: unknown }[]).map((r) => r.id));
    return [...held[t]].every((id) => now.has(id));
  });
}

/**
 * Reads a pack from its lines; undefined when a line is not JSON (the caller then parses the
 * whole file, which names the error). `installed` gives what the database holds of a pack by
 * its id (nothing for a first install): statements whose line is unchanged become stubs.
 */
export async function readPackLines(lines: PackLines, installed: (packId: string) => Promise<InstalledLines | undefined>): Promise<LinesRead | undefined> {
  try {
    const json: unknown = JSON.parse(lines.header);
    if (!isObject(json) || PACK_TABLES.some((t) => !Array.isArray(json[t]) || (json[t] as unknown[]).length)) return undefined;
    const hashes = lineHashes(lines);
    const held = typeof json.id === 'string' ? await installed(json.id) : undefined;
    if (!held) {
      for (const t of PACK_TABLES) json[t] = lines.records[t].map((line) => JSON.parse(line) as unknown);
      return { json, hashes };
    }
    const stubOf = idsByHash(held.hashes.statements);
    const statementHashes = hashes.statements ?? new Uint32Array(0);
    const stubs = new Map<string, number>();
    for (const t of PACK_TABLES) {
      json[t] = lines.records[t].map((line, i) => {
        const id = t === 'statements' ? stubOf.get(statementHashes[i] ?? 0) : undefined;
        if (id === undefined) return JSON.parse(line) as unknown;
        stubs.set(id, i);
        return { id };
      });
    }
    const statementLines = lines.records.statements;
    const stillResolve = keepsEveryRecord(json, held.held);
    if (!stillResolve) {
      json.statements = statementLines.map((line) => JSON.parse(line) as unknown);
      stubs.clear();
    }
    const has = (table: PackTable, index: number, record: unknown) => isObject(record) && typeof record.id === 'string' && held.hashes[table].get(record.id) === hashes[table]?.[index];
    const stubText = (statementId: string) => {
      const at = stubs.get(statementId);
      const record = at === undefined ? undefined : (JSON.parse(statementLines[at] ?? '') as unknown);
      return isObject(record) && typeof record.text === 'string' ? record.text : undefined;
    };
    return { json, hashes, known: { has, stillResolve, stubText } };
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** What a pack file's first lines say: enough to decide whether the rest is worth downloading. */
export interface PackHeaderPeek {
  id: string;
  version: number;
}

/**
 * The id and version of a pack from the start of its file, when it is laid out one record
 * per line (its header fields come before its first table); undefined while `prefix` has not
 * reached the first table, or when it is not laid out so.
 */
export function packHeaderOf(prefix: string): PackHeaderPeek | undefined {
  const lines = prefix.split('\n');
  const end = lines.findIndex((line) => TABLE_LINE.test(line));
  if (end < 1) return undefined;
  try {
    const json: unknown = JSON.parse(`${lines.slice(0, end).join('\n').replace(/,\s*$/, '')}\n}`);
    if (!isObject(json) || typeof json.id !== 'string' || !Number.isInteger(json.version)) return undefined;
    return { id: json.id, version: json.version as number };
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}
