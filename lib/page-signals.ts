// Reads, without side effects, the URLs a page says it is known by: its address,
// and its canonical link and Open Graph URL when they are on the page's own site.
// Any page can name any address in those tags, so one on another site is not
// believed: a copy elsewhere is recognised by its text instead.

const MAX_URLS = 8;

/** Attribute values such as rel="Canonical" and property="OG:URL" are case-insensitive. */
function attributeIs(el: Element, name: string, token: string): boolean {
  return (el.getAttribute(name) ?? '').toLowerCase().split(/\s+/).includes(token);
}

/** A host without the `www.` that sites add or drop at will. */
const bareHost = (url: URL) => url.hostname.toLowerCase().replace(/^www\./, '');

/**
 * Whether `claimed` is on the same site as `address`: the same host, or one a subdomain of the
 * other (`amp.example.org` and `www.example.org`). An approximation of "same registrable
 * domain" that needs no public-suffix list; it errs towards distrust.
 */
export function sameSite(address: URL, claimed: URL): boolean {
  const [a, b] = [bareHost(address), bareHost(claimed)];
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

function parse(href: string | undefined, base: string): URL | null {
  if (!href) return null;
  try {
    return new URL(href, base);
  } catch {
    return null; // a malformed link is the page's mistake; the address still counts
  }
}

export function pageUrls(doc: Document, location: Pick<Location, 'href'>): string[] {
  const address = new URL(location.href);
  const canonical = [...doc.querySelectorAll('link[rel][href]')].find((l) => attributeIs(l, 'rel', 'canonical'));
  const ogUrl = [...doc.querySelectorAll('meta[property][content]')].find((meta) => attributeIs(meta, 'property', 'og:url'));
  const claimed = [parse(canonical?.getAttribute('href')?.trim(), location.href), parse(ogUrl?.getAttribute('content')?.trim(), location.href)];
  const trusted = claimed.filter((url): url is URL => url !== null && sameSite(address, url)).map((url) => url.href);
  return [...new Set([location.href, ...trusted])].slice(0, MAX_URLS);
}
