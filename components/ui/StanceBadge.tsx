// A stance as a badge: its label, a colour and a position on the five-step scale (so
// colour is never the only cue), and the stance's one-line definition as a tooltip
// shown on hover and on keyboard focus, and kept as the badge's accessible description.
import { useId, useState, type KeyboardEvent } from 'react';
import type { StanceId } from '@/lib/schema';
import { stanceDefinition } from '@/lib/stances';
import { StanceScale } from './StanceScale';

export interface StanceBadgeProps {
  stance: StanceId;
  /** How many quotes take this stance, when the badge stands for several. */
  count?: number;
}

export function StanceBadge({ stance, count }: StanceBadgeProps) {
  const tooltipId = useId();
  const { label, definition } = stanceDefinition(stance);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = (hovered || focused || pinned) && !dismissed;

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      // WCAG 1.4.13: content shown on hover or focus can be dismissed without moving.
      event.stopPropagation();
      setPinned(false);
      setDismissed(true);
    }
  }

  return (
    <span
      className="pl-stance-wrap"
      onMouseEnter={() => {
        setHovered(true);
        setDismissed(false);
      }}
      onMouseLeave={() => setHovered(false)}
    >
      <button
        type="button"
        className={`pl-stance pl-stance--${stance}`}
        aria-describedby={tooltipId}
        onFocus={() => {
          setFocused(true);
          setDismissed(false);
        }}
        onBlur={() => {
          setFocused(false);
          setPinned(false);
        }}
        onClick={() => {
          // A tap on a touch screen pins the definition open; a second tap closes it.
          setPinned((was) => !was);
          setDismissed(false);
        }}
        onKeyDown={onKeyDown}
      >
        <StanceScale stance={stance} />
        <span className="pl-sr">Stance: </span>
        {label}
        {count !== undefined && count > 1 && (
          <>
            <span aria-hidden="true"> ×{count}</span>
            <span className="pl-sr">, {count} quotes</span>
          </>
        )}
      </button>
      <span role="tooltip" id={tooltipId} className="pl-tooltip" data-state={open ? 'open' : 'closed'}>
        {definition}
      </span>
    </span>
  );
}
