// Counts quotes per stance, in the scale's order (most favourable first).
import type { StanceId } from '@/lib/schema';
import { stanceDefinition, stanceRank } from '@/lib/stances';

export interface StanceCount {
  stance: StanceId;
  count: number;
}

export function tallyStances(quotes: readonly { stance: StanceId }[]): StanceCount[] {
  const counts = new Map<StanceId, number>();
  for (const q of quotes) counts.set(q.stance, (counts.get(q.stance) ?? 0) + 1);
  return [...counts]
    .map(([stance, count]) => ({ stance, count }))
    .sort((a, b) => stanceRank(a.stance) - stanceRank(b.stance));
}

/** "2 Supportive · 1 Critical" */
export function tallyText(tally: readonly StanceCount[]): string {
  return tally.map((t) => `${t.count} ${stanceDefinition(t.stance).label}`).join(' · ');
}
