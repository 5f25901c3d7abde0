// Export and import on the Highlights page: sync files for teams (merged, never
// overwritten), and reports (W3C Web Annotation JSON-LD, Markdown, CSV). An import
// is validated and previewed in full before anything is written.
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import type { ImportFailure } from '@/lib/sync/import-errors';
import type { Consent, ImportInput, ImportPreview, ImportReport } from '@/lib/sync/apply';
import type { ExportScope } from '@/lib/sync/format';
import type { RewrittenRecord } from '@/lib/sync/published-copies';
import type { HighlightFormat } from '@/lib/sync/export-highlights';
import { ImportPreviewView } from './ImportPreviewView';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { RewrittenCorpusList } from './RewrittenCorpusList';

export type ExportFormat = 'sync' | HighlightFormat;

/** A chosen file, validated and previewed; its import reads it again from `input`. */
export interface ReadFile {
  input: ImportInput;
  preview: ImportPreview;
}

/** Told the share of the file read so far, from 0 to 1. */
export type OnProgress = (done: number) => void;

export interface SyncActions {
  exportFile(scope: ExportScope, format: ExportFormat): Promise<void>;
  previewImport(file: Blob, onProgress: OnProgress): Promise<ReadFile | ImportFailure>;
  /** `consent`: the counts the analyst confirmed, for an import that deletes their records or changes the corpus. */
  applyImport(input: ImportInput, consent: Consent | undefined, onProgress: OnProgress): Promise<ImportReport | ImportFailure>;
  /** Corpus records imports rewrote, whose published text can be restored. */
  rewrittenCorpus(): Promise<RewrittenRecord[]>;
  restorePublished(record: RewrittenRecord): Promise<void>;
}

/** A step under way: what it is, and how far it got (undefined when that cannot be told). */
interface Progress {
  label: string;
  done?: number;
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
  const [exporting, setExporting] = useState(false);
  const [pending, setPending] = useState<(ReadFile & { name: string }) | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [applied, setApplied] = useState<ImportReport | null>(null);
  const [importing, setImporting] = useState<Progress | null>(null);
  const [rewritten, setRewritten] = useState<RewrittenRecord[]>([]);
  /** Bumped after each import or restore, to read the rewritten corpus records again. */
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    let current = true;
    void actions.rewrittenCorpus().then((records) => current && setRewritten(records));
    return () => {
      current = false;
    };
  }, [actions, changes]);

  const onExport = async () => {
    setExportError(null);
    setExporting(true);
    try {
      await actions.exportFile(scopeFrom(kind, value.trim()), format);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  };

  /** Runs one import step with its progress bar. */
  const withProgress = async <T,>(label: string, step: (onProgress: OnProgress) => Promise<T>): Promise<T> => {
    setImporting({ label, done: 0 });
    try {
      return await step((done) => setImporting({ label, done }));
    } finally {
      setImporting(null);
    }
  };

  const onFile = async (file: File | undefined) => {
    setPending(null);
    setFailure(null);
    setApplied(null);
    if (!file) return;
    const result = await withProgress(`Reading ${file.name}…`, (onProgress) => actions.previewImport(file, onProgress));
    if (isFailure(result)) setFailure(result);
    else setPending({ ...result, name: file.name });
  };

  const onApply = async (consent: Consent | undefined) => {
    if (!pending) return;
    const result = await withProgress(`Importing ${pending.name}…`, (onProgress) => actions.applyImport(pending.input, consent, onProgress));
    if (isFailure(result)) setFailure(result);
    else setApplied(result);
    setPending(null);
    setChanges((n) => n + 1);
  };

  const onRestore = async (record: RewrittenRecord) => {
    await actions.restorePublished(record);
    setChanges((n) => n + 1);
  };

  const busy = importing !== null;
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
        <Field label="What">
          {(control) => (
            <select {...control} className="hl-control" value={kind} onChange={(e) => setKind(e.target.value as ScopeKind)}>
              <option value="everything">Everything you added or edited</option>
              <option value="highlights">Highlights only</option>
              <option value="event">One policy event</option>
              <option value="tag">One tag</option>
              <option value="site">One site</option>
            </select>
          )}
        </Field>
        {kind === 'event' && (
          <Field label="Event">
            {(control) => (
              <select {...control} className="hl-control" value={value} onChange={(e) => setValue(e.target.value)} required>
                <option value="">Choose an event</option>
                {events.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.shortName}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {(kind === 'tag' || kind === 'site') && (
          <Field label={kind === 'tag' ? 'Tag' : 'Site (for example www.nhsproviders.org)'}>
            {(control) => <input {...control} className="hl-control" type="text" value={value} onChange={(e) => setValue(e.target.value)} required />}
          </Field>
        )}
        <Field label="Format">
          {(control) => (
            <select {...control} className="hl-control" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
              <option value="sync">Policy Lens sync file (JSON)</option>
              <option value="web-annotation">Highlights as W3C Web Annotations (JSON-LD)</option>
              <option value="markdown">Highlights as Markdown</option>
              <option value="csv">Highlights as CSV</option>
            </select>
          )}
        </Field>
        <Button type="submit" variant="primary" disabled={exporting || (needsValue && !value.trim())}>
          Export
        </Button>
        {exporting && <ProgressBar label="Exporting…" />}
        {exportError && (
          <p role="alert" className="hl-error">
            Could not export: {exportError}
          </p>
        )}
      </form>

      <div className="sync__import">
        <Field label="Import a file (Policy Lens sync file, W3C Web Annotations, or a Hypothesis export)">
          {(control) => (
            <input
              {...control}
              className="hl-control"
              type="file"
              accept=".json,.jsonld,application/json,application/ld+json"
              disabled={busy}
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          )}
        </Field>
        {importing && <ProgressBar label={importing.label} done={importing.done} />}
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
      <RewrittenCorpusList records={rewritten} busy={busy} onRestore={(record) => void onRestore(record)} />
    </section>
  );
}
