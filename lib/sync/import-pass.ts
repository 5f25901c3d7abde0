// One pass of an import over a file's records, a chunk at a time: the preview
// runs it reading only, the import runs it again writing each chunk as it is
// planned. Neither keeps the file's records: each chunk is planned against the
// database (merge.ts) and dropped, and only what the preview shows is kept (the
// counts, the records the analyst loses, the first added ones, the ids the file
// holds, the references it leaves open). That is what lets a 200 MB file import
// in less memory than its records would take at once.
//
// Chunks are independent because a file holds each id once, as a record or as a
// deletion (import-validate.ts refuses repeats): each id's merge needs only that
// id's local state, so planning chunk by chunk gives what planning the whole file
// at once gives. The caller runs the pass inside one transaction (apply.ts), so
// what a writing pass wrote is rolled back if anything, up to the last consent
// check, fails.
import type { PolicyLensDb, SyncedTable } from '../storage/db';
import { recordStore } from '../storage/record-store';
import { beyondSkew } from './clock';
import { type Deletion, SYNCED_TABLES, type SyncRecord, type SyncRecords, TABLE_NOUN } from './format';
import type { ImportError } from './import-errors';
import { recordLabel } from './labels';
import { existingIds, readLocalState, tombstonedIds } from './local-state';
import { type MergeItem, type OutcomeCounts, type TablePlan, noOutcomes, planTable } from './merge';
import { type UnresolvedReference, visitReferences } from './references';
import { writePublishedCopies } from './published-copies';
import { readAgreed, writeAgreed } from './sync-bases';
import type { Wait } from './transaction-bound';

/** Some of a file's records of one table, or some of its deletions, already validated. */
export type Chunk = { list: SyncedTable; records: SyncRecord[] } | { list: 'deletions'; deletions: Deletion[] };

/**
 * A file's records in chunks, in file order (deletions after records), one chunk
 * per call of `next` (undefined at the end). Reading a file may find problems (an
 * invalid record): they go into `problems`, and the pass then only reads on, to
 * report them all. A plain method rather than an async generator: Dexie keeps a
 * transaction across the awaits of async functions, not across a generator's.
 */
export type ChunkReader = (problems: ImportError[], wait: Wait) => {
  next(): Promise<Chunk | undefined>;
  /** The share of the file read so far, from 0 to 1. */
  done(): number;
};

/** A version the file holds that is dated in the future beyond the allowed skew: left out. */
export interface RefusedVersion {
  table: SyncedTable;
  id: string;
  label: string;
  /** The time the file gives it. */
  time: string;
}

/** What a file holds, table by table, whatever its scope claims. */
export type Contents = Record<SyncedTable, { records: number; deletions: number }>;

export interface PassOptions {
  now: Date;
  /** Waits for a file read inside the transaction (transaction-bound.ts). */
  wait: Wait;
  /** Write each chunk's plan (an import); otherwise only plan (a preview). */
  write: boolean;
  /** For a W3C or Hypothesis file: the fields each highlight carries (merge.ts). */
  carried?: (record: { id: string }) => readonly string[] | undefined;
  /** Told after each chunk the share of the file read so far, from 0 to 1. */
  onProgress?: (done: number) => void;
}

/** What a pass found, for the preview; empty `problems` when the file was valid. */
export interface PassResult {
  problems: ImportError[];
  contents: Contents;
  counts: OutcomeCounts;
  byTable: Partial<Record<SyncedTable, OutcomeCounts>>;
  items: MergeItem[];
  deletionsLearned: number;
  refused: RefusedVersion[];
  unresolved: UnresolvedReference[];
  /** Tables whose records the pass changed (or, reading only, would change). */
  changedTables: SyncedTable[];
}

const key = (table: SyncedTable, id: string) => `${table}\u0000${id}`;

/** A reference from the file to a record neither the file (so far) nor the database holds. */
type OpenReference = Omit<UnresolvedReference, 'state'> & { deletedHere: boolean };

class Pass {
  readonly problems: ImportError[] = [];
  readonly contents = Object.fromEntries(SYNCED_TABLES.map((t) => [t, { records: 0, deletions: 0 }])) as Contents;
  readonly byTable = new Map<SyncedTable, OutcomeCounts>();
  readonly items: MergeItem[] = [];
  readonly listed = new Map<SyncedTable, number>();
  readonly refused: RefusedVersion[] = [];
  readonly held = new Map<SyncedTable, Set<string>>(SYNCED_TABLES.map((t) => [t, new Set<string>()]));
  readonly deletedInFile = new Set<string>();
  readonly open: OpenReference[] = [];
  readonly changed = new Set<SyncedTable>();
  readonly agreedUpdates = new Map<SyncedTable, [string, string][]>();
  deletionsLearned = 0;

  constructor(
    readonly db: PolicyLensDb,
    readonly agreed: Map<SyncedTable, Map<string, string>>,
    readonly options: PassOptions,
  ) {}

  async records(table: SyncedTable, all: readonly SyncRecord[]) {
    this.contents[table].records += all.length;
    const kept: SyncRecord[] = [];
    for (const r of all) {
      if (beyondSkew(r.updatedAt, this.options.now)) this.refused.push({ table, id: r.id, label: recordLabel(table, r as never), time: r.updatedAt });
      else kept.push(r);
    }
    const held = this.held.get(table);
    for (const r of kept) held?.add(r.id);
    await this.noteReferences(table, kept);
    if (kept.length) await this.merge(table, kept, []);
  }

  async deletions(all: readonly Deletion[]) {
    const byTable = new Map<SyncedTable, Deletion[]>();
    for (const d of all) {
      this.contents[d.table].deletions++;
      if (beyondSkew(d.deletedAt, this.options.now)) {
        this.refused.push({ table: d.table, id: d.id, label: `deletion of ${TABLE_NOUN[d.table]} ${d.id}`, time: d.deletedAt });
        continue;
      }
      this.deletedInFile.add(key(d.table, d.id));
      const list = byTable.get(d.table) ?? [];
      list.push(d);
      byTable.set(d.table, list);
    }
    for (const table of SYNCED_TABLES) {
      const deletions = byTable.get(table);
      if (deletions) await this.merge(table, [], deletions);
    }
  }

  /** Plans one table's share of a chunk against the database as it is now, and writes it when importing. */
  private async merge(table: SyncedTable, records: readonly SyncRecord[], deletions: readonly Deletion[]) {
    const ids = [...records.map((r) => r.id), ...deletions.map((d) => d.id)];
    const local = (await readLocalState(this.db, new Map([[table, ids]]), this.agreed)).get(table);
    if (!local) return;
    const plan = planTable(table, records as SyncRecords[SyncedTable][], deletions, local, {
      now: this.options.now.toISOString(),
      listedBefore: this.listed.get(table) ?? 0,
      ...(this.options.carried && table === 'annotations' ? { carried: this.options.carried } : {}),
    });
    this.note(plan);
    if (this.options.write) {
      await this.writePlan(plan);
      const replaced = plan.items.filter((i) => i.loss?.corpus && i.loss.kind === 'overwritten').flatMap((i) => local.records.get(i.id) ?? []);
      await writePublishedCopies(this.db, table, replaced, this.options.now);
    }
  }

  private note(plan: TablePlan<SyncRecord>) {
    const counts = this.byTable.get(plan.table) ?? noOutcomes();
    for (const outcome of Object.keys(counts) as (keyof OutcomeCounts)[]) counts[outcome] += plan.counts[outcome];
    this.byTable.set(plan.table, counts);
    this.items.push(...plan.items);
    this.listed.set(plan.table, (this.listed.get(plan.table) ?? 0) + plan.items.length);
    this.deletionsLearned += plan.deletionsLearned;
    if (plan.put.length || plan.remove.length) this.changed.add(plan.table);
    if (this.options.write) {
      const updates = this.agreedUpdates.get(plan.table) ?? [];
      for (const entry of plan.agreed) updates.push(entry);
      this.agreedUpdates.set(plan.table, updates);
    }
  }

  private async writePlan(p: TablePlan<SyncRecord>) {
    const store = recordStore(this.db, p.table);
    if (p.put.length) await store.put(p.put);
    if (p.remove.length) await store.delete(p.remove);
    if (p.putDeletions.length) await this.db.deletions.bulkPut(p.putDeletions);
    if (p.removeDeletions.length) await this.db.deletions.bulkDelete(p.removeDeletions.map((id): [SyncedTable, string] => [p.table, id]));
  }

  /**
   * Keeps the chunk's references to records that neither the file so far nor the
   * database holds, asking the database before this chunk is written. A target
   * that comes later in the file is dropped at the end (unresolved()).
   */
  private async noteReferences(table: SyncedTable, records: readonly SyncRecord[]) {
    const wanted = new Map<SyncedTable, Set<string>>();
    const refs: Omit<UnresolvedReference, 'state'>[] = [];
    for (const record of records) {
      visitReferences(table, record as never, (field, target, targetId) => {
        if (targetId === undefined || this.held.get(target)?.has(targetId)) return;
        refs.push({ table, id: record.id, field, target, targetId });
        wanted.set(target, (wanted.get(target) ?? new Set()).add(targetId));
      });
    }
    if (refs.length === 0) return;
    const existing = await existingIds(this.db, wanted);
    const tombstoned = await tombstonedIds(this.db, wanted);
    for (const ref of refs) {
      if (existing.get(ref.target)?.has(ref.targetId)) continue;
      this.open.push({ ...ref, deletedHere: tombstoned.get(ref.target)?.has(ref.targetId) ?? false });
    }
  }

  unresolved(): UnresolvedReference[] {
    return this.open
      .filter((r) => !this.held.get(r.target)?.has(r.targetId))
      .map(({ deletedHere, ...r }) => ({ ...r, state: deletedHere || this.deletedInFile.has(key(r.target, r.targetId)) ? 'deleted' : 'missing' }));
  }

  async finish(): Promise<PassResult> {
    if (this.options.write && this.problems.length === 0) await writeAgreed(this.db, this.agreed, this.agreedUpdates);
    const counts = noOutcomes();
    for (const c of this.byTable.values()) for (const outcome of Object.keys(counts) as (keyof OutcomeCounts)[]) counts[outcome] += c[outcome];
    return {
      problems: this.problems,
      contents: this.contents,
      counts,
      byTable: Object.fromEntries(SYNCED_TABLES.filter((t) => this.byTable.has(t)).map((t) => [t, this.byTable.get(t)])),
      items: this.items,
      deletionsLearned: this.deletionsLearned,
      refused: this.refused,
      unresolved: this.unresolved(),
      changedTables: SYNCED_TABLES.filter((t) => this.changed.has(t)),
    };
  }
}

/**
 * Reads the file's chunks and merges each into the database (or only plans it).
 * Call inside a transaction over the synced tables, `deletions` and `syncBases`,
 * with `db` and `options.wait` bound to it (transaction-bound.ts).
 * Once a problem is found the pass plans nothing more and only reads on.
 */
export async function runImportPass(db: PolicyLensDb, read: ChunkReader, options: PassOptions): Promise<PassResult> {
  const pass = new Pass(db, await readAgreed(db, SYNCED_TABLES), options);
  const chunks = read(pass.problems, options.wait);
  for (let chunk = await chunks.next(); chunk; chunk = await chunks.next()) {
    if (pass.problems.length === 0) {
      if (chunk.list === 'deletions') await pass.deletions(chunk.deletions);
      else await pass.records(chunk.list, chunk.records);
    }
    options.onProgress?.(chunks.done());
  }
  return pass.finish();
}

/** Records per chunk: enough that each read of the database serves many, few beside a large file. */
export const CHUNK_RECORDS = 2_000;

/** The chunks of a file already read whole (a W3C or Hypothesis export, an older format, another layout). */
export function chunksOf(file: { [T in SyncedTable]: readonly SyncRecord[] } & { deletions: readonly Deletion[] }): ChunkReader {
  return () => {
    const chunks: (() => Chunk)[] = [];
    for (const list of SYNCED_TABLES) {
      for (let i = 0; i < file[list].length; i += CHUNK_RECORDS) chunks.push(() => ({ list, records: file[list].slice(i, i + CHUNK_RECORDS) }));
    }
    for (let i = 0; i < file.deletions.length; i += CHUNK_RECORDS) chunks.push(() => ({ list: 'deletions', deletions: file.deletions.slice(i, i + CHUNK_RECORDS) }));
    let at = 0;
    return { next: async () => chunks[at++]?.(), done: () => (chunks.length === 0 ? 1 : Math.min(at, chunks.length) / chunks.length) };
  };
}
