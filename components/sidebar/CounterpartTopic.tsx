// One topic's reactions as a disclosure: a sub-heading whose button shows or hides the
// list (APG accordion pattern), with the count and a stance tally visible while closed.
import { useId, useState } from 'react';
import type { QuoteView, TopicRef } from '@/lib/page-report';
import { countOf } from '../ui/format';
import { Reaction } from './Reaction';
import { tallyStances, tallyText } from './stance-tally';

export interface CounterpartTopicProps {
  topic: TopicRef;
  reactions: QuoteView[];
  defaultOpen?: boolean;
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
      <ul id={panelId} className="pl-reactions" hidden={!open}>
        {reactions.map((quote) => (
          <Reaction key={quote.id} quote={quote} />
        ))}
      </ul>
    </div>
  );
}
