// The sidebar's table of contents: one link per section shown, moving both the view and
// the keyboard focus to it. Scrolling stays inside the sidebar (scroll.ts), never the page.
import type { MouseEvent } from 'react';
import { scrollIntoViewWithin } from './scroll';

export interface JumpTarget {
  /** The id of the element the link moves to (focusable with tabIndex -1). */
  id: string;
  label: string;
}

function jump(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = event.currentTarget.ownerDocument.getElementById(id);
  if (!target) return;
  event.preventDefault();
  scrollIntoViewWithin(target);
  target.focus({ preventScroll: true });
}

export function JumpLinks({ targets }: { targets: readonly JumpTarget[] }) {
  if (targets.length < 2) return null;
  return (
    <nav className="pl-jump" aria-label="Sections">
      <ul>
        {targets.map(({ id, label }) => (
          <li key={id}>
            <a href={`#${id}`} onClick={(event) => jump(event, id)}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
