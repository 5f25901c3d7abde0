// A hash of each record's line in a pack file. Packs are written one record per line
// (pack-format.ts serializePack, which `npm run corpus -- build` and "Publish as a pack"
// use), so a line stands for its record: the installer stores the hash of the line each
// record came from, and the next version of the pack is compared line by line. A record
// whose line is byte for byte the one installed before is neither validated nor compared
// again; at 50k statements that is 200,000 records an update no longer puts through Zod.
//
// The hash is 32 bits and not cryptographic: a line that collides with its record's old
// line (by chance, about one update in 20,000 at 50k statements, or on purpose) makes the
// installer keep the record it already has, validated when it was installed. It can only
// make an update skip a record, never store an unvalidated one.
import { textHash } from '../storage/text-hash';
import { PACK_TABLES, type PackTable, type RecordHashes } from './pack-format';

/** `  "statements": [` opens a table's lines; `  "statements": []` is an empty table. */
const TABLE_LINE = /^ {2}"([a-z]+)": \[(\])?,?$/;
/** A record's line: four spaces, then the record's JSON, then a comma unless it is the table's last. */
const RECORD_INDENT = '    ';

const isPackTable = (name: string): name is PackTable => (PACK_TABLES as readonly string[]).includes(name);

/**
 * Per table, the hash of each record line, in order; undefined when the text is not laid
 * out one record per line (a file written by other tools: it is then validated whole).
 * The caller checks that each table has as many lines as the parsed file has records.
 */
export function recordLineHashes(text: string): RecordHashes | undefined {
  const hashes: RecordHashes = {};
  let table: PackTable | undefined;
  let lines: number[] = [];
  for (const line of text.split('\n')) {
    if (table) {
      if (line === '  ]' || line === '  ],') {
        hashes[table] = Uint32Array.from(lines);
        table = undefined;
        continue;
      }
      const json = line.endsWith(',') ? line.slice(RECORD_INDENT.length, -1) : line.slice(RECORD_INDENT.length);
      if (!line.startsWith(`${RECORD_INDENT}{`) || !json.endsWith('}')) return undefined;
      lines.push(textHash(json));
      continue;
    }
    const opens = TABLE_LINE.exec(line);
    const name = opens?.[1];
    if (!name || !isPackTable(name) || hashes[name]) continue;
    if (opens[2]) hashes[name] = new Uint32Array(0);
    else {
      table = name;
      lines = [];
    }
  }
  return !table && PACK_TABLES.every((t) => hashes[t]) ? hashes : undefined;
}

/** `hashes` if each table has a hash per record of `json` (one record per line), else undefined. */
export function hashesMatching(hashes: RecordHashes | undefined, json: Record<string, unknown>): RecordHashes | undefined {
  if (!hashes) return undefined;
  return PACK_TABLES.every((t) => {
    const records = json[t];
    return Array.isArray(records) && hashes[t]?.length === records.length;
  })
    ? hashes
    : undefined;
}
