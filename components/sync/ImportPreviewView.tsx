// What an import would do, before it does it: counts per outcome and the records
// concerned, conflicts first.
import type { ImportPreview } from '@/lib/sync/apply';

/** Rows listed by name; beyond this only the counts are shown (an import may hold 100k records). */
const LISTED_ITEMS = 50;

const OUTCOME_LABEL = { new: 'New', updated: 'Updated', unchanged: 'Unchanged', deleted: 'Deleted', conflict: 'In conflict' } as const;

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
  onApply(): void;
  onCancel(): void;
}) {
  const listed = [...preview.items].sort((a, b) => Number(b.outcome === 'conflict') - Number(a.outcome === 'conflict')).slice(0, LISTED_ITEMS);
  return (
    <section className="sync__preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">Preview of {name}</h3>
      <table>
        <caption>What importing this file would change</caption>
        <tbody>
          {(Object.keys(OUTCOME_LABEL) as (keyof typeof OUTCOME_LABEL)[]).map((outcome) => (
            <tr key={outcome}>
              <th scope="row">{OUTCOME_LABEL[outcome]}</th>
              <td>{preview.counts[outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {listed.length > 0 && (
        <ul aria-label="Records">
          {listed.map((item) => (
            <li key={`${item.table}:${item.id}`}>
              <strong>{OUTCOME_LABEL[item.outcome]}</strong> — {item.table}: {item.label}
              {item.conflict && ` (changed on both sides; keeping ${item.conflict.kept === 'yours' ? 'yours' : 'the file’s'}, the newer)`}
            </li>
          ))}
          {preview.items.length > LISTED_ITEMS && <li>…and {preview.items.length - LISTED_ITEMS} more</li>}
        </ul>
      )}
      <button type="button" onClick={onApply} disabled={busy}>
        Apply import
      </button>{' '}
      <button type="button" onClick={onCancel} disabled={busy}>
        Cancel
      </button>
    </section>
  );
}
