// Adding and editing records by hand: pick a kind of record, then a new one or an
// existing one, and edit it in the generic RecordForm.
import { useEffect, useId, useMemo, useState } from 'react';
import {
  ENUM_OPTIONS,
  RECORD_TABLES,
  TABLE_SPECS,
  recordLabel,
  type AnyRecord,
  type OptionLists,
  type RecordTable,
} from '@/lib/dashboard/records';
import { changesTexts, saveRecord } from '@/lib/dashboard/save-record';
import type { PolicyLensDb } from '@/lib/storage/db';
import { eventsByDate, sortedByName, type DashboardData } from './data';
import { RecordForm } from './RecordForm';

const TABLE_LABELS: Record<RecordTable, string> = {
  events: 'Policy events',
  organisations: 'Organisations',
  people: 'People',
  statements: 'Statements',
  quotes: 'Quotes',
  topics: 'Topics',
};

const NEW = '';

export interface RecordsSectionProps {
  db: PolicyLensDb;
  data: DashboardData;
  /** Statements or quotes changed: the text index must be rebuilt. */
  onTextsChanged(): unknown;
}

export function RecordsSection({ db, data, onTextsChanged }: RecordsSectionProps) {
  const headingId = useId();
  const tableId = useId();
  const recordId = useId();
  const [table, setTable] = useState<RecordTable>('organisations');
  const [editingId, setEditingId] = useState(NEW);
  /** Bumped after each save, so the form starts afresh. */
  const [formKey, setFormKey] = useState(0);
  const [status, setStatus] = useState('');
  const spec = TABLE_SPECS[table];
  const records = data[table] as unknown as AnyRecord[];
  const sorted = useMemo(
    () => [...records].sort((a, b) => recordLabel(spec, a).localeCompare(recordLabel(spec, b), 'en', { sensitivity: 'base' })),
    [records, spec],
  );
  const editing = editingId === NEW ? undefined : records.find((r) => r.id === editingId);
  const takenIds = useMemo(() => new Set(records.map((r) => r.id)), [records]);

  const options: OptionLists = useMemo(() => {
    return {
      ...ENUM_OPTIONS,
      events: eventsByDate(data.events).map((e) => ({ value: e.id, label: e.shortName })),
      organisations: sortedByName(data.organisations).map((o) => ({ value: o.id, label: o.name })),
      people: sortedByName(data.people).map((p) => ({ value: p.id, label: p.name })),
      statements: [...data.statements]
        .sort((a, b) => b.publishedDate.localeCompare(a.publishedDate) || a.title.localeCompare(b.title))
        .map((s) => ({ value: s.id, label: `${s.title} (${s.publishedDate})` })),
      topics: data.topics.map((t) => ({ value: t.id, label: t.label })),
    };
  }, [data]);

  // A status message goes after a while.
  useEffect(() => {
    if (status === '') return;
    const timer = setTimeout(() => setStatus(''), 10_000);
    return () => clearTimeout(timer);
  }, [status]);

  async function save(record: AnyRecord) {
    await saveRecord(db, table, record);
    if (changesTexts(table)) await onTextsChanged();
    setStatus(`${editing ? 'Saved' : 'Added'} ${spec.singular} “${recordLabel(spec, record)}”.`);
    setEditingId(record.id);
    setFormKey((k) => k + 1);
  }

  return (
    <section className="db-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="db-section__title">
        Records
      </h2>
      <div className="db-pickers">
        <div className="hl-field">
          <label htmlFor={tableId} className="hl-field__label">
            Kind of record
          </label>
          <select
            id={tableId}
            className="hl-control"
            value={table}
            onChange={(e) => {
              setTable(e.target.value as RecordTable);
              setEditingId(NEW);
            }}
          >
            {RECORD_TABLES.map((t) => (
              <option key={t} value={t}>
                {TABLE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="hl-field">
          <label htmlFor={recordId} className="hl-field__label">
            Record
          </label>
          <select id={recordId} className="hl-control" value={editingId} onChange={(e) => setEditingId(e.target.value)}>
            <option value={NEW}>New {spec.singular}</option>
            {sorted.map((r) => (
              <option key={r.id} value={r.id}>
                {recordLabel(spec, r)}
                {r.origin === 'user' ? ' (yours)' : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div role="status" className="hl-status-region">
        {status && (
          <div className="hl-status">
            <span className="hl-status__message">{status}</span>
          </div>
        )}
      </div>
      <RecordForm
        key={`${table}:${editing ? editing.id : NEW}:${formKey}`}
        spec={spec}
        record={editing}
        options={options}
        takenIds={takenIds}
        onSave={save}
        onCancel={editing ? () => setEditingId(NEW) : undefined}
      />
    </section>
  );
}
