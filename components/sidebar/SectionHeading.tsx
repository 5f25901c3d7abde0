// A section's heading with an optional count beside it (outside the heading, so the
// heading's name, and the section's, stay exactly the title).
import type { ReactNode } from 'react';

export function SectionHeading({ id, children, count }: { id: string; children: ReactNode; count?: string }) {
  return (
    <div className="pl-section__head">
      <h2 id={id} className="pl-section__title">
        {children}
      </h2>
      {count !== undefined && <p className="pl-count">{count}</p>}
    </div>
  );
}
