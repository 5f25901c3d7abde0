import { useId } from 'react';
import type { FoundQuote } from '@/lib/page-report';
import { countOf } from '../ui/format';
import { QuoteCard } from './QuoteCard';
import { SectionHeading } from './SectionHeading';

export interface FoundQuotesSectionProps {
  found: FoundQuote[];
  pageStatementId?: string;
  focusedQuoteId: string | null;
  onShowInPage(quoteId: string): void;
}

export function FoundQuotesSection({ found, pageStatementId, focusedQuoteId, onShowInPage }: FoundQuotesSectionProps) {
  const headingId = useId();
  return (
    <section className="pl-section" aria-labelledby={headingId}>
      <SectionHeading id={headingId} count={countOf(found.length, 'quote')}>
        Quotes on this page
      </SectionHeading>
      <ol className="pl-cards">
        {found.map((f) => (
          <li key={f.quote.id}>
            <QuoteCard
              found={f}
              pageStatementId={pageStatementId}
              focused={f.quote.id === focusedQuoteId}
              onShowInPage={onShowInPage}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
