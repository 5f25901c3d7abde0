// One labelled filter: "any" first, then each value with how many highlights have it.
import { useId } from 'react';
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
  const id = useId();
  // A chosen value stays selectable when its last highlight goes (deleted here or elsewhere).
  const shown = value === '' || options.some((o) => o.value === value) ? options : [...options, { value, label: value, count: 0 }];
  return (
    <div className="hl-field">
      <label htmlFor={id} className="hl-field__label">
        {label}
      </label>
      <select id={id} className="hl-control" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {shown.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label} ({option.count})
          </option>
        ))}
      </select>
    </div>
  );
}
