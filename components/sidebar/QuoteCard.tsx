// One known quote found on the page. When the user picks its highlight in the page
// (`focused`), the card is marked, takes focus and scrolls into view in the sidebar.
import { useId, useRef } from 'react';
import type { FoundQuote } from '@/lib/page-report';
import { DateText } from '../ui/DateText';
import { ExternalLink } from '../ui/ExternalLink';
import { formatPercent, speakerDetails, speakerName } from '../ui/format';
import { QuoteText } from '../ui/QuoteText';
import { useFocusWhenPicked } from './scroll';
import { StanceBadge } from '../ui/StanceBadge';
import { TopicChips } from './TopicChips';

export interface QuoteCardProps {
  found: FoundQuote;
  /** The statement the page is, if recognised: its quotes need no "From" line. */
  pageStatementId?: string;
  focused: boolean;
  onShowInPage(quoteId: string): void;
  /** Heading level of the speaker's name: 4 when the card sits in a speaker's folded row. */
  level?: 3 | 4;
}

/** Below this share of its words on the page, a quote is said to be quoted in part. */
const WHOLE = 0.995;

/** How the page words the quote, when that differs from the known words. */
function AsQuoted({ found }: { found: FoundQuote }) {
  const differs = found.wordedDifferently;
  const partial = found.coverage < WHOLE;
  if (!differs && !partial) return null;
  const summary = partial
    ? `Quoted in part on this page (${formatPercent(found.coverage)} of its words)`
    : 'Worded differently on this page';
  if (!differs) return <p className="pl-note">{summary}.</p>;
  return (
    <details className="pl-asquoted">
      <summary className="pl-note">{summary}</summary>
      <blockquote className="pl-quote pl-quote--page">
        <p>{found.asQuoted}</p>
      </blockquote>
    </details>
  );
}

export function QuoteCard({ found, pageStatementId, focused, onShowInPage, level = 3 }: QuoteCardProps) {
  const { quote } = found;
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const who = speakerName(quote);
  const details = speakerDetails(quote);
  const Heading = level === 3 ? 'h3' : 'h4';

  useFocusWhenPicked(ref, focused);

  return (
    <article
      ref={ref}
      className={focused ? 'pl-card pl-card--focused' : 'pl-card'}
      aria-labelledby={headingId}
      aria-current={focused ? 'true' : undefined}
      tabIndex={-1}
      data-quote-id={quote.id}
    >
      <Heading id={headingId} className="pl-card__who">
        {who}
      </Heading>
      {details && <p className="pl-card__details">{details}</p>}
      <div className="pl-card__stance">
        <StanceBadge stance={quote.stance} />
      </div>
      <TopicChips topics={quote.topics} />
      <QuoteText text={quote.text} />
      <AsQuoted found={found} />
      {quote.statement.id !== pageStatementId && (
        <p className="pl-from">
          From{' '}
          <ExternalLink href={quote.statement.url}>{quote.statement.title}</ExternalLink>
          {', '}
          {quote.statement.publisher.name}, <DateText date={quote.statement.publishedDate} />
        </p>
      )}
      <div className="pl-card__actions">
        <button type="button" className="pl-button" onClick={() => onShowInPage(quote.id)}>
          Show in page<span className="pl-sr">: {who}</span>
        </button>
      </div>
    </article>
  );
}
