// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { quotes } from './fixtures';
import { QuoteCard } from './QuoteCard';

afterEach(cleanup);

describe('QuoteCard, how the page words a quote', () => {
  const quote = Object.values(quotes)[0]!;
  const card = (asQuoted: string, wordedDifferently: boolean, coverage = 1) =>
    render(
      <QuoteCard
        found={{ quote, ranges: [{ start: 0, end: 10 }], coverage, asQuoted, wordedDifferently }}
        focused={false}
        onShowInPage={() => undefined}
      />,
    );

  it('says nothing when the page quotes it word for word, even where its wording is shown cut short', () => {
    card(`${quote.text.slice(0, 40)}…`, false);
    expect(screen.queryByText(/Worded differently/)).toBeNull();
    expect(screen.queryByText(/Quoted in part/)).toBeNull();
  });

  it('offers the page’s wording when a word was changed', () => {
    card(quote.text.replace(/\b\w{5,}\b/, 'CHANGED'), true);
    expect(screen.getByText('Worded differently on this page')).toBeTruthy();
  });
});
