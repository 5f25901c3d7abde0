// The search landmark: free text, the filters, and "Clear filters".
import { useId } from 'react';
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
  const searchId = useId();
  const hintId = useId();
  const fromId = useId();
  const toId = useId();
  const rangeErrorId = useId();
  const select = (field: FilterField, label: string, anyLabel: string, options: HighlightFacets[keyof HighlightFacets]) => (
    <FilterSelect label={label} anyLabel={anyLabel} options={options} value={form[field]} onChange={(value) => onChange(field, value)} />
  );

  return (
    <form role="search" aria-label="Highlights" className="hl-search" onSubmit={(event) => event.preventDefault()}>
      <div className="hl-field hl-field--search">
        <label htmlFor={searchId} className="hl-field__label">
          Search highlights
        </label>
        <input
          id={searchId}
          type="search"
          className="hl-control hl-control--search"
          value={form.text}
          onChange={(event) => onChange('text', event.target.value)}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
        />
        <p id={hintId} className="hl-hint">
          Searches the highlighted text, notes, tags, page titles, addresses, speakers and organisations. Every word must
          match; put a phrase in quotes.
        </p>
      </div>
      <fieldset className="hl-filters">
        <legend className="hl-filters__legend">Filters</legend>
        {select('site', 'Site', 'Any site', facets.sites)}
        {select('tag', 'Tag', 'Any tag', facets.tags)}
        {select('speakerId', 'Speaker', 'Any speaker', facets.speakers)}
        {select('organisationId', 'Organisation', 'Any organisation', facets.organisations)}
        {select('stance', 'Stance', 'Any stance', facets.stances)}
        <div className="hl-field">
          <label htmlFor={fromId} className="hl-field__label">
            Saved from
          </label>
          <input
            id={fromId}
            type="date"
            className="hl-control"
            value={form.from}
            max={form.to || undefined}
            onChange={(event) => onChange('from', event.target.value)}
          />
        </div>
        <div className="hl-field">
          <label htmlFor={toId} className="hl-field__label">
            Saved to
          </label>
          <input
            id={toId}
            type="date"
            className="hl-control"
            value={form.to}
            min={form.from || undefined}
            aria-invalid={rangeReversed || undefined}
            aria-describedby={rangeReversed ? rangeErrorId : undefined}
            onChange={(event) => onChange('to', event.target.value)}
          />
        </div>
        <div className="hl-field hl-field--action">
          <button type="button" className="hl-button" onClick={onClearFilters}>
            Clear filters
          </button>
        </div>
        {rangeReversed && (
          <p id={rangeErrorId} className="hl-error">
            “Saved to” is before “Saved from”, so no highlight can match.
          </p>
        )}
      </fieldset>
    </form>
  );
}
