// The corpus pack: a versioned JSON file that publishes a curated corpus (events,
// organisations, people, topics, statements with their text, quotes) so that any
// copy of the extension can install it and follow its updates. The bundled seed
// corpus is a pack too. Records travel without origin and timestamps: installing
// makes them corpus records dated by the pack's `published` time.
import { z } from 'zod';
import { Id, Organisation, Person, PolicyEvent, Quote, Statement, Topic } from '../schema';

export const PACK_FORMAT = 'policy-lens-corpus';
/** The pack format this extension writes and reads; a newer one is refused by name. */
export const PACK_FORMAT_VERSION = 1;

/** Fields the installer sets, so a pack never carries them. */
const installed = { origin: true, createdAt: true, updatedAt: true } as const;

export const PackHeader = z.object({
  /** Stable across versions: a new version of a pack replaces the old one by this id. */
  id: Id,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Where readers learn about the pack; optional, since a team's own pack may have none. */
  homepage: z.url({ protocol: /^https?$/ }).optional(),
  licence: z.string().min(1),
  /** Monotonically increasing: a version not above the installed one is never applied. */
  version: z.number().int().positive(),
  published: z.iso.datetime({ offset: true }),
});

export const PackFile = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  ...PackHeader.shape,
  events: z.array(PolicyEvent.omit(installed)),
  organisations: z.array(Organisation.omit(installed)),
  people: z.array(Person.omit(installed)),
  topics: z.array(Topic.omit(installed)),
  statements: z.array(Statement.omit(installed)),
  quotes: z.array(Quote.omit(installed)),
});

export type PackHeader = z.infer<typeof PackHeader>;
export type PackFile = z.infer<typeof PackFile>;

/** The tables a pack fills, in the order a reader meets them: a record after those it names. */
export const PACK_TABLES = ['organisations', 'events', 'people', 'topics', 'statements', 'quotes'] as const;
export type PackTable = (typeof PACK_TABLES)[number];

/** A validated pack with its records as the database stores them (origin "corpus", dated by the pack). */
export interface CorpusPack extends PackHeader {
  events: PolicyEvent[];
  organisations: Organisation[];
  people: Person[];
  topics: Topic[];
  statements: Statement[];
  quotes: Quote[];
}

/** Per table, a hash of each record's line in the pack file, in the pack's order (lib/corpus/pack-lines.ts). */
export type RecordHashes = Partial<Record<PackTable, Uint32Array>>;

/** What reading a pack file learnt about its records besides their content. */
export interface PackSource {
  hashes?: RecordHashes;
  /** Records (by index) left unvalidated because their line is the one this pack's installed version had. */
  unchecked?: Partial<Record<PackTable, ReadonlySet<number>>>;
}

/** Turns a pack file's records into corpus records. */
export function packRecords(file: PackFile): CorpusPack {
  const { format: _format, formatVersion: _formatVersion, ...rest } = file;
  const meta = { origin: 'corpus' as const, createdAt: file.published, updatedAt: file.published };
  return {
    ...rest,
    events: file.events.map((r) => ({ ...r, ...meta })),
    organisations: file.organisations.map((r) => ({ ...r, ...meta })),
    people: file.people.map((r) => ({ ...r, ...meta })),
    topics: file.topics.map((r) => ({ ...r, ...meta })),
    statements: file.statements.map((r) => ({ ...r, ...meta })),
    quotes: file.quotes.map((r) => ({ ...r, ...meta })),
  };
}

/** The pack file of a set of records: what `npm run corpus -- build` and "Publish as a pack" write. */
export function toPackFile(header: PackHeader, records: Omit<CorpusPack, keyof PackHeader>): PackFile {
  const strip = <T extends { origin: unknown; createdAt: unknown; updatedAt: unknown }>(r: T): Omit<T, keyof typeof installed> => {
    const { origin: _o, createdAt: _c, updatedAt: _u, ...rest } = r;
    return rest;
  };
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    ...header,
    events: records.events.map(strip),
    organisations: records.organisations.map(strip),
    people: records.people.map(strip),
    topics: records.topics.map(strip),
    statements: records.statements.map(strip),
    quotes: records.quotes.map(strip),
  };
}

/** One record per line, so a pack's diffs between versions stay readable. */
export function serializePack(file: PackFile): string {
  const { events, organisations, people, topics, statements, quotes, ...header } = file;
  return serializeLines(header, { organisations, events, people, topics, statements, quotes });
}

/**
 * A file of `header` fields, one a line, then each table's records one a line: the layout
 * lib/corpus/pack-lines.ts reads, shared by packs and their deltas (pack-delta.ts), so that a
 * record's line in a delta is byte for byte its line in the full pack.
 */
export function serializeLines(header: Record<string, unknown>, lists: Record<PackTable, readonly unknown[]>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(header)) lines.push(`  ${JSON.stringify(key)}: ${asciiJson(value)}`);
  for (const key of PACK_TABLES) {
    const records = lists[key];
    const body = records.map((r) => `    ${asciiJson(r)}`).join(',\n');
    lines.push(`  ${JSON.stringify(key)}: [${records.length ? `\n${body}\n  ` : ''}]`);
  }
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Every character beyond ASCII, one UTF-16 code unit at a time (a pair's two halves are two escapes, as JSON writes them). */
const BEYOND_ASCII = /[\u0080-\uffff]/g;

/**
 * JSON with every character beyond ASCII escaped ("’" as "\u2019"): the same value to any
 * reader, in a file that is pure ASCII. A browser decodes such a file about three times as fast
 * (Chromium, a 50k-statement pack of 218 MB: `Blob.text()` 1.3–1.6 s against 4.7–5.1 s for the
 * same pack with its curly quotes as UTF-8), for 0.24% more bytes.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(BEYOND_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
