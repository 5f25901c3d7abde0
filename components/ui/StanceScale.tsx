// A stance's position on the five-step scale, most favourable on the left: a cue beside
// colour and label, drawn the same in a badge (StanceBadge) and in plain content (StanceMark).
import type { StanceId } from '@/lib/schema';
import { STANCES, stanceRank } from '@/lib/stances';

export function StanceScale({ stance }: { stance: StanceId }) {
  const rank = stanceRank(stance);
  return (
    <span className="pl-stance__scale" aria-hidden="true">
      {STANCES.map((s, index) => (
        <span key={s.id} className={index === rank ? 'pl-stance__step pl-stance__step--on' : 'pl-stance__step'} />
      ))}
    </span>
  );
}
