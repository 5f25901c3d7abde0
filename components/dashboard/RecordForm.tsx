// One form for any of the six record tables, driven by its field description
// (lib/dashboard/records.ts). Each validation error is shown beside its field, which
// is marked aria-invalid and described by the message.
import { useId, useRef, useState, type FormEvent } from 'react';
import {
  buildRecord,
  validateRecord,
  valuesFromRecord,
  type AnyRecord,
  type FieldErrors,
  type FieldSpec,
  type FormValues,
  type OptionLists,
  type TableSpec,
} from '@/lib/dashboard/records';

export interface RecordFormProps {
  spec: TableSpec;
  /** The record being edited; undefined to add a new one. */
  record: AnyRecord | undefined;
  options: OptionLists;
  /** Ids already used in the table, for a new record's unique id. */
  takenIds: ReadonlySet<string>;
  onSave(record: AnyRecord): Promise<void>;
  onCancel?(): void;
}

const NO_ERRORS: FieldErrors = { fields: {}, form: [] };

export function RecordForm({ spec, record, options, takenIds, onSave, onCancel }: RecordFormProps) {
  const formId = useId();
  const [values, setValues] = useState<FormValues>(() => valuesFromRecord(spec, record));
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const idFor = (field: FieldSpec) => `${formId}-${field.name.replace(/\./g, '-')}`;
  const title = record ? `Edit ${spec.singular}` : `New ${spec.singular}`;

  function set(name: string, value: string | string[]) {
    setValues((was) => ({ ...was, [name]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = buildRecord(spec, values, record, { takenIds });
    const result = validateRecord(spec, candidate);
    if (!result.ok) {
      setErrors(result.errors);
      // Focus the first field in error, after React marked it.
      queueMicrotask(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors(NO_ERRORS);
    setSaving(true);
    try {
      await onSave(result.record);
    } catch (error) {
      setErrors({ fields: {}, form: [`Could not save: ${error instanceof Error ? error.message : String(error)}`] });
    } finally {
      setSaving(false);
    }
  }

  function control(field: FieldSpec) {
    const id = idFor(field);
    const error = errors.fields[field.name];
    const errorId = `${id}-error`;
    const hintId = `${id}-hint`;
    const describedBy = [field.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
    const common = {
      id,
      name: field.name,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy,
      'aria-required': field.optional ? undefined : true,
    };
    const value = values[field.name];
    const text = typeof value === 'string' ? value : '';
    const choices = field.options ? options[field.options] : [];
    const label = (
      <>
        {field.label}
        {field.optional && <span className="db-optional"> (optional)</span>}
      </>
    );
    const hint = field.hint && (
      <p id={hintId} className="hl-hint">
        {field.hint}
      </p>
    );
    const message = error && (
      <p id={errorId} className="hl-error db-field-error">
        {error}
      </p>
    );

    if (field.kind === 'checkboxes') {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <fieldset key={field.name} className="db-checkboxes" aria-describedby={describedBy}>
          <legend className="hl-field__label">{label}</legend>
          {hint}
          <div className="db-checkboxes__list">
            {choices.map((choice) => (
              <label key={choice.value} className="db-checkbox">
                <input
                  type="checkbox"
                  name={field.name}
                  value={choice.value}
                  checked={chosen.includes(choice.value)}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) =>
                    set(field.name, e.target.checked ? [...chosen, choice.value] : chosen.filter((v) => v !== choice.value))
                  }
                />
                {choice.label}
              </label>
            ))}
          </div>
          {message}
        </fieldset>
      );
    }

    let input;
    if (field.kind === 'select') {
      // A reference to a record that is gone stays visible rather than silently changing.
      const known = text === '' || choices.some((c) => c.value === text);
      input = (
        <select {...common} className="hl-control" value={text} onChange={(e) => set(field.name, e.target.value)}>
          <option value="">{field.optional ? 'None' : 'Choose…'}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
          {!known && <option value={text}>{text} (unknown)</option>}
        </select>
      );
    } else if (field.kind === 'textarea' || field.kind === 'lines') {
      input = (
        <textarea
          {...common}
          className="hl-control db-textarea"
          rows={field.kind === 'lines' ? 3 : 6}
          value={text}
          onChange={(e) => set(field.name, e.target.value)}
        />
      );
    } else {
      input = (
        <input
          {...common}
          type={field.kind === 'url' ? 'url' : field.kind === 'date' ? 'date' : 'text'}
          className="hl-control"
          value={text}
          onChange={(e) => set(field.name, e.target.value)}
        />
      );
    }
    return (
      <div key={field.name} className={`hl-field${field.kind === 'textarea' ? ' db-field--wide' : ''}`}>
        <label htmlFor={id} className="hl-field__label">
          {label}
        </label>
        {hint}
        {input}
        {message}
      </div>
    );
  }

  return (
    <form ref={formRef} className="hl-search db-form" aria-label={title} noValidate onSubmit={(e) => void submit(e)}>
      <h3 className="db-form__title">{title}</h3>
      {record && (
        <p className="hl-hint">
          Id <code>{record.id}</code>
          {record.origin === 'corpus' ? '. Saving makes this record yours: corpus updates will no longer change it.' : '.'}
        </p>
      )}
      {errors.form.length > 0 && (
        <ul className="hl-error" role="alert">
          {errors.form.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <div className="db-form__fields">{spec.fields.map(control)}</div>
      <div className="hl-card__actions">
        {onCancel && (
          <button type="button" className="hl-button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="hl-button hl-button--primary" disabled={saving}>
          {record ? 'Save changes' : `Add ${spec.singular}`}
        </button>
      </div>
    </form>
  );
}
