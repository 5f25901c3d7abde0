// Export and import on the Highlights page: sync files for teams (merged, never
// overwritten), and reports (W3C Web Annotation JSON-LD, Markdown, CSV). An import
// is validated and previewed in full before anything is written.
import { useState } from 'react';
import type { ImportFailure } from '@/lib/sync/import-errors';
import type { Consent, ImportInput, ImportPreview, ImportReport } from '@/lib/sync/apply';
import type { ExportScope } from '@/lib/sync/format';
import type { HighlightFormat } from '@/lib/sync/export-highlights';
import { ImportPreviewView } from './ImportPreviewView';

export type ExportFormat = 'sync' | HighlightFormat;

/** A chosen file, validated and previewed; its import reads it again from `input`. */
export interface ReadFile {
  input: ImportInput;
  preview: ImportPreview;
}

export interface SyncActions {
  exportFile(scope: ExportScope, format: ExportFormat): Promise<void>;
  previewImport(file: Blob): Promise<ReadFile | ImportFailure>;
  /** `consent`: the counts the analyst confirmed, for an import that deletes their records or changes the corpus. */
  applyImport(input: ImportInput, consent: Consent | undefined): Promise<ImportReport | ImportFailure>;
}

export interface SyncPanelProps {
  actions: SyncActions;
  events: { id: string; shortName: string }[];
}

type ScopeKind = ExportScope['kind'];

const isFailure = (result: object): result is ImportFailure => 'ok' in result && result.ok === false;

function scopeFrom(kind: ScopeKind, value: string): ExportScope {
  if (kind === 'event') return { kind, eventId: value };
  if (kind === 'tag') return { kind, tag: value };
  if (kind === 'site') return { kind, hostname: value };
  return { kind };
}

export function SyncPanel({ actions, events }: SyncPanelProps) {
  const [kind, setKind] = useState<ScopeKind>('everything');
  const [value, setValue] = useState('');
  const [format, setFormat] = useState<ExportFormat>('sync');
  const [exportError, setExportError] = useState<string | null>(null);
  const [pending, setPending] = useState<(ReadFile & { name: string }) | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [applied, setApplied] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);

  const onExport = async () => {
    setExportError(null);
    try {
      await actions.exportFile(scopeFrom(kind, value.trim()), format);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };

  const onFile = async (file: File | undefined) => {
    setPending(null);
    setFailure(null);
    setApplied(null);
    if (!file) return;
    setBusy(true);
    try {
      const result = await actions.previewImport(file);
      if (isFailure(result)) setFailure(result);
      else setPending({ ...result, name: file.name });
    } finally {
      setBusy(false);
    }
  };

  const onApply = async (consent: Consent | undefined) => {
    if (!pending) return;
    setBusy(true);
    try {
      const result = await actions.applyImport(pending.input, consent);
      if (isFailure(result)) setFailure(result);
      else setApplied(result);
      setPending(null);
    } finally {
      setBusy(false);
    }
  };

  const needsValue = kind === 'event' || kind === 'tag' || kind === 'site';
  return (
    <section className="sync" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Export and import</h2>
      <form
        className="sync__export"
        aria-label="Export"
        onSubmit={(event) => {
          event.preventDefault();
          void onExport();
        }}
      >
        <label>
          What
          <select value={kind} onChange={(e) => setKind(e.target.value as ScopeKind)}>
            <option value="everything">Everything you added or edited</option>
            <option value="highlights">Highlights only</option>
            <option value="event">One policy event</option>
            <option value="tag">One tag</option>
            <option value="site">One site</option>
          </select>
        </label>
        {kind === 'event' && (
          <label>
            Event
            <select value={value} onChange={(e) => setValue(e.target.value)} required>
              <option value="">Choose an event</option>
              {events.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.shortName}
                </option>
              ))}
            </select>
          </label>
        )}
        {(kind === 'tag' || kind === 'site') && (
          <label>
            {kind === 'tag' ? 'Tag' : 'Site (for example www.nhsproviders.org)'}
            <input type="text" value={value} onChange={(e) => setValue(e.target.value)} required />
          </label>
        )}
        <label>
          Format
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            <option value="sync">Policy Lens sync file (JSON)</option>
            <option value="web-annotation">Highlights as W3C Web Annotations (JSON-LD)</option>
            <option value="markdown">Highlights as Markdown</option>
            <option value="csv">Highlights as CSV</option>
          </select>
        </label>
        <button type="submit" disabled={needsValue && !value.trim()}>
          Export
        </button>
        {exportError && <p role="alert">Could not export: {exportError}</p>}
      </form>

      <div className="sync__import">
        <label>
          Import a file (Policy Lens sync file, W3C Web Annotations, or a Hypothesis export)
          <input type="file" accept=".json,.jsonld,application/json,application/ld+json" disabled={busy} onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
        {busy && <p role="status">Reading…</p>}
        {failure && (
          <div role="alert" className="sync__errors">
            <p>
              Nothing was imported: the file has {failure.total} {failure.total === 1 ? 'problem' : 'problems'}.
            </p>
            <ul>
              {failure.errors.map((error, i) => (
                <li key={i}>{error.message}</li>
              ))}
            </ul>
          </div>
        )}
        {pending && <ImportPreviewView name={pending.name} preview={pending.preview} busy={busy} onApply={(consent) => void onApply(consent)} onCancel={() => setPending(null)} />}
        {applied && (
          <p role="status">
            Imported: {applied.counts.new} new, {applied.counts.updated} updated, {applied.counts.deleted} deleted,{' '}
            {applied.counts.unchanged} unchanged
            {applied.counts.conflict > 0 ? `, ${applied.counts.conflict} in conflict (the newer side was kept)` : ''}.
            {applied.warnings.length > 0 && ` As confirmed: ${applied.warnings.join('; ').replace(/will be/g, 'were')}.`}
          </p>
        )}
      </div>
    </section>
  );
}
