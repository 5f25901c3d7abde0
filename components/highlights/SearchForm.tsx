// The search landmark: free text, the filters, and "Clear filters".
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import type { HighlightFacets } from '@/lib/highlights/filter';
import { FilterSelect } from './FilterSelect';
import { type FilterField, type FormState } from './query-form';

export interface SearchFormProps {
  form: FormState;
  facets: HighlightFacets;
  /** The From date is after the To date, so nothing can match. */
  rangeReversed: boolean;
  onChange(field: keyof FormState, value: string): void;
  onClearFilters(): void;
}

export function SearchForm({ form, facets, rangeReversed, onChange, onClearFilters }: SearchFormProps) {
  const select = (field: FilterField, label: string, anyLabel: string, options: HighlightFacets[keyof HighlightFacets]) => (
    <FilterSelect label={label} anyLabel={anyLabel} options={options} value={form[field]} onChange={(value) => onChange(field, value)} />
  );

  return (
    <form role="search" aria-label="Highlights" className="hl-search" onSubmit={(event) => event.preventDefault()}>
      <Field
        label="Search highlights"
        className="hl-field--search"
        hint="Searches the highlighted text, notes, tags, page titles, addresses, speakers and organisations. Every word must match; put a phrase in quotes."
      >
        {(control) => (
          <input
            {...control}
            type="search"
            className="hl-control hl-control--search"
            value={form.text}
            onChange={(event) => onChange('text', event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <fieldset className="hl-filters">
        <legend className="hl-filters__legend">Filters</legend>
        {select('site', 'Site', 'Any site', facets.sites)}
        {select('tag', 'Tag', 'Any tag', facets.tags)}
        {select('speakerId', 'Speaker', 'Any speaker', facets.speakers)}
        {select('organisationId', 'Organisation', 'Any organisation', facets.organisations)}
        {select('stance', 'Stance', 'Any stance', facets.stances)}
        <Field label="Saved from">
          {(control) => (
            <input
              {...control}
              type="date"
              className="hl-control"
              value={form.from}
              max={form.to || undefined}
              onChange={(event) => onChange('from', event.target.value)}
            />
          )}
        </Field>
        <Field label="Saved to" error={rangeReversed ? '“Saved to” is before “Saved from”, so no highlight can match.' : undefined}>
          {(control) => (
            <input
              {...control}
              type="date"
              className="hl-control"
              value={form.to}
              min={form.from || undefined}
              onChange={(event) => onChange('to', event.target.value)}
            />
          )}
        </Field>
        <div className="hl-field hl-field--action">
          <Button onClick={onClearFilters}>Clear filters</Button>
        </div>
      </fieldset>
    </form>
  );
}
