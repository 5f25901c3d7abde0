// The known quotes found on a page, grouped by who says them (the person, or the
// organisation when no person is named), in the order the page first quotes each.
// The sidebar folds a long list into these groups so that who is quoted, and the
// counterpart reactions below, fit in the first screen.
import { groupBy } from '@/lib/group-by';
import type { FoundQuote } from '@/lib/page-report';

export interface QuoteGroup {
  /** Stable key: the person's id, or the organisation's when no person is named. */
  key: string;
  found: FoundQuote[];
}

export function speakerKey(found: FoundQuote): string {
  const { speaker, organisation } = found.quote;
  return speaker ? `person/${speaker.id}` : `organisation/${organisation.id}`;
}

export function groupBySpeaker(found: readonly FoundQuote[]): QuoteGroup[] {
  return [...groupBy(found, speakerKey)].map(([key, quotes]) => ({ key, found: quotes }));
}
