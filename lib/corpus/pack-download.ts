// Downloading a pack, its first lines, or a delta from a static host: a size limit and a
// timeout on every request, and the validators (ETag, Last-Modified) that make a check of an
// unchanged pack a 304. `peekHeader` asks for the start of the pack file only (a `Range`
// request; a server that ignores it is cut off once the header has arrived), so a check learns
// the published version without downloading a 208 MB file to find it is not newer.
import type { PackRow } from '../storage/pack-rows';
import { type PackHeaderPeek, packHeaderOf } from './pack-lines';

/**
 * The largest pack accepted: 200 MB. A 50 000-statement pack of press statements
 * (about 600 words each, with their quotes) is about 120 MB; a larger file is more
 * likely a wrong address than a corpus, and would not fit comfortably in memory.
 */
export const MAX_PACK_BYTES = 200 * 1024 * 1024;

/** How long a download may take before it is abandoned: long enough for 200 MB on a slow line. */
export const FETCH_TIMEOUT_MS = 120_000;

/** The start of a pack file read for its header: a header is a few hundred bytes; its fields are not limited, so room for long titles. */
export const PEEK_BYTES = 16 * 1024;

export type Progress = { stage: 'downloading'; bytes: number; total?: number } | { stage: 'validating' } | { stage: 'installing' } | { stage: 'indexing' };

export interface FetchOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  onProgress?: (progress: Progress) => void;
}

type Validators = Pick<PackRow, 'etag' | 'lastModified'>;
type Failed = { ok: false; notModified: true } | { ok: false; error: string; status?: number };
export type Download = ({ ok: true; text: string } & Validators) | Failed;
export type Peek = ({ ok: true; header?: PackHeaderPeek } & Validators) | Failed;

export const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Reads the body as text, refusing it as soon as it grows past `maxBytes`. */
async function readLimited(response: Response, maxBytes: number, onProgress?: (p: Progress) => void): Promise<string | null> {
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (length > maxBytes) return null;
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
    onProgress?.({ stage: 'downloading', bytes, ...(Number.isFinite(length) ? { total: length } : {}) });
  }
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** One GET with the validators and a timeout: the response when it is a success, else why not. */
async function request(url: string, since: Validators, options: FetchOptions, extra: Record<string, string> = {}): Promise<{ ok: true; response: Response } | Failed> {
  const headers: Record<string, string> = { accept: 'application/json', ...extra };
  if (since.etag) headers['if-none-match'] = since.etag;
  if (since.lastModified) headers['if-modified-since'] = since.lastModified;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { headers, cache: 'no-store', signal: AbortSignal.timeout(options.timeoutMs ?? FETCH_TIMEOUT_MS) });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, error: timedOut ? `No answer from ${url} within ${Math.round((options.timeoutMs ?? FETCH_TIMEOUT_MS) / 1000)} s` : `Could not reach ${url}: ${describeError(error)}` };
  }
  if (response.status === 304) return { ok: false, notModified: true };
  if (!response.ok) return { ok: false, error: `The server answered ${response.status} ${response.statusText}`.trim(), status: response.status };
  return { ok: true, response };
}

const validatorsOf = (response: Response): Validators => {
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
};

/** Downloads a whole file (a pack or a delta), conditionally when `since` has validators. */
export async function download(url: string, since: Validators, options: FetchOptions): Promise<Download> {
  const maxBytes = options.maxBytes ?? MAX_PACK_BYTES;
  const asked = await request(url, since, options);
  if (!asked.ok) return asked;
  let text: string | null;
  try {
    text = await readLimited(asked.response, maxBytes, options.onProgress);
  } catch (error) {
    return { ok: false, error: `The download was interrupted: ${describeError(error)}` };
  }
  if (text === null) return { ok: false, error: `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the most this extension accepts` };
  return { ok: true, text, ...validatorsOf(asked.response) };
}

/**
 * The pack file's header, asked for conditionally: a 304, or the id and version its first
 * lines give (none when the file is laid out otherwise, or its header is longer than
 * PEEK_BYTES), with the file's validators. Reads at most PEEK_BYTES and then lets the rest go.
 */
export async function peekHeader(url: string, since: Validators, options: FetchOptions): Promise<Peek> {
  const asked = await request(url, since, options, { range: `bytes=0-${PEEK_BYTES - 1}` });
  if (!asked.ok) return asked;
  const reader = asked.response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let header: PackHeaderPeek | undefined;
  try {
    while (reader && !header && text.length < PEEK_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      header = packHeaderOf(text);
    }
    await reader?.cancel();
  } catch (error) {
    return { ok: false, error: `The download was interrupted: ${describeError(error)}` };
  }
  return { ok: true, ...(header ? { header } : {}), ...validatorsOf(asked.response) };
}
