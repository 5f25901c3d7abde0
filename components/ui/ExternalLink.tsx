// A link that opens in a new tab, so following it never navigates away from the page
// the sidebar is reading; says so to screen reader users.
import type { ReactNode } from 'react';

export function ExternalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={safeHref(href)} target="_blank" rel="noopener noreferrer" className={className ?? 'pl-link'}>
      {children}
      <span className="pl-sr"> (opens in a new tab)</span>
    </a>
  );
}

/** Only web addresses become links; anything else (javascript:, data:) is dropped. */
export function safeHref(href: string): string | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? href : undefined;
  } catch {
    return undefined;
  }
}
