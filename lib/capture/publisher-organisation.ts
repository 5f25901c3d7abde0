// Which organisation a page's own site belongs to, among those the page names: a press
// release on nhsproviders.org quotes NHS Providers' staff ("Saffron Cordery, deputy
// chief executive, said") without naming the employer beside them. The site is matched
// by its address (nhsproviders.org ~ "NHS Providers", rcgp.org.uk ~ "RCGP" or
// "Royal College of General Practitioners", alzheimers.org.uk ~ "Alzheimer’s Society")
// or by the name the site gives itself (og:site_name, JSON-LD publisher). Only an
// organisation the page itself names is returned, so a news site's own name never
// becomes a speaker's organisation unless the article names it.
import { NAME_CONNECTORS } from './attribution-cues';

export interface Site {
  /** The page's address (canonical or as visited). */
  url?: string;
  /** The name the site gives itself. */
  name?: string;
}

export interface NamedOrganisation {
  /** The organisation's names: the page's surface form and its full or corpus name. */
  names: string[];
}

/** A host label shorter than this matches only a whole name or its initials ("bma"), never the start of a name. */
const MIN_PREFIX_LABEL = 6;
/** Host labels that say nothing about who runs the site. */
const GENERIC_LABELS = new Set(['www', 'news', 'press', 'media', 'blog', 'blogs', 'm', 'amp', 'uat', 'beta']);

const letters = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]/g, '');

/** Initials of a name's words, without connectors ("Royal College of General Practitioners" → "rcgp"). */
const initials = (name: string): string =>
  name
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .filter((w) => w !== '' && !NAME_CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toLowerCase();

/** The label of the address that names the site ("www.rcgp.org.uk" → "rcgp"; "local.gov.uk" → "local"). */
export function siteLabel(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const label = host.split('.').find((part) => !GENERIC_LABELS.has(part));
  return label && /^[a-z0-9-]+$/.test(label) ? label.replace(/-/g, '') : undefined;
}

function matchesLabel(name: string, label: string): boolean {
  const words = name.replace(/^the\s+/i, '').split(/\s+/).map(letters).filter((w) => w !== '');
  if (words.length === 0) return false;
  if (words.join('') === label || initials(name) === label) return true;
  // "alzheimers" ~ "Alzheimer’s Society": the label spells the name's first whole words (not "localgov" ~ "Local Government …").
  let prefix = '';
  for (const word of words.slice(0, -1)) {
    prefix += word;
    if (prefix === label) return label.length >= MIN_PREFIX_LABEL;
  }
  return false;
}

/** The page-named organisation the site belongs to, if exactly one matches. */
export function publisherOrganisation<T extends NamedOrganisation>(site: Site, organisations: readonly T[]): T | undefined {
  const label = site.url ? siteLabel(site.url) : undefined;
  const siteName = site.name ? letters(site.name) : '';
  const matches = organisations.filter((o) => o.names.some((n) => (label !== undefined && matchesLabel(n, label)) || (siteName !== '' && letters(n) === siteName)));
  const distinct = new Set(matches.map((o) => letters(o.names.at(-1) ?? '')));
  return distinct.size === 1 ? matches[0] : undefined;
}
