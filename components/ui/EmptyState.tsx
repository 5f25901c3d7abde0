// What a list or page shows when there is nothing (yet): a message, and optionally
// the action that gets the reader somewhere.
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  children: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ children, action }: EmptyStateProps) {
  return (
    <div className="hl-empty">
      <p>{children}</p>
      {action}
    </div>
  );
}
