// What the first-run welcome page shows, kept out of the page so it can be tested:
// when to open it, the bundled seed statements to try the sidebar on (their published
// addresses, from the curated corpus), and the keyboard shortcuts as the browser has
// them (the user may have changed or cleared them).

/** The welcome page's path inside the extension (entrypoints/welcome). */
export const WELCOME_PAGE = '/welcome.html';

/** Opens only on a first install: never on an update, a browser update or a reload. */
export function isFirstInstall(details: { reason: string }): boolean {
  return details.reason === 'install';
}

/** The parts of the corpus file the welcome page needs. */
export interface SeedCatalogue {
  statements: readonly { id: string; title: string; publisherId: string; publishedDate: string; canonicalUrl: string }[];
  organisations: readonly { id: string; name: string }[];
}

export interface SeedLink {
  id: string;
  title: string;
  publisher: string;
  /** ISO date, as curated. */
  date: string;
  url: string;
}

/** One link per bundled statement to its published page, newest first. */
export function seedLinks(catalogue: SeedCatalogue): SeedLink[] {
  const names = new Map(catalogue.organisations.map((o) => [o.id, o.name]));
  return catalogue.statements
    .map((s) => ({ id: s.id, title: s.title, publisher: names.get(s.publisherId) ?? s.publisherId, date: s.publishedDate, url: s.canonicalUrl }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

/** A keyboard command as browser.commands.getAll() reports it. */
export interface BrowserCommand {
  name?: string;
  description?: string;
  shortcut?: string;
}

export interface ShortcutRow {
  name: string;
  description: string;
  /** The keys, or null when the user has no shortcut set for it. */
  keys: string | null;
}

/** The extension's own commands (not the browser's action shortcut), in the order given. */
export function shortcutRows(commands: readonly BrowserCommand[]): ShortcutRow[] {
  return commands.flatMap((c) =>
    c.name && c.description && !c.name.startsWith('_')
      ? [{ name: c.name, description: c.description, keys: c.shortcut ? c.shortcut : null }]
      : [],
  );
}
