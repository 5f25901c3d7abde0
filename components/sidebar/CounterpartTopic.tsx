// One topic's reactions as a disclosure: a sub-heading whose button shows or hides the
// list (APG accordion pattern). While closed, the count, a stance tally and each
// organisation with its stances stay visible, so who reacted how reads without opening.
import { useId, useState } from 'react';
import type { QuoteView, TopicRef } from '@/lib/page-report';
import { countOf } from '../ui/format';
import { StanceMark } from '../ui/StanceMark';
import { Reaction } from './Reaction';
import { tallyStances, tallyText } from './stance-tally';

export interface CounterpartTopicProps {
  topic: TopicRef;
  reactions: QuoteView[];
  defaultOpen?: boolean;
}

/** The organisations among the reactions, in first-listed order, each with its stances. */
function byOrganisation(reactions: readonly QuoteView[]): { id: string; name: string; quotes: QuoteView[] }[] {
  const orgs = new Map<string, { id: string; name: string; quotes: QuoteView[] }>();
  for (const quote of reactions) {
    const { id, name } = quote.organisation;
    const org = orgs.get(id) ?? { id, name, quotes: [] };
    org.quotes.push(quote);
    orgs.set(id, org);
  }
  return [...orgs.values()];
}

export function CounterpartTopic({ topic, reactions, defaultOpen = false }: CounterpartTopicProps) {
  const panelId = useId();
  const [open, setOpen] = useState(defaultOpen);
  return (
    <div className="pl-topic">
      <h4 className="pl-topic__heading">
        <button
          type="button"
          className="pl-disclosure"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((was) => !was)}
        >
          <span className="pl-disclosure__label">{topic.label}</span>{' '}
          <span className="pl-disclosure__count">{countOf(reactions.length, 'reaction')}</span>
        </button>
      </h4>
      <p className="pl-tally">{tallyText(tallyStances(reactions))}</p>
      <ul className="pl-topic__orgs" hidden={open}>
        {byOrganisation(reactions).map((org) => (
          <li key={org.id} className="pl-topic__org">
            <span className="pl-topic__org-name">{org.name}</span>{' '}
            {tallyStances(org.quotes).map(({ stance, count }) => (
              <StanceMark key={stance} stance={stance} count={count > 1 ? count : undefined} className="pl-stance--compact" />
            ))}
          </li>
        ))}
      </ul>
      <ul id={panelId} className="pl-reactions" hidden={!open}>
        {reactions.map((quote) => (
          <Reaction key={quote.id} quote={quote} />
        ))}
      </ul>
    </div>
  );
}
