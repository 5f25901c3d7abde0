// The merge of a sync file into the local records, as pure functions: which
// version of each record wins, what must be written, and what the preview tells
// the analyst. No database here (apply.ts reads and writes), so the rules can be
// tested exhaustively, including by property-based tests.
//
// The rule: every record id has one current version per copy, a record or a
// tombstone, and the merge keeps the greater under one total order
// (compareVersions). Taking the greatest is idempotent, commutative and
// associative, so importing a file twice changes nothing, files can be imported in
// any order, and nothing is lost: every id either side had ends as a record or a
// tombstone.
//
// Conflicts are reported, never resolved differently: "both sides changed this
// record since they last agreed". What the copies last agreed on is the version
// tag (updatedAt, or the deletion time) last exchanged through a file, kept per
// record in the syncBases table (sync-bases.ts). We chose this over comparing the
// file's exportedAt with local updatedAt: that cannot tell "you edited this after
// your colleague exported" from "your colleague edited it too", and would call every
// local edit made since a file was written a conflict, even on re-importing your
// own older file. Tags are kept instead of content hashes because every edit stamps
// a new updatedAt and a tag costs nothing to compute for 100 000 records.
//
// Times are a per-record hybrid logical clock (clock.ts): a local change is stamped
// after the version it replaces, and an import refuses times from the future, so a
// file's clock cannot make its version win for good.
//
// A format that carries fewer fields (a W3C or Hypothesis file has no colour,
// speaker, stance or topics) merges by field: its version replaces only the fields
// it carries, so importing it never clears what it cannot express.
import type { SyncedTable } from '../storage/db';
import { sameContent, canonicalJson } from './canonical-json';
import { instant } from './clock';
import type { Deletion, SyncRecord, SyncRecords } from './format';
import { recordLabel } from './labels';

/** One version of a record: its content, or the fact (and time) of its deletion. */
export type Version<R> = { kind: 'record'; record: R } | { kind: 'deleted'; deletedAt: string };

function originRank(version: Version<SyncRecord>): number {
  // Anything the analyst did (an edit, a deletion) outranks the bundled corpus, as
  // in corpus-install.ts: the corpus never overwrites the analyst's work.
  return version.kind === 'deleted' || version.record.origin === 'user' ? 1 : 0;
}

const versionTime = (version: Version<SyncRecord>): number =>
  instant(version.kind === 'record' ? version.record.updatedAt : version.deletedAt);

const order = <T extends number | string>(a: T, b: T): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The total order on versions of one record: the analyst's work before the corpus,
 * then the later time (updatedAt or deletedAt, compared as instants, so offsets do
 * not matter), then, at the same instant, a deletion before an edit (the deletion
 * was the later act), then the canonical JSON of the content, so that even two
 * different edits saved in the same millisecond are ordered the same way everywhere.
 * Returns > 0 when `a` wins, < 0 when `b` wins, 0 for the same version.
 */
export function compareVersions(a: Version<SyncRecord>, b: Version<SyncRecord>): number {
  const byOrigin = originRank(a) - originRank(b);
  if (byOrigin !== 0) return byOrigin;
  const byTime = order(versionTime(a), versionTime(b));
  if (byTime !== 0) return byTime;
  if (a.kind === 'deleted' && b.kind === 'deleted') return order(a.deletedAt, b.deletedAt);
  if (a.kind === 'deleted') return 1;
  if (b.kind === 'deleted') return -1;
  if (sameContent(a.record, b.record)) return 0;
  return order(canonicalJson(a.record), canonicalJson(b.record));
}

/** The winner of two versions (either may be missing: never seen). */
export function newer<V extends Version<SyncRecord>>(a: V | undefined, b: V): V;
export function newer<V extends Version<SyncRecord>>(a: V | undefined, b: V | undefined): V | undefined;
export function newer<V extends Version<SyncRecord>>(a: V | undefined, b: V | undefined): V | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareVersions(a, b) >= 0 ? a : b;
}

const DELETED_TAG = 'deleted ';

/** Names a version for the syncBases table: its updatedAt, or "deleted " and its deletion time. */
export function versionTag(version: Version<SyncRecord>): string {
  return version.kind === 'record' ? version.record.updatedAt : `${DELETED_TAG}${version.deletedAt}`;
}

const tagTime = (tag: string): number => instant(tag.startsWith(DELETED_TAG) ? tag.slice(DELETED_TAG.length) : tag);

/**
 * Whether tag `a` names a later version than `b`. The agreed version only moves
 * forward: re-importing an old file must not make the copies forget a later
 * agreement (and so invent conflicts).
 */
export function laterTag(a: string, b: string): boolean {
  const byTime = order(tagTime(a), tagTime(b));
  return byTime !== 0 ? byTime > 0 : a > b;
}

/** What the local database holds for the ids a file names. */
export interface LocalTableState<R> {
  records: ReadonlyMap<string, R>;
  /** Tombstones: id → deletedAt. */
  deletedAt: ReadonlyMap<string, string>;
  /** id → tag of the version last exchanged through a file. */
  agreed: ReadonlyMap<string, string>;
  /** Ids whose tombstone was learned from a file without this copy ever holding the record (tombstones.ts). */
  learned?: ReadonlySet<string>;
}

export type Outcome = 'new' | 'updated' | 'unchanged' | 'deleted' | 'conflict';

export interface ConflictDetail {
  /** What this copy did since the copies last agreed (or, if they never exchanged this record, at all). */
  yours: 'changed' | 'deleted';
  /** What the file's side did. */
  theirs: 'changed' | 'deleted';
  /** The version the merge keeps: the later one (see compareVersions). */
  kept: 'yours' | 'theirs';
}

/**
 * What the import takes from this copy: one of the records it holds deleted, or
 * replaced by the file's version. `corpus` marks a record that came with the
 * corpus and was never edited here: changing it needs the analyst's consent.
 */
export interface Loss {
  kind: 'deleted' | 'overwritten';
  corpus: boolean;
}

/** One line of the preview: a record the import adds, changes, deletes, or on which both sides changed. */
export interface MergeItem {
  table: SyncedTable;
  id: string;
  label: string;
  outcome: Exclude<Outcome, 'unchanged'>;
  conflict?: ConflictDetail;
  loss?: Loss;
}

export type OutcomeCounts = Record<Outcome, number>;

/**
 * Records listed by name per table beyond those the analyst loses or that are in
 * conflict (which are all listed, to be named in the preview): a preview shows a few,
 * and naming 100 000 added highlights would cost memory for nothing.
 */
export const LISTED_PER_TABLE = 100;

export const noOutcomes = (): OutcomeCounts => ({ new: 0, updated: 0, unchanged: 0, deleted: 0, conflict: 0 });

/** Everything the merge of one table writes, and what the preview says about it. */
export interface TablePlan<R> {
  table: SyncedTable;
  put: R[];
  remove: string[];
  putDeletions: Deletion[];
  removeDeletions: string[];
  /** Agreed tags that move forward: [id, tag]. */
  agreed: [string, string][];
  items: MergeItem[];
  counts: OutcomeCounts;
  /** Tombstones of records this copy never had: kept for a while (tombstones.ts), not counted as outcomes. */
  deletionsLearned: number;
}

export interface PlanOptions<R> {
  /**
   * The fields a record of the file carries, when its format carries fewer than a
   * record has (undefined: all of them). Merged by field into the local record.
   */
  carried?: (record: R) => readonly string[] | undefined;
  /** The time stamped on tombstones learned from the file (tombstones.ts). */
  now?: string;
  /** Items of this table already listed from earlier chunks of the same file (import-pass.ts): they count towards LISTED_PER_TABLE. */
  listedBefore?: number;
}

/** The file's version as it applies to the local record: only the fields it carries replace the local ones. */
function byField<R extends SyncRecord>(theirs: R, local: R | undefined, carried: readonly string[] | undefined): R {
  if (!carried || !local) return theirs;
  const merged: Record<string, unknown> = { ...local, updatedAt: theirs.updatedAt };
  for (const field of carried) {
    const value = (theirs as Record<string, unknown>)[field];
    if (value === undefined) Reflect.deleteProperty(merged, field);
    else merged[field] = value;
  }
  return merged as R;
}

function incomingVersions<R extends SyncRecord>(
  records: readonly R[],
  deletions: readonly Deletion[],
  local: ReadonlyMap<string, R>,
  carried: PlanOptions<R>['carried'],
) {
  const versions = new Map<string, Version<R>>();
  for (const incoming of records) {
    const record = byField(incoming, local.get(incoming.id), carried?.(incoming));
    versions.set(record.id, newer(versions.get(record.id), { kind: 'record', record }));
  }
  for (const { id, deletedAt } of deletions) versions.set(id, newer(versions.get(id), { kind: 'deleted', deletedAt }));
  return versions;
}

/**
 * Merges the file's records and tombstones of one table into the local state of
 * the same ids. Pure: the caller writes the plan (apply.ts) or shows it (preview).
 */
export function planTable<T extends SyncedTable>(
  table: T,
  records: readonly SyncRecords[T][],
  deletions: readonly Deletion[],
  local: LocalTableState<SyncRecords[T]>,
  options: PlanOptions<SyncRecords[T]> = {},
): TablePlan<SyncRecords[T]> {
  type R = SyncRecords[T];
  const plan: TablePlan<R> = {
    table,
    put: [],
    remove: [],
    putDeletions: [],
    removeDeletions: [],
    agreed: [],
    items: [],
    counts: noOutcomes(),
    deletionsLearned: 0,
  };
  for (const [id, theirs] of incomingVersions(records, deletions, local.records, options.carried)) {
    const localRecord = local.records.get(id);
    const localDeletedAt = local.deletedAt.get(id);
    const learned = !localRecord && (localDeletedAt === undefined || (local.learned?.has(id) ?? false));
    const yours = newer<Version<R>>(
      localRecord && { kind: 'record', record: localRecord },
      localDeletedAt === undefined ? undefined : { kind: 'deleted', deletedAt: localDeletedAt },
    );
    const winner = newer(yours, theirs);

    // Writes: the winner becomes the only version held for this id.
    if (winner.kind === 'record') {
      if (!localRecord || !sameContent(localRecord, winner.record)) plan.put.push(winner.record);
      if (localDeletedAt !== undefined) plan.removeDeletions.push(id);
    } else {
      if (localRecord) plan.remove.push(id);
      if (localDeletedAt !== winner.deletedAt) {
        plan.putDeletions.push({
          table,
          id,
          deletedAt: winner.deletedAt,
          ...(learned && options.now ? { learnedAt: options.now } : {}),
          // The record as it was here, so the Dashboard can restore what a file deleted (never exported).
          ...(localRecord ? { record: localRecord } : {}),
        });
      }
    }
    if (learned && winner.kind === 'deleted') {
      // A deletion of a record this copy never held: remembered (above), but nothing the
      // analyst had changes, so it is no outcome, and no agreed version is kept for it.
      plan.deletionsLearned++;
      continue;
    }
    const theirTag = versionTag(theirs);
    const agreedTag = local.agreed.get(id);
    if (agreedTag === undefined || laterTag(theirTag, agreedTag)) plan.agreed.push([id, theirTag]);

    // What the analyst is told, judged by what they see: the record before and after.
    const after = winner.kind === 'record' ? winner.record : undefined;
    let outcome: Outcome =
      !localRecord && after ? 'new'
      : localRecord && !after ? 'deleted'
      : localRecord && after && !sameContent(localRecord, after) ? 'updated'
      : 'unchanged';
    let conflict: ConflictDetail | undefined;
    if (yours && compareVersions(yours, theirs) !== 0 && !(yours.kind === 'deleted' && theirs.kind === 'deleted')) {
      // A corpus record the analyst never touched is the common ancestor of both sides, not a change.
      const yoursChanged = !(yours.kind === 'record' && yours.record.origin === 'corpus') && (agreedTag === undefined || versionTag(yours) !== agreedTag);
      const theirsChanged = agreedTag === undefined || theirTag !== agreedTag;
      if (yoursChanged && theirsChanged) {
        outcome = 'conflict';
        conflict = {
          yours: yours.kind === 'record' ? 'changed' : 'deleted',
          theirs: theirs.kind === 'record' ? 'changed' : 'deleted',
          kept: winner === theirs ? 'theirs' : 'yours',
        };
      }
    }
    plan.counts[outcome]++;
    // Every record of this copy that changes, and every conflict; added ones up to the limit.
    if (outcome !== 'unchanged' && (outcome === 'conflict' || localRecord !== undefined || (options.listedBefore ?? 0) + plan.items.length < LISTED_PER_TABLE)) {
      const shown = localRecord ?? after;
      const loss = localRecord && (!after || !sameContent(localRecord, after))
        ? { kind: after ? ('overwritten' as const) : ('deleted' as const), corpus: localRecord.origin === 'corpus' }
        : undefined;
      plan.items.push({
        table,
        id,
        label: shown ? recordLabel(table, shown) : id,
        outcome,
        ...(conflict ? { conflict } : {}),
        ...(loss ? { loss } : {}),
      });
    }
  }
  return plan;
}
