// The user's highlights in one PDF: those saved under its web address, under its
// `urn:x-pdf:` (opened from disk, or imported from Hypothesis), or in any document
// carrying the same fingerprint (a revised edition, or a copy at another address).
import type { PdfIdentity } from '../pdf/identity';
import { pdfUrn } from '../pdf/identity';
import type { Annotation } from '../schema';
import type { PolicyLensDb } from './db';

export async function annotationsForPdf(db: PolicyLensDb, identity: PdfIdentity): Promise<Annotation[]> {
  const addresses = [pdfUrn(identity.fingerprint), ...(identity.url ? [identity.url] : [])];
  const [byAddress, byFingerprint] = await Promise.all([
    db.annotations.where('url').anyOf(addresses).toArray(),
    db.annotations.where('pdf.fingerprint').equals(identity.fingerprint).toArray(),
  ]);
  const unique = new Map([...byAddress, ...byFingerprint].map((a) => [a.id, a]));
  return [...unique.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
