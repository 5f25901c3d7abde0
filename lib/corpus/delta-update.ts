// Updating a subscription through its deltas (pack-delta.ts): from the installed version,
// each delta found beside the pack is downloaded (same size limit and timeout as the pack),
// checked against what is installed (delta-validate.ts) and applied in the transaction that
// read it (lib/storage/corpus-install.ts installDelta), with
// the text index updated for the statements it changed, until the version the pack file
// announces is reached. A version with no delta (404) or a delta that is refused ends the
// walk; the caller then downloads the full file, and says why when a delta was refused.
import { type InstallReport, installDelta } from '../storage/corpus-install';
import type { PolicyLensDb } from '../storage/db';
import type { PackRow } from '../storage/pack-rows';
import { type DeltaBase, type DeltaValidation, validateDelta } from './delta-validate';
import { deltaUrl, readDeltaText } from './pack-delta';
import { type FetchOptions, describeError, download } from './pack-download';

/**
 * Deltas applied in one check at most: a subscriber that missed more versions than this
 * downloads the full file, which is then smaller than the deltas together.
 */
export const MAX_DELTA_HOPS = 8;

export type DeltaUpdate = { status: 'installed'; version: number; report: InstallReport } | { status: 'not-applied'; refused?: string };

const sumReports = (a: InstallReport | undefined, b: InstallReport): InstallReport =>
  a
    ? {
        added: a.added + b.added,
        updated: a.updated + b.updated,
        unchanged: b.unchanged,
        removed: a.removed + b.removed,
        keptUserRecords: a.keptUserRecords + b.keptUserRecords,
        keptDeleted: a.keptDeleted + b.keptDeleted,
        heldByOtherPack: b.heldByOtherPack,
        changedStatementIds: [...new Set([...a.changedStatementIds, ...b.changedStatementIds])].sort(),
      }
    : b;

/** Brings subscription `row` up to version `target` by its deltas, or says why it could not (nothing said: there is no delta). */
export async function updateByDeltas(db: PolicyLensDb, row: PackRow & { url: string }, target: number, options: FetchOptions = {}): Promise<DeltaUpdate> {
  let version = row.version;
  let report: InstallReport | undefined;
  const stop = (refused?: string): DeltaUpdate => ({ status: 'not-applied', ...(refused ? { refused: `${refused}${report ? ` (after reaching version ${version} by deltas)` : ''}` } : {}) });
  for (let hop = 0; hop < MAX_DELTA_HOPS && version < target; hop++) {
    const fetched = await download(deltaUrl(row.url, version), {}, options);
    if (!fetched.ok) return stop('status' in fetched && fetched.status === 404 ? undefined : `The delta from version ${version} could not be read: ${'error' in fetched ? fetched.error : 'the server answered 304'}`);
    options.onProgress?.({ stage: 'validating' });
    const read = await readDeltaText(fetched.text);
    if (!read.ok) return stop(`The delta from version ${version} was refused: ${read.error}`);
    const check = async (base: DeltaBase): Promise<DeltaValidation> => {
      const checked = await validateDelta(read.json, base);
      if (checked.ok && checked.delta.pack.version > target) return { ok: false, error: `it goes to version ${checked.delta.pack.version}, past version ${target} the pack file announces` };
      if (checked.ok) options.onProgress?.({ stage: 'installing' });
      return checked;
    };
    let applied: Awaited<ReturnType<typeof installDelta>>;
    try {
      const installRow = { kind: 'subscribed' as const, url: row.url, lastChecked: new Date().toISOString() };
      applied = await installDelta(db, row.id, check, installRow, read.hashes ? { hashes: read.hashes } : {}, () => options.onProgress?.({ stage: 'indexing' }));
    } catch (error) {
      return stop(`The delta from version ${version} could not be applied: ${describeError(error)}`);
    }
    if (!applied.ok) return stop(`The delta from version ${version} was refused: ${applied.error}`);
    report = sumReports(report, applied.report);
    version = applied.version;
  }
  return report && version === target ? { status: 'installed', version, report } : stop(version < target ? `No delta reaches version ${target} within ${MAX_DELTA_HOPS} steps` : undefined);
}
