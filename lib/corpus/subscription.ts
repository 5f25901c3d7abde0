// Subscribing to a corpus pack hosted anywhere static (a web server, a CDN, an
// object store, a repository's pages), and checking it for updates: a conditional
// request (ETag / If-None-Match, Last-Modified) for the start of the pack file, whose
// header says the published version; a newer one reached through the pack's deltas
// when it has them (delta-update.ts), else the full file; a size limit and a timeout,
// the whole pack (or delta) validated before anything is written, and a version not
// above the installed one never applied. Whatever goes wrong leaves the database as it
// was and is recorded beside the source (`lastError`) for the panel to show.
import { type InstallReport, installCorpus, removePack } from '../storage/corpus-install';
import type { PolicyLensDb } from '../storage/db';
import type { PackRow } from '../storage/pack-rows';
import { installedLines } from '../storage/pack-holdings';
import type { CorpusPack, PackSource } from './pack-format';
import { updateByDeltas } from './delta-update';
import { type FetchOptions, type Progress, describeError, download, peekHeader } from './pack-download';
import { packLines, readPackLines } from './pack-lines';
import { failureMessage, parsePackText, validatePackJson } from './pack-validate';

/** How often subscribed packs are checked (the `alarms` period). */
export const CHECK_PERIOD_MINUTES = 24 * 60;
/** After a failed check, the next attempt comes this much sooner than the next daily one. */
export const RETRY_AFTER_MINUTES = 60;
export const CHECK_ALARM = 'policy-lens-check-packs';
export const RETRY_ALARM = 'policy-lens-retry-packs';

export type { Progress } from './pack-download';

export type CheckResult =
  /** `delta`: reached through the pack's deltas; `deltaRefused`: why a delta was refused before the full file was used. */
  | { status: 'installed'; version: number; report: InstallReport; delta?: true; deltaRefused?: string }
  | { status: 'not-modified' }
  | { status: 'not-newer'; version: number; installed: number }
  | { status: 'failed'; error: string };

type PackRead = { ok: true; pack: CorpusPack; from: PackSource } | { ok: false; error: string };

/**
 * Validates a pack's text; the first errors make one message (the panel shows it beside
 * the source). A pack written one record per line is read line by line, and records whose
 * line is the one this pack's installed version came from are not validated again, nor
 * unchanged statements even parsed (pack-lines.ts): an update's cost follows what it changed.
 */
async function readPack(db: PolicyLensDb, text: string): Promise<PackRead> {
  const lines = packLines(text);
  const read = lines && (await readPackLines(lines, (packId) => installedLines(db.holdingChunks, packId)));
  const parsed = read ? validatePackJson(read.json, read.known) : parsePackText(text);
  if (parsed.ok) return { ok: true, pack: parsed.pack, from: { ...(read ? { hashes: read.hashes } : {}), ...(parsed.unchecked ? { unchecked: parsed.unchecked } : {}) } };
  return { ok: false, error: failureMessage(parsed, 'Not a valid corpus pack') };
}

/** Installs a validated pack and updates the text index for the statements it changed. */
export async function applyPack(db: PolicyLensDb, { pack, from }: { pack: CorpusPack; from: PackSource }, row: Partial<PackRow>, onProgress?: (p: Progress) => void): Promise<InstallReport> {
  onProgress?.({ stage: 'installing' });
  return installCorpus(db, pack, row, from, () => onProgress?.({ stage: 'indexing' }));
}

async function recordFailure(db: PolicyLensDb, packId: string, error: string): Promise<CheckResult> {
  await db.packs.update(packId, { lastChecked: new Date().toISOString(), lastError: error });
  return { status: 'failed', error };
}

/**
 * Checks one subscribed pack: asks for the start of its file (conditionally: an unchanged
 * pack costs a 304); a version not above the installed one stops there; a newer one is
 * reached through the pack's deltas when it has them (delta-update.ts), else, or when a
 * delta is refused, by downloading and applying the full file.
 */
export async function checkPack(db: PolicyLensDb, packId: string, options: FetchOptions = {}): Promise<CheckResult> {
  const row = await db.packs.get(packId);
  if (!row?.url) return { status: 'failed', error: `No subscription "${packId}"` };
  const url = row.url;
  const peeked = await peekHeader(url, row, options);
  if (!peeked.ok) {
    if ('error' in peeked) return recordFailure(db, packId, peeked.error);
    await db.packs.update(packId, { lastChecked: new Date().toISOString(), lastError: undefined });
    return { status: 'not-modified' };
  }
  const validators = { etag: peeked.etag, lastModified: peeked.lastModified };
  const announced = peeked.header?.id === packId ? peeked.header.version : undefined;
  if (announced !== undefined && announced <= row.version) {
    await db.packs.update(packId, { ...validators, lastChecked: new Date().toISOString(), lastError: undefined });
    return { status: 'not-newer', version: announced, installed: row.version };
  }
  const viaDeltas = announced === undefined ? undefined : await updateByDeltas(db, { ...row, url }, announced, options);
  if (viaDeltas?.status === 'installed') {
    await db.packs.update(packId, { ...validators, lastChecked: new Date().toISOString(), lastError: undefined });
    return { ...viaDeltas, delta: true };
  }
  const refused = viaDeltas?.refused ? { deltaRefused: viaDeltas.refused } : {};
  const fetched = await download(url, row, options);
  if (!fetched.ok) {
    if ('error' in fetched) return recordFailure(db, packId, fetched.error);
    await db.packs.update(packId, { lastChecked: new Date().toISOString(), lastError: undefined });
    return { status: 'not-modified' };
  }
  options.onProgress?.({ stage: 'validating' });
  const read = await readPack(db, fetched.text);
  if (!read.ok) return recordFailure(db, packId, read.error);
  if (read.pack.id !== packId) return recordFailure(db, packId, `This address now serves another pack ("${read.pack.id}"), not "${packId}"`);
  const installed = (await db.packs.get(packId))?.version ?? row.version;
  const fetchedValidators = { etag: fetched.etag, lastModified: fetched.lastModified, lastChecked: new Date().toISOString() };
  if (read.pack.version <= installed) {
    await db.packs.update(packId, { ...fetchedValidators, lastError: undefined });
    return { status: 'not-newer', version: read.pack.version, installed };
  }
  try {
    const report = await applyPack(db, read, { ...fetchedValidators, kind: 'subscribed', url }, options.onProgress);
    return { status: 'installed', version: read.pack.version, report, ...refused };
  } catch (error) {
    return recordFailure(db, packId, `Could not install version ${read.pack.version}: ${describeError(error)}`);
  }
}

/** Subscribes to the pack at `url`: downloads, validates and installs it, or says why not (nothing is kept then). */
export async function subscribe(db: PolicyLensDb, url: string, options: FetchOptions = {}): Promise<CheckResult & { packId?: string }> {
  const parsedUrl = URL.canParse(url) ? new URL(url) : undefined;
  const local = parsedUrl?.protocol === 'http:' && parsedUrl.hostname === '127.0.0.1';
  if (!parsedUrl || (parsedUrl.protocol !== 'https:' && !local)) return { status: 'failed', error: 'A pack is subscribed to by its https:// address' };
  const fetched = await download(url, {}, options);
  if (!fetched.ok) return { status: 'failed', error: 'error' in fetched ? fetched.error : 'The server answered 304 to a first request' };
  options.onProgress?.({ stage: 'validating' });
  const read = await readPack(db, fetched.text);
  if (!read.ok) return { status: 'failed', error: read.error };
  const existing = await db.packs.get(read.pack.id);
  if (existing?.kind === 'bundled') return { status: 'failed', error: `"${read.pack.id}" is the bundled corpus's id` };
  if (existing && read.pack.version < existing.version) {
    return { status: 'failed', error: `Version ${read.pack.version} is older than the version ${existing.version} already installed` };
  }
  const row = { kind: 'subscribed' as const, url, etag: fetched.etag, lastModified: fetched.lastModified, lastChecked: new Date().toISOString() };
  try {
    const report = await applyPack(db, read, row, options.onProgress);
    return { status: 'installed', version: read.pack.version, report, packId: read.pack.id };
  } catch (error) {
    return { status: 'failed', error: `Could not install the pack: ${describeError(error)}` };
  }
}

/** Installs a pack from a file the user chose (no address, so never checked for updates). */
export async function installPackFile(db: PolicyLensDb, text: string, onProgress?: (p: Progress) => void): Promise<CheckResult & { packId?: string }> {
  onProgress?.({ stage: 'validating' });
  const read = await readPack(db, text);
  if (!read.ok) return { status: 'failed', error: read.error };
  const existing = await db.packs.get(read.pack.id);
  if (existing?.kind === 'bundled') return { status: 'failed', error: `"${read.pack.id}" is the bundled corpus's id` };
  if (existing && read.pack.version <= existing.version) return { status: 'not-newer', version: read.pack.version, installed: existing.version };
  try {
    const report = await applyPack(db, read, { kind: existing?.kind ?? 'file' }, onProgress);
    return { status: 'installed', version: read.pack.version, report, packId: read.pack.id };
  } catch (error) {
    return { status: 'failed', error: `Could not install the pack: ${describeError(error)}` };
  }
}

/** The daily check: every subscription, one after another; failures are recorded beside each. */
export async function checkAllPacks(db: PolicyLensDb, options: FetchOptions = {}): Promise<Map<string, CheckResult>> {
  const results = new Map<string, CheckResult>();
  for (const row of await db.packs.toArray()) {
    if (row.kind === 'subscribed') results.set(row.id, await checkPack(db, row.id, options));
  }
  return results;
}

/**
 * Removes a pack (subscribed or from a file) and takes its statements out of the text
 * index. Says which address it was subscribed from, and whether another subscription
 * still uses that address's origin (else the permission for it can be given back).
 */
export async function uninstallPack(db: PolicyLensDb, packId: string): Promise<{ report: InstallReport; url?: string; originStillUsed: boolean }> {
  const row = await db.packs.get(packId);
  if (!row) throw new Error(`No pack "${packId}" is installed`);
  if (row.kind === 'bundled') throw new Error('The bundled corpus is part of the extension and cannot be removed');
  const report = await removePack(db, packId);
  const origin = row.url && new URL(row.url).origin;
  const originStillUsed = (await db.packs.toArray()).some((p) => p.url !== undefined && new URL(p.url).origin === origin);
  return { report, ...(row.url ? { url: row.url } : {}), originStillUsed };
}
