import type { TopicRef } from '@/lib/page-report';

export function TopicChips({ topics }: { topics: TopicRef[] }) {
  if (topics.length === 0) return null;
  return (
    <ul className="pl-chips" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic.id} className="pl-chip">
          {topic.label}
        </li>
      ))}
    </ul>
  );
}
