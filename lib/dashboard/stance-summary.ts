// The stance that stands for several quotes: the most common one; on a tie, the less
// favourable (so a summary never reads rosier than what was said).
import type { StanceId } from '../schema';
import { STANCES, stanceRank } from '../stances';

export function summaryStance(stances: readonly StanceId[]): StanceId | null {
  if (stances.length === 0) return null;
  const counts = new Map<StanceId, number>();
  for (const stance of stances) counts.set(stance, (counts.get(stance) ?? 0) + 1);
  let best: StanceId | null = null;
  let bestCount = 0;
  for (const [stance, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && stanceRank(stance) > stanceRank(best))) {
      best = stance;
      bestCount = count;
    }
  }
  return best;
}

/** The distinct stances, most favourable first. */
export function distinctStances(stances: readonly StanceId[]): StanceId[] {
  const present = new Set(stances);
  return STANCES.map((s) => s.id).filter((id) => present.has(id));
}
