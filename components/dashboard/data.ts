// How the Dashboard orders what it shows; the data itself comes from
// lib/storage/dashboard-data.ts.
import type { PolicyEvent } from '@/lib/schema';

export type { DashboardData } from '@/lib/storage/dashboard-data';

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

export function sortedByName<T extends { name: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => byText(a.name, b.name));
}

/** Events, most recent first. */
export function eventsByDate(events: readonly PolicyEvent[]): PolicyEvent[] {
  return [...events].sort((a, b) => b.date.localeCompare(a.date) || byText(a.shortName, b.shortName));
}
