// One counterpart's reaction: who, their stance, their words and where they said them.
import type { QuoteView } from '@/lib/page-report';
import { DateText } from '../ui/DateText';
import { ExternalLink } from '../ui/ExternalLink';
import { QuoteText } from '../ui/QuoteText';
import { StanceBadge } from '../ui/StanceBadge';

export const REACTION_LIMIT = 200;

export function Reaction({ quote }: { quote: QuoteView }) {
  return (
    <li className="pl-reaction">
      <p className="pl-reaction__org">{quote.organisation.name}</p>
      {quote.speaker && (
        <p className="pl-reaction__who">
          {quote.speaker.name}
          {quote.role && <>, {quote.role}</>}
        </p>
      )}
      <div className="pl-reaction__stance">
        <StanceBadge stance={quote.stance} />
      </div>
      <QuoteText text={quote.text} limit={REACTION_LIMIT} />
      <p className="pl-reaction__source">
        <ExternalLink href={quote.statement.url}>
          Source<span className="pl-sr">: {quote.statement.title}</span>
        </ExternalLink>
        <span className="pl-muted">
          {' · '}
          {quote.statement.publisher.name}, <DateText date={quote.statement.publishedDate} />
        </span>
      </p>
    </li>
  );
}
