// Pick a known person or organisation, or name a new one: a select of the known
// records whose empty choice reveals a name field (the capture page uses three).
// Both are UI-kit fields; a missing choice is shown beside the name field, which is
// the one to fill in when no known record fits.
import { Field } from '@/components/ui/Field';

export interface EntityPickerProps {
  label: string;
  /** The empty choice's text ("A new organisation…"). */
  emptyOption: string;
  /** The name field's label, shown when no known record is chosen. */
  newLabel: string;
  options: readonly { id: string; name: string }[];
  id: string;
  name: string;
  onChange(change: { id?: string; name?: string }): void;
  /** What is wrong with the choice, shown beside the field that must change. */
  error?: string;
}

export function EntityPicker({ label, emptyOption, newLabel, options, id, name, onChange, error }: EntityPickerProps) {
  return (
    <>
      <Field label={label}>
        {(control) => (
          <select {...control} className="hl-control" value={id} onChange={(e) => onChange({ id: e.target.value })}>
            <option value="">{emptyOption}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!id && (
        <Field label={newLabel} error={error}>
          {(control) => <input {...control} className="hl-control" type="text" value={name} onChange={(e) => onChange({ name: e.target.value })} />}
        </Field>
      )}
    </>
  );
}
