// A pack's delta: what changed between two versions of a pack, published beside the full
// file so that a subscriber holding version N downloads the records that changed since N
// instead of the whole pack (208 MB at 50k statements, to learn that 100 changed). Static
// hosting only: the delta from version N lives at a fixed address derived from the pack's
// (`team.json` → `team.delta-N.json`), written by `npm run corpus -- build … --previous`.
// A delta holds the new version's header, the records added or changed since N (each on the
// line it has in the full file, so its line hash is the full file's) and the ids removed.
// It may remove statements, quotes and events only: what names an organisation, a person or
// a topic is not indexed, so a subscriber could not check cheaply that nothing still names
// one it removes; such a version is published without a delta.
import { z } from 'zod';
import { Id } from '../schema';
import { PACK_TABLES, PackFile, PackHeader, type PackTable, type RecordHashes, serializeLines } from './pack-format';
import { packLines, readPackLines } from './pack-lines';

export const DELTA_FORMAT = 'policy-lens-corpus-delta';
/** The delta format this extension writes and reads. */
export const DELTA_FORMAT_VERSION = 1;

/** The tables a delta may remove records from (see the header comment). */
export const DELTA_REMOVABLE: readonly PackTable[] = ['statements', 'quotes', 'events'];

const ids = z.array(Id);

export const PackDelta = z.strictObject({
  format: z.literal(DELTA_FORMAT),
  formatVersion: z.literal(DELTA_FORMAT_VERSION),
  ...PackHeader.shape,
  /** The version this delta starts from; `version` is the one it makes. */
  fromVersion: z.number().int().positive(),
  /** Per table, the ids version `fromVersion` held and `version` no longer does. */
  removed: z.strictObject({ organisations: ids, events: ids, people: ids, topics: ids, statements: ids, quotes: ids }),
  organisations: PackFile.shape.organisations,
  events: PackFile.shape.events,
  people: PackFile.shape.people,
  topics: PackFile.shape.topics,
  statements: PackFile.shape.statements,
  quotes: PackFile.shape.quotes,
});
export type PackDelta = z.infer<typeof PackDelta>;

/** Where the delta from `fromVersion` lives beside a pack file or address: `x/team.json` → `x/team.delta-3.json`. */
export function deltaPath(packPath: string, fromVersion: number): string {
  return `${packPath.replace(/\.json$/, '')}.delta-${fromVersion}.json`;
}

/** The address of the delta from `fromVersion` of the pack at `packUrl` (its query kept, its fragment dropped). */
export function deltaUrl(packUrl: string, fromVersion: number): string {
  const url = new URL(packUrl);
  url.pathname = deltaPath(url.pathname, fromVersion);
  url.hash = '';
  return url.href;
}

export type DeltaMade = { ok: true; delta: PackDelta } | { ok: false; reason: string };

/** The delta from `previous` to `next` (two versions of one pack): records whose line differs, and ids gone. */
export function makeDelta(previous: PackFile, next: PackFile): DeltaMade {
  if (previous.id !== next.id) return { ok: false, reason: `${previous.id} and ${next.id} are different packs` };
  if (next.version <= previous.version) return { ok: false, reason: `version ${next.version} is not above version ${previous.version}` };
  const { format: _f, formatVersion: _v, events: _e, organisations: _o, people: _p, topics: _t, statements: _s, quotes: _q, ...header } = next;
  const removed = {} as Record<PackTable, string[]>;
  const changed = {} as Record<PackTable, unknown[]>;
  for (const table of PACK_TABLES) {
    const before = new Map<string, string>(previous[table].map((r) => [r.id, JSON.stringify(r)]));
    const now = new Set<string>(next[table].map((r) => r.id));
    changed[table] = next[table].filter((r) => before.get(r.id) !== JSON.stringify(r));
    removed[table] = [...before.keys()].filter((id) => !now.has(id));
  }
  const unremovable = PACK_TABLES.filter((t) => removed[t].length && !DELTA_REMOVABLE.includes(t));
  if (unremovable.length) return { ok: false, reason: `version ${next.version} removes ${unremovable.join(' and ')}, which only the full file can do` };
  return { ok: true, delta: { format: DELTA_FORMAT, formatVersion: DELTA_FORMAT_VERSION, ...header, fromVersion: previous.version, removed, ...(changed as Pick<PackDelta, PackTable>) } };
}

/** The delta's file, laid out as a pack is (one record per line). */
export function serializeDelta(delta: PackDelta): string {
  const { events, organisations, people, topics, statements, quotes, ...header } = delta;
  return serializeLines(header, { organisations, events, people, topics, statements, quotes });
}

/** A delta file's JSON, and the hash of each record's line when it is laid out one record per line. */
export type DeltaRead = { ok: true; json: unknown; hashes?: RecordHashes } | { ok: false; error: string };

export async function readDeltaText(text: string): Promise<DeltaRead> {
  const lines = packLines(text);
  const read = lines && (await readPackLines(lines, () => Promise.resolve(undefined)));
  if (read) return { ok: true, json: read.json, hashes: read.hashes };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: 'it is not JSON' };
  }
}
