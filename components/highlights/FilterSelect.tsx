// One labelled filter: "any" first, then each value with how many highlights have it.
import { Field } from '@/components/ui/Field';
import type { FacetOption } from '@/lib/highlights/filter';

export interface FilterSelectProps {
  label: string;
  /** The first option, which filters nothing ("Any site"). */
  anyLabel: string;
  options: readonly FacetOption[];
  value: string;
  onChange(value: string): void;
}

export function FilterSelect({ label, anyLabel, options, value, onChange }: FilterSelectProps) {
  // A chosen value stays selectable when its last highlight goes (deleted here or elsewhere).
  const shown = value === '' || options.some((o) => o.value === value) ? options : [...options, { value, label: value, count: 0 }];
  return (
    <Field label={label}>
      {(control) => (
        <select {...control} className="hl-control" value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{anyLabel}</option>
          {shown.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label} ({option.count})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
