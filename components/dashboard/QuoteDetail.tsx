// One quote in full, with who said it, where, and a link to the source.
import { DateText } from '@/components/ui/DateText';
import { ExternalLink } from '@/components/ui/ExternalLink';
import { QuoteText } from '@/components/ui/QuoteText';
import { StanceBadge } from '@/components/ui/StanceBadge';
import type { Quote, Statement } from '@/lib/schema';

export interface QuoteDetailProps {
  quote: Quote;
  speakerName: string | undefined;
  organisationName: string;
  statement: Statement | undefined;
}

export function QuoteDetail({ quote, speakerName, organisationName, statement }: QuoteDetailProps) {
  return (
    <article className="db-quote" aria-label={`Quote: ${speakerName ?? organisationName}`} data-quote-id={quote.id}>
      <QuoteText text={quote.text} limit={600} />
      <dl className="hl-facts">
        <div>
          <dt>Speaker</dt>
          <dd>{speakerName ?? `${organisationName} (no named speaker)`}</dd>
        </div>
        <div>
          <dt>Stance</dt>
          <dd>
            <StanceBadge stance={quote.stance} />
          </dd>
        </div>
      </dl>
      {statement ? (
        <p className="db-quote__source">
          From{' '}
          <ExternalLink href={statement.canonicalUrl} className="db-link">
            {statement.title}
          </ExternalLink>
          , <DateText date={statement.publishedDate} />
        </p>
      ) : (
        <p className="db-quote__source">From an unknown statement ({quote.statementId})</p>
      )}
    </article>
  );
}
