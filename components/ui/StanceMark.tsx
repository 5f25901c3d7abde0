// A stance drawn like StanceBadge (same classes: colour, label and scale marker), but as
// plain content, for use inside another control such as a matrix cell's button (a badge
// is itself a button, and buttons cannot nest) or in a compact list of organisations.
// `count`, when given, is shown as "×3".
import type { StanceId } from '@/lib/schema';
import { stanceDefinition } from '@/lib/stances';
import { StanceScale } from './StanceScale';

export function StanceMark({ stance, count, className }: { stance: StanceId; count?: number; className?: string }) {
  return (
    <span className={`pl-stance pl-stance--${stance}${className ? ` ${className}` : ''}`}>
      <StanceScale stance={stance} />
      {stanceDefinition(stance).label}
      {count !== undefined && <span> ×{count}</span>}
    </span>
  );
}
