// How a PDF is identified: by its web address when it has one, and always by PDF.js's
// fingerprint (the first /ID of the file's trailer, which a revised edition of the same
// document keeps), written as the Hypothesis client writes it: `urn:x-pdf:<fingerprint>`.
// So a highlight is found again in a revised PDF, in a copy at another address, and in
// a file opened from disk, and Hypothesis's PDF annotations line up with ours.
import { cleanUrl } from '../url-key';

export const PDF_URN_PREFIX = 'urn:x-pdf:';

const FINGERPRINT = /^[0-9a-f]{1,128}$/;

export interface PdfIdentity {
  /** The PDF's web address without fragment or tracking parameters; absent for a file from disk. */
  url?: string;
  fingerprint: string;
}

export const pdfUrn = (fingerprint: string): string => `${PDF_URN_PREFIX}${fingerprint}`;

/** The fingerprint a `urn:x-pdf:` names (lower-cased), or null for anything else. */
export function fingerprintOfUrn(value: string): string | null {
  if (!value.toLowerCase().startsWith(PDF_URN_PREFIX)) return null;
  const fingerprint = value.slice(PDF_URN_PREFIX.length).toLowerCase();
  return FINGERPRINT.test(fingerprint) ? fingerprint : null;
}

/** The identity of a document PDF.js opened from `address` (undefined for a file from disk). */
export function pdfIdentity(fingerprints: readonly (string | null)[], address?: string): PdfIdentity {
  const fingerprint = fingerprints[0]?.toLowerCase();
  if (!fingerprint || !FINGERPRINT.test(fingerprint)) throw new Error('PDF.js gave this document no fingerprint');
  const url = address === undefined ? null : cleanUrl(address);
  return url ? { url, fingerprint } : { fingerprint };
}

/** The address a highlight in this document is saved under: its web address, else its urn. */
export const highlightAddress = (identity: PdfIdentity): string => identity.url ?? pdfUrn(identity.fingerprint);

/**
 * The optional host permission pattern that lets the viewer read a PDF at `address`
 * (its origin; match patterns carry no port), or null when it is not on the web.
 */
export function originPermission(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `${url.protocol}//${url.hostname}/*`;
}
