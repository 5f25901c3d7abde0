// Fetches a PDF from the web for the viewer. The extension holds no host permission
// until the user opens a PDF from a site: a server that allows any origin (CORS)
// answers without one; otherwise the viewer asks for access to that one origin
// (optional host permission), and only on the user's click.
import { browser } from 'wxt/browser';
import { originPermission } from '@/lib/pdf/identity';

/** Larger files are refused with a message rather than filling the tab's memory. */
export const MAX_PDF_BYTES = 300 * 1024 * 1024;

export type FetchedPdf = { bytes: Uint8Array } | { needsPermission: string };

export const hasOriginAccess = (pattern: string): Promise<boolean> => browser.permissions.contains({ origins: [pattern] });

/** Asks for access to the PDF's origin; must run in a click's handler. */
export const requestOriginAccess = (pattern: string): Promise<boolean> => browser.permissions.request({ origins: [pattern] });

export function checkSize(byteLength: number): void {
  if (byteLength > MAX_PDF_BYTES) {
    throw new Error(`This PDF is ${Math.round(byteLength / 1024 / 1024)} MB; the viewer opens PDFs up to ${MAX_PDF_BYTES / 1024 / 1024} MB.`);
  }
}

export async function fetchPdf(address: string): Promise<FetchedPdf> {
  const pattern = originPermission(address);
  if (!pattern) throw new Error(`Only PDFs on the web (http or https) can be opened by address: ${address}`);
  const granted = await hasOriginAccess(pattern);
  let response: Response;
  try {
    // With access, the user's own cookies go along (a PDF behind the site's login).
    response = await fetch(address, { credentials: granted ? 'include' : 'omit' });
  } catch (error) {
    if (!granted) return { needsPermission: pattern };
    throw new Error(`The PDF could not be downloaded (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!response.ok) throw new Error(`The server answered ${response.status} ${response.statusText} for this PDF.`);
  checkSize(Number(response.headers.get('content-length') ?? 0));
  const bytes = new Uint8Array(await response.arrayBuffer());
  checkSize(bytes.byteLength);
  return { bytes };
}
