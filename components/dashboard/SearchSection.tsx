// One search box over quotes, statements and the user's highlights.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { countOf } from '@/components/ui/format';
import { ExternalLink } from '@/components/ui/ExternalLink';
import { searchAll, type SearchResultKind } from '@/lib/dashboard/search';
import type { DashboardData } from './data';

const KIND_LABEL: Record<SearchResultKind, string> = { quote: 'Quote', statement: 'Statement', highlight: 'Your highlight' };

export function SearchSection({ data }: { data: DashboardData }) {
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const results = useMemo(() => searchAll(deferred, data), [deferred, data]);
  const searched = deferred.trim() !== '';

  return (
    <section className="db-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="db-section__title">
        Search
      </h2>
      <form role="search" aria-label="Everything" className="db-search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId} className="hl-field__label">
          Search quotes, statements and highlights
        </label>
        <input
          id={inputId}
          type="search"
          className="hl-control hl-control--search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
        />
        <p id={hintId} className="hl-hint">
          Every word must match; case and accents do not matter; put a phrase in quotes. Quotes are listed first, then
          statements, then your highlights.
        </p>
      </form>
      <p className="hl-count" aria-live="polite" aria-atomic="true">
        {searched ? (results.length === 0 ? 'Nothing matches' : countOf(results.length, 'result')) : ''}
      </p>
      {results.length > 0 && (
        <ul className="hl-list" aria-label="Search results">
          {results.map((r) => (
            <li key={`${r.kind}:${r.id}`}>
              <article className="hl-card db-result" aria-labelledby={`sr-${r.kind}-${r.id}`} data-result-kind={r.kind}>
                <div className="hl-card__head">
                  <p className="db-kind">{KIND_LABEL[r.kind]}</p>
                  <h3 id={`sr-${r.kind}-${r.id}`} className="hl-card__title">
                    {r.title}
                  </h3>
                </div>
                <p className="db-excerpt">{r.excerpt}</p>
                {r.url !== '' && (
                  <p>
                    <ExternalLink href={r.url} className="db-link">
                      Open the source<span className="hl-sr">: {r.title}</span>
                    </ExternalLink>
                  </p>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
