// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { quotes } from '../../test-support/sidebar/fixtures';
import { QuoteCard } from './QuoteCard';

afterEach(cleanup);

describe('QuoteCard, how the page words a quote', () => {
  const quote = Object.values(quotes)[0]!;
  const card = (asQuoted: string, coverage = 1) =>
    render(<QuoteCard found={{ quote, ranges: [{ start: 0, end: 10 }], coverage, asQuoted }} focused={false} onShowInPage={() => undefined} />);

  it('says nothing when only punctuation, case or typography differ', () => {
    card(quote.text.replace(/[.?!”"]+$/, '').toUpperCase().replace(/'/g, '’'));
    expect(screen.queryByText(/Worded differently/)).toBeNull();
  });

  it('offers the page’s wording when a word was changed', () => {
    card(quote.text.replace(/\b\w{5,}\b/, 'CHANGED'));
    expect(screen.getByText('Worded differently on this page')).toBeTruthy();
  });
});
