// The frame of every extension page: the Policy Lens banner with the page's title and
// the links between the extension's pages, optional in-page navigation, and the main
// landmark (busy while the page loads).
import type { ReactNode } from 'react';

/** The extension's pages a user moves between, as the banner links them (root-relative: same extension origin). */
export const EXTENSION_PAGES = [
  { page: 'highlights', href: '/highlights.html', label: 'Highlights' },
  { page: 'dashboard', href: '/dashboard.html', label: 'Dashboard' },
  { page: 'capture', href: '/capture.html', label: 'Capture' },
] as const;

export type ExtensionPageName = (typeof EXTENSION_PAGES)[number]['page'];

/** The extension page at this path, if any: a page that does not name itself is still marked current. */
export function extensionPageAt(pathname: string | undefined): ExtensionPageName | undefined {
  return EXTENSION_PAGES.find((link) => link.href === pathname)?.page;
}

export interface PageSection {
  /** The section's fragment, such as "#db-matrix". */
  href: string;
  label: string;
}

export interface PageShellProps {
  title: string;
  /** Which of EXTENSION_PAGES this is: its link is marked as the current page (default: by the address). */
  page?: ExtensionPageName;
  /** Links to the page's sections, shown above its content. */
  sections?: readonly PageSection[];
  busy?: boolean;
  children: ReactNode;
}

export function PageShell({ title, page, sections, busy, children }: PageShellProps) {
  const current = page ?? extensionPageAt(globalThis.location?.pathname);
  return (
    <div className="hl-page">
      <header className="hl-banner">
        <div className="hl-banner__inner">
          <p className="hl-brand">
            <span className="hl-brand__mark" aria-hidden="true" />
            Policy Lens
          </p>
          <h1 className="hl-title">{title}</h1>
          <nav aria-label="Policy Lens pages" className="hl-pages">
            <ul>
              {EXTENSION_PAGES.map((link) => (
                <li key={link.page}>
                  <a href={link.href} aria-current={link.page === current ? 'page' : undefined}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
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
