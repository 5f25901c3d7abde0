// A section's heading with an optional count beside it (outside the heading, so the
// heading's name, and the section's, stay exactly the title), and an optional control.
import type { ReactNode } from 'react';

export interface SectionHeadingProps {
  id: string;
  children: ReactNode;
  count?: string;
  /** A control for the whole section (e.g. "Show all quotes"), after the count. */
  action?: ReactNode;
}

export function SectionHeading({ id, children, count, action }: SectionHeadingProps) {
  return (
    <div className="pl-section__head">
      <h2 id={id} className="pl-section__title">
        {children}
      </h2>
      {count !== undefined && <p className="pl-count">{count}</p>}
      {action}
    </div>
  );
}
