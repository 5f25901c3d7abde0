// Corpus records that imports rewrote with the analyst's consent, each with a way
// back to the text as the corpus publishes it (lib/sync/published-copies.ts).
import { Button } from '@/components/ui/Button';
import { TABLE_NOUN } from '@/lib/sync/format';
import type { RewrittenRecord } from '@/lib/sync/published-copies';

export function RewrittenCorpusList({ records, busy, onRestore }: { records: RewrittenRecord[]; busy: boolean; onRestore(record: RewrittenRecord): void }) {
  if (records.length === 0) return null;
  return (
    <section className="sync__rewritten" aria-labelledby="sync-rewritten-heading">
      <h3 id="sync-rewritten-heading">Corpus records rewritten by an import</h3>
      <ul>
        {records.map((record) => (
          <li key={`${record.table}:${record.id}`}>
            <span>
              {TABLE_NOUN[record.table]} {record.now ?? '(deleted since)'}, published as {record.published}
            </span>{' '}
            <Button onClick={() => onRestore(record)} disabled={busy} aria-label={`Restore the published text of ${TABLE_NOUN[record.table]} ${record.published}`}>
              Restore published text
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
