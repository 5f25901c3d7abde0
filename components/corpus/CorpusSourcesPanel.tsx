// The Dashboard's "Corpus sources": every pack the extension holds (the bundled
// corpus, subscriptions, packs installed from files) with its version, record
// counts, last check and last error; subscribing by address or installing from a
// file, with progress; checking now; removing; and publishing the user's own
// statements as a pack. Live over the database, so the daily check shows at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useId, useState } from 'react';
import { PACK_TABLES, type PackHeader, type PackTable } from '@/lib/corpus/pack-format';
import type { CheckResult, Progress } from '@/lib/corpus/subscription';
import type { PolicyLensDb } from '@/lib/storage/db';
import type { PackRow } from '@/lib/storage/pack-rows';
import { listPackSources } from '@/lib/storage/pack-sources';
import { slugify } from '@/lib/text/text';
import type { CorpusActions } from './corpus-actions';

const NOUNS: Record<PackTable, [string, string]> = {
  organisations: ['organisation', 'organisations'],
  events: ['event', 'events'],
  people: ['person', 'people'],
  topics: ['topic', 'topics'],
  statements: ['statement', 'statements'],
  quotes: ['quote', 'quotes'],
};
const KIND_LABEL: Record<PackRow['kind'], string> = { bundled: 'Bundled', subscribed: 'Subscribed', file: 'From a file' };

export const countsText = (counts: Record<PackTable, number>): string =>
  PACK_TABLES.map((t) => `${counts[t]} ${NOUNS[t][counts[t] === 1 ? 0 : 1]}`).join(', ');

export function progressText(progress: Progress): string {
  switch (progress.stage) {
    case 'downloading': {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      return `Downloading… ${mb(progress.bytes)}${progress.total ? ` of ${mb(progress.total)}` : ''}`;
    }
    case 'validating':
      return 'Checking the pack…';
    case 'installing':
      return 'Installing its records…';
    case 'indexing':
      return 'Updating the text index…';
  }
}

export function resultText(result: CheckResult): string {
  switch (result.status) {
    case 'installed': {
      const r = result.report;
      const how = result.delta ? ' from its delta' : '';
      const refused = result.deltaRefused ? ` ${result.deltaRefused}; the full file was used.` : '';
      return `Installed version ${result.version}${how}: ${r.added} added, ${r.updated} updated, ${r.removed} removed, ${r.unchanged} unchanged.${refused}`;
    }
    case 'not-modified':
      return 'No change since the last check.';
    case 'not-newer':
      return `Version ${result.version} is not newer than the installed version ${result.installed}; nothing was changed.`;
    case 'failed':
      return result.error;
  }
}

const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString() : 'never');

export interface CorpusSourcesPanelProps {
  db: PolicyLensDb;
  actions: CorpusActions;
}

export function CorpusSourcesPanel({ db, actions }: CorpusSourcesPanelProps) {
  const sources = useLiveQuery(() => listPackSources(db), [db]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState('');
  const headingId = useId();
  const urlId = useId();
  const fileId = useId();

  const run = async (work: (onProgress: (p: Progress) => void) => Promise<CheckResult | string>) => {
    setBusy(true);
    setStatus('Working…');
    try {
      const result = await work((p) => setStatus(progressText(p)));
      setStatus(typeof result === 'string' ? result : resultText(result));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const onSubscribe = (event: FormEvent) => {
    event.preventDefault();
    // No await before this call: the browser asks for the pack's origin within the click.
    void run((onProgress) => actions.subscribe(url.trim(), onProgress));
  };

  const onFile = (file: File | undefined) => {
    if (file) void run(async (onProgress) => actions.installFile(await file.text(), onProgress));
  };

  return (
    <section className="db-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="db-section__title">
        Corpus sources
      </h2>
      {sources === undefined ? (
        <p className="hl-empty">Loading…</p>
      ) : (
        <ul className="cs-list" aria-label="Corpus sources">
          {sources.packs.map((pack) => (
            <li key={pack.id}>
              <article className="cs-source" aria-label={pack.title}>
                <h3 className="cs-source__title">{pack.title}</h3>
                <p>
                  {KIND_LABEL[pack.kind]} · {pack.publisher} · version {pack.version}
                  {pack.url ? ` · ${pack.url}` : ''}
                </p>
                <p>{countsText(pack.counts)}</p>
                {pack.kind === 'subscribed' && <p>Last checked: {when(pack.lastChecked)}</p>}
                {pack.lastError && <p className="cs-error">Last error: {pack.lastError}</p>}
                <div className="cs-actions">
                  {pack.kind === 'subscribed' && (
                    <button type="button" className="hl-button" disabled={busy} onClick={() => void run((p) => actions.checkNow(pack.id, p))}>
                      Check now
                    </button>
                  )}
                  {pack.kind !== 'bundled' && (
                    <button
                      type="button"
                      className="hl-button"
                      disabled={busy}
                      onClick={() => void run(async () => `Removed ${pack.title}: ${(await actions.remove(pack.id)).removed} records went.`)}
                    >
                      Remove
                    </button>
                  )}
                </div>
              </article>
            </li>
          ))}
          <li>
            <article className="cs-source" aria-label="Your own records">
              <h3 className="cs-source__title">Your own records</h3>
              <p>{countsText(sources.own)}</p>
              <PublishForm disabled={busy || sources.own.statements === 0} onPublish={(header) => run(async () => {
                await actions.publish(header);
                return `Saved ${header.id}-v${header.version}.json: host it anywhere and share its address.`;
              })} />
            </article>
          </li>
        </ul>
      )}
      <form className="cs-add" aria-label="Subscribe to a pack" onSubmit={onSubscribe}>
        <div className="hl-field">
          <label htmlFor={urlId} className="hl-field__label">
            Pack address
          </label>
          <input id={urlId} className="hl-control" type="url" placeholder="https://…/pack.json" value={url} onChange={(e) => setUrl(e.target.value)} required />
        </div>
        <button type="submit" className="hl-button" disabled={busy}>
          Subscribe
        </button>
      </form>
      <div className="hl-field">
        <label htmlFor={fileId} className="hl-field__label">
          Install a pack from a file
        </label>
        <input id={fileId} type="file" accept=".json,application/json" disabled={busy} onChange={(e) => onFile(e.target.files?.[0])} />
      </div>
      <p role="status" className="hl-status-region" aria-busy={busy}>
        {status}
      </p>
    </section>
  );
}

/** A labelled text or number field of the publish form. */
function Field({ label, value, onChange, type = 'text' }: { label: string; value: string; onChange(value: string): void; type?: 'text' | 'number' }) {
  const id = useId();
  return (
    <div className="hl-field">
      <label htmlFor={id} className="hl-field__label">
        {label}
      </label>
      <input id={id} className="hl-control" type={type} min={type === 'number' ? 1 : undefined} value={value} onChange={(e) => onChange(e.target.value)} required />
    </div>
  );
}

function PublishForm({ disabled, onPublish }: { disabled: boolean; onPublish(header: PackHeader): Promise<void> }) {
  const [title, setTitle] = useState('');
  const [publisher, setPublisher] = useState('');
  const [licence, setLicence] = useState('CC BY 4.0');
  const [version, setVersion] = useState('1');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void onPublish({ id: slugify(title) || 'my-pack', title, publisher, licence, version: Math.max(1, Math.floor(Number(version))), published: new Date().toISOString() });
  };
  return (
    <form className="cs-publish" aria-label="Publish as a pack" onSubmit={onSubmit}>
      <Field label="Pack title" value={title} onChange={setTitle} />
      <Field label="Publisher" value={publisher} onChange={setPublisher} />
      <Field label="Licence" value={licence} onChange={setLicence} />
      <Field label="Version" type="number" value={version} onChange={setVersion} />
      <button type="submit" className="hl-button" disabled={disabled}>
        Publish as a pack
      </button>
    </form>
  );
}
