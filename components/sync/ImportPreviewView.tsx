// What an import would do, before it does it: per kind of record how many are
// added, changed and deleted; the analyst's own records it deletes or overwrites,
// by name; what the file claims to hold beside what it really holds; and anything
// left out. An import that deletes the analyst's records or changes the corpus is
// applied only once they tick a box that names the counts.
import { useId, useState } from 'react';
import { Button } from '@/components/ui/Button';
import type { Consent, ImportPreview } from '@/lib/sync/apply';
import { SYNCED_TABLES, TABLE_PLURAL } from '@/lib/sync/format';
import { describeContents, describeScope } from '@/lib/sync/labels';
import type { MergeItem } from '@/lib/sync/merge';
import { describeUnresolved } from '@/lib/sync/references';

/** Rows listed by name; beyond this only the counts are shown (an import may hold 100k records). */
const LISTED_ITEMS = 50;

const OUTCOME_LABEL = { new: 'Added', updated: 'Changed', deleted: 'Deleted', conflict: 'In conflict', unchanged: 'Unchanged' } as const;
const OUTCOMES = Object.keys(OUTCOME_LABEL) as (keyof typeof OUTCOME_LABEL)[];

const needsConsent = (consent: Consent) => consent.deleteYours > 0 || consent.changeCorpus > 0;

function itemLine(item: MergeItem): string {
  const what = `${item.table === 'annotations' ? 'highlight' : item.table}: ${item.label}`;
  if (item.loss?.kind === 'deleted') return `Deleted — ${what}${item.loss.corpus ? ' (from the corpus)' : ' (yours)'}`;
  if (item.loss?.kind === 'overwritten') {
    const conflict = item.conflict ? ', changed on both sides: the file’s is the newer' : '';
    return `Overwritten — ${what}${item.loss.corpus ? ' (from the corpus)' : ' (yours)'}${conflict}`;
  }
  const kept = item.conflict ? ` (changed on both sides; keeping ${item.conflict.kept === 'yours' ? 'yours' : 'the file’s'}, the newer)` : '';
  return `${OUTCOME_LABEL[item.outcome]} — ${what}${kept}`;
}

/** Losses first (deletions, then overwrites), then conflicts, then the rest. */
const rank = (item: MergeItem) => (item.loss?.kind === 'deleted' ? 0 : item.loss ? 1 : item.conflict ? 2 : 3);

export function ImportPreviewView({
  name,
  preview,
  busy,
  onApply,
  onCancel,
}: {
  name: string;
  preview: ImportPreview;
  busy: boolean;
  onApply(consent: Consent | undefined): void;
  onCancel(): void;
}) {
  const headingId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const destructive = needsConsent(preview.consent);
  const listed = [...preview.items].sort((a, b) => rank(a) - rank(b)).slice(0, LISTED_ITEMS);
  const tables = SYNCED_TABLES.filter((t) => preview.byTable[t]);
  const changed = preview.counts.new + preview.counts.updated + preview.counts.deleted + preview.counts.conflict;
  return (
    <section className="sync__preview" aria-labelledby={headingId}>
      <h3 id={headingId}>Preview of {name}</h3>
      <dl className="sync__scope">
        <dt>The file says it holds</dt>
        <dd>{describeScope(preview.scope)}</dd>
        <dt>It really holds</dt>
        <dd>{describeContents(preview.contents)}</dd>
      </dl>
      {preview.warnings.length > 0 && (
        <div className="sync__warning" role="alert">
          <p>This import takes something away:</p>
          <ul>
            {preview.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      <table>
        <caption>What importing this file would change</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            {OUTCOMES.map((o) => (
              <th key={o} scope="col">
                {OUTCOME_LABEL[o]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tables.map((table) => (
            <tr key={table}>
              <th scope="row">{TABLE_PLURAL[table].replace(/^./, (c) => c.toUpperCase())}</th>
              {OUTCOMES.map((o) => (
                <td key={o}>{preview.byTable[table]?.[o] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {listed.length > 0 && (
        <ul aria-label="Records">
          {listed.map((item) => (
            <li key={`${item.table}:${item.id}`}>{itemLine(item)}</li>
          ))}
          {changed > listed.length && <li>…and {changed - listed.length} more</li>}
        </ul>
      )}
      {preview.deletionsLearned > 0 && (
        <p>
          The file also deletes {preview.deletionsLearned} {preview.deletionsLearned === 1 ? 'record' : 'records'} this copy never had: remembered
          for a while, so an older file cannot add them.
        </p>
      )}
      {preview.refused.length > 0 && (
        <details>
          <summary>
            {preview.refused.length} {preview.refused.length === 1 ? 'change is' : 'changes are'} dated in the future and will not be imported
          </summary>
          <ul>
            {preview.refused.slice(0, LISTED_ITEMS).map((r) => (
              <li key={`${r.table}:${r.id}`}>
                {r.label}: dated {r.time}, later than this computer’s clock allows
              </li>
            ))}
          </ul>
        </details>
      )}
      {preview.unresolved.length > 0 && (
        <details>
          <summary>{preview.unresolved.length} references to records this copy does not hold</summary>
          <ul>
            {preview.unresolved.slice(0, LISTED_ITEMS).map((r) => (
              <li key={`${r.table}:${r.id}:${r.field}`}>{describeUnresolved(r)}</li>
            ))}
          </ul>
        </details>
      )}
      {(preview.skipped.length > 0 || preview.notices.length > 0) && (
        <details>
          <summary>Left out of this file</summary>
          <ul>
            {preview.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
            {preview.skipped.slice(0, LISTED_ITEMS).map((s) => (
              <li key={s.index}>
                Item {s.index}
                {s.id ? ` (${s.id})` : ''}: {s.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {destructive && (
        <label className="sync__confirm">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} disabled={busy} />
          Yes, import it: {preview.warnings.join('; ')}
        </label>
      )}
      <div className="sync__actions">
        <Button variant={destructive ? 'danger' : 'primary'} onClick={() => onApply(destructive ? preview.consent : undefined)} disabled={busy || (destructive && !confirmed)}>
          Apply import
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
