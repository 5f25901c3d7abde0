// A stance drawn like the sidebar's StanceBadge (same classes: colour, label and scale
// marker), but as plain content, for use inside another control such as a matrix cell's
// button (a badge is itself a button, and buttons cannot nest). `count`, when given,
// is shown as "×3".
import type { StanceId } from '@/lib/schema';
import { STANCES, stanceDefinition, stanceRank } from '@/lib/stances';

export function StanceMark({ stance, count }: { stance: StanceId; count?: number }) {
  const rank = stanceRank(stance);
  return (
    <span className={`pl-stance pl-stance--${stance} db-stance-mark`}>
      <span className="pl-stance__scale" aria-hidden="true">
        {STANCES.map((s, index) => (
          <span key={s.id} className={index === rank ? 'pl-stance__step pl-stance__step--on' : 'pl-stance__step'} />
        ))}
      </span>
      {stanceDefinition(stance).label}
      {count !== undefined && <span> ×{count}</span>}
    </span>
  );
}
