// The first-run page: what Policy Lens does, the bundled statements to try it on (each
// link opens the statement's published page, where the sidebar appears at once), and
// the keyboard shortcuts as the browser has them. Pure over its props.
import { useId } from 'react';
import type { SeedLink, ShortcutRow } from '@/lib/welcome/welcome';
import { DateText } from '@/components/sidebar/DateText';

export interface WelcomePageProps {
  links: readonly SeedLink[];
  /** Undefined while the browser is asked for them. */
  shortcuts: readonly ShortcutRow[] | undefined;
  /** Addresses of the extension's own pages. */
  highlightsUrl: string;
  dashboardUrl: string;
}

export function WelcomePage({ links, shortcuts, highlightsUrl, dashboardUrl }: WelcomePageProps) {
  const whatId = useId();
  const tryId = useId();
  const keysId = useId();
  return (
    <div className="hl-page">
      <header className="hl-banner">
        <div className="hl-banner__inner wl-banner">
          <img className="wl-icon" src="/icon/icon.svg" alt="" width={48} height={48} />
          <div>
            <p className="hl-brand">Policy Lens</p>
            <h1 className="hl-title">Welcome</h1>
          </div>
        </div>
      </header>
      <main className="hl-main wl-main">
        <section className="wl-section" aria-labelledby={whatId}>
          <h2 id={whatId} className="wl-title">
            What it does
          </h2>
          <ul className="wl-points">
            <li>
              On a page that is, or quotes, a known policy statement, a sidebar shows who spoke, for which
              organisation, the stance taken, and how the other organisations reacted to the same policy.
            </li>
            <li>Known quotes are highlighted in the page; select any text to save your own highlight with a note.</li>
            <li>
              Everything stays on this computer. Your highlights are on the{' '}
              <a href={highlightsUrl}>Highlights page</a>; the <a href={dashboardUrl}>Dashboard</a> compares
              reactions organisation by organisation.
            </li>
          </ul>
        </section>

        <section className="wl-section" aria-labelledby={tryId}>
          <h2 id={tryId} className="wl-title">
            Try it on a bundled statement
          </h2>
          <p className="hl-hint">Each link opens the statement where it was published; the sidebar appears on the page.</p>
          <ul className="wl-links">
            {links.map((link) => (
              <li key={link.id}>
                <a href={link.url} target="_blank" rel="noopener noreferrer">
                  {link.title}
                </a>
                <span className="wl-source">
                  {link.publisher}, <DateText date={link.date} />
                </span>
              </li>
            ))}
          </ul>
        </section>

        <section className="wl-section" aria-labelledby={keysId}>
          <h2 id={keysId} className="wl-title">
            Keyboard shortcuts
          </h2>
          {shortcuts === undefined ? (
            <p className="hl-hint">Reading your shortcuts…</p>
          ) : (
            <dl className="wl-keys">
              {shortcuts.map((s) => (
                <div key={s.name}>
                  <dt>{s.keys === null ? <span className="wl-unset">Not set</span> : <kbd>{s.keys}</kbd>}</dt>
                  <dd>{s.description}</dd>
                </div>
              ))}
            </dl>
          )}
          <p className="hl-hint">
            Change them in your browser’s extension shortcut settings (in Chrome, chrome://extensions/shortcuts; in
            Firefox, Add-ons and themes → the gear menu → Manage Extension Shortcuts).
          </p>
        </section>
      </main>
    </div>
  );
}
