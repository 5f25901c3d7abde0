// Pick a known person or organisation, or name a new one: a select of the known
// records whose empty choice reveals a name field (the capture page uses three).
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
  /** aria-invalid and aria-describedby when the field has an error. */
  invalid?: Record<string, unknown>;
}

export function EntityPicker({ label, emptyOption, newLabel, options, id, name, onChange, invalid = {} }: EntityPickerProps) {
  return (
    <>
      <label>
        {label}
        <select value={id} onChange={(e) => onChange({ id: e.target.value })} {...invalid}>
          <option value="">{emptyOption}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      {!id && (
        <label>
          {newLabel}
          <input type="text" value={name} onChange={(e) => onChange({ name: e.target.value })} {...invalid} />
        </label>
      )}
    </>
  );
}
