// What others said about the same policy event(s), per event and per topic.
import { useId } from 'react';
import type { CounterpartGroup } from '@/lib/page-report';
import { countOf } from '../ui/format';
import { CounterpartTopic } from './CounterpartTopic';
import { SectionHeading } from './SectionHeading';

/** Drops topics without reactions and events without topics, so no empty heading shows. */
export function nonEmptyCounterparts(groups: readonly CounterpartGroup[]): CounterpartGroup[] {
  return groups
    .map((g) => ({ ...g, topics: g.topics.filter((t) => t.reactions.length > 0) }))
    .filter((g) => g.topics.length > 0);
}

function distinctQuotes(group: CounterpartGroup): number {
  return new Set(group.topics.flatMap((t) => t.reactions.map((q) => q.id))).size;
}

function CounterpartEvent({ group }: { group: CounterpartGroup }) {
  const headingId = useId();
  const organisations = new Set(group.topics.flatMap((t) => t.reactions.map((q) => q.organisation.id))).size;
  return (
    <section className="pl-event" aria-labelledby={headingId}>
      <h3 id={headingId} className="pl-subtitle">
        {group.event.shortName}
      </h3>
      <p className="pl-muted">
        {countOf(distinctQuotes(group), 'reaction')} from {countOf(organisations, 'organisation')}, on{' '}
        {countOf(group.topics.length, 'topic')}
      </p>
      {group.moreStatements !== undefined && (
        <p className="pl-muted">From the newest statements on this event; {countOf(group.moreStatements, 'more statement')} not shown</p>
      )}
      {group.topics.map(({ topic, reactions }) => (
        <CounterpartTopic key={topic.id} topic={topic} reactions={reactions} />
      ))}
    </section>
  );
}

export function CounterpartsSection({ groups }: { groups: CounterpartGroup[] }) {
  const headingId = useId();
  const total = groups.reduce((sum, g) => sum + distinctQuotes(g), 0);
  return (
    <section className="pl-section" aria-labelledby={headingId}>
      <SectionHeading id={headingId} count={countOf(total, 'reaction')}>
        Counterpart reactions
      </SectionHeading>
      {groups.map((group) => (
        <CounterpartEvent key={group.event.id} group={group} />
      ))}
    </section>
  );
}
