// Imports a file as an analyst who confirms whatever the preview asks: previews it,
// then applies it with the consent the preview names (lib/sync/apply.ts). For tests
// about what the merge does, not about the confirmation itself.
import type { PolicyLensDb } from '../../lib/storage/db';
import { type ApplyOptions, type ImportReport, applyImportText, previewImportText } from '../../lib/sync/apply';
import type { ImportFailure } from '../../lib/sync/import-errors';

export async function importConfirmed(db: PolicyLensDb, text: string, options: ApplyOptions = {}): Promise<ImportReport | ImportFailure> {
  const preview = await previewImportText(db, text, options);
  if (!preview.ok) return preview;
  return applyImportText(db, text, { ...options, consent: preview.consent });
}
