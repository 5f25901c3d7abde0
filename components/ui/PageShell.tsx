// The frame of every extension page: the Policy Lens banner with the page's title,
// optional in-page navigation, and the main landmark (busy while the page loads).
import type { ReactNode } from 'react';

export interface PageSection {
  /** The section's fragment, such as "#db-matrix". */
  href: string;
  label: string;
}

export interface PageShellProps {
  title: string;
  /** Links to the page's sections, shown above its content. */
  sections?: readonly PageSection[];
  busy?: boolean;
  children: ReactNode;
}

export function PageShell({ title, sections, busy, children }: PageShellProps) {
  return (
    <div className="hl-page">
      <header className="hl-banner">
        <div className="hl-banner__inner">
          <p className="hl-brand">
            <span className="hl-brand__mark" aria-hidden="true" />
            Policy Lens
          </p>
          <h1 className="hl-title">{title}</h1>
        </div>
      </header>
      <main className="hl-main" aria-busy={busy}>
        {sections && (
          <nav aria-label="Sections" className="ui-nav">
            <ul>
              {sections.map((section) => (
                <li key={section.href}>
                  <a href={section.href}>{section.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {children}
      </main>
    </div>
  );
}
