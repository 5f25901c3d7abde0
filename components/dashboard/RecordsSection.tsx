// Adding, editing, deleting and restoring records by hand: pick a kind of record,
// then a new one or an existing one, and edit it in the generic RecordForm. A
// deletion says first which records refer to the one deleted (they keep the
// reference and show it as deleted); deleted records can be restored.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import { type Referrer, deleteRecord, deletedRecords, referencesTo, restoreRecord } from '@/lib/dashboard/delete-record';
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

/** Records named in a deletion's warning; beyond this only the count. */
const LISTED_REFERRERS = 10;

const REFERRER_NOUN: Record<Referrer['table'], string> = {
  events: 'event',
  organisations: 'organisation',
  people: 'person',
  statements: 'statement',
  quotes: 'quote',
  topics: 'topic',
  annotations: 'highlight',
};

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
  /** The record being deleted, with what refers to it, while the analyst confirms. */
  const [confirming, setConfirming] = useState<{ record: AnyRecord; referrers: Referrer[] } | null>(null);
  /** The last deletion, for its Undo. */
  const [undoable, setUndoable] = useState<{ table: RecordTable; id: string } | null>(null);
  const deleted = useLiveQuery(() => deletedRecords(db, table), [db, table], []);
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
    const timer = setTimeout(() => {
      setStatus('');
      setUndoable(null);
    }, 10_000);
    return () => clearTimeout(timer);
  }, [status]);

  async function askToDelete(record: AnyRecord) {
    setConfirming({ record, referrers: await referencesTo(db, table, record.id) });
  }

  async function remove(record: AnyRecord) {
    setConfirming(null);
    await deleteRecord(db, table, record.id);
    if (changesTexts(table)) await onTextsChanged();
    setEditingId(NEW);
    setUndoable({ table, id: record.id });
    setStatus(`Deleted ${spec.singular} “${recordLabel(spec, record)}”.`);
  }

  async function restore(from: RecordTable, id: string) {
    const record = await restoreRecord(db, from, id);
    setUndoable(null);
    if (!record) return;
    if (changesTexts(from)) await onTextsChanged();
    setStatus(`Restored ${TABLE_SPECS[from].singular} “${recordLabel(TABLE_SPECS[from], record)}”.`);
  }

  async function save(record: AnyRecord) {
    setUndoable(null);
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
              setConfirming(null);
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
          <select
            id={recordId}
            className="hl-control"
            value={editingId}
            onChange={(e) => {
              setEditingId(e.target.value);
              setConfirming(null);
            }}
          >
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
            {undoable && (
              <button type="button" className="hl-button" onClick={() => void restore(undoable.table, undoable.id)}>
                Undo
              </button>
            )}
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
      {editing && !confirming && (
        <button type="button" className="hl-button" onClick={() => void askToDelete(editing)}>
          Delete {spec.singular}
        </button>
      )}
      {confirming && (
        <div role="alertdialog" aria-label={`Delete ${spec.singular}`} className="db-confirm">
          <p>
            Delete {spec.singular} “{recordLabel(spec, confirming.record)}”?{' '}
            {confirming.record.origin === 'corpus' ? 'It came with the corpus: it is hidden on this copy, and can be restored. ' : ''}
            {confirming.referrers.length === 0
              ? 'No other record refers to it.'
              : `${confirming.referrers.length} ${confirming.referrers.length === 1 ? 'record refers' : 'records refer'} to it; they keep the reference and show it as deleted:`}
          </p>
          {confirming.referrers.length > 0 && (
            <ul aria-label="Records that refer to it">
              {confirming.referrers.slice(0, LISTED_REFERRERS).map((r) => (
                <li key={`${r.table}:${r.id}`}>
                  {REFERRER_NOUN[r.table]} {r.label}
                </li>
              ))}
              {confirming.referrers.length > LISTED_REFERRERS && <li>…and {confirming.referrers.length - LISTED_REFERRERS} more</li>}
            </ul>
          )}
          <button type="button" className="hl-button" onClick={() => void remove(confirming.record)}>
            Delete
          </button>{' '}
          <button type="button" className="hl-button" onClick={() => setConfirming(null)}>
            Keep it
          </button>
        </div>
      )}
      {deleted.length > 0 && (
        <section aria-label={`Deleted ${TABLE_LABELS[table].toLowerCase()}`} className="db-deleted">
          <h3>Deleted {TABLE_LABELS[table].toLowerCase()}</h3>
          <ul>
            {deleted.map((d) => (
              <li key={d.id}>
                {d.label}{' '}
                <button type="button" className="hl-button" onClick={() => void restore(table, d.id)} aria-label={`Restore ${d.label}`}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
