// Reads, without side effects, the URLs a page says it is known by: its address,
// its canonical link and its Open Graph URL. Syndicated copies often point back
// to the original through the last two.

const MAX_URLS = 8;

/** Attribute values such as rel="Canonical" and property="OG:URL" are case-insensitive. */
function attributeIs(el: Element, name: string, token: string): boolean {
  return (el.getAttribute(name) ?? '').toLowerCase().split(/\s+/).includes(token);
}

export function pageUrls(doc: Document, location: Pick<Location, 'href'>): string[] {
  const urls = [location.href];
  const canonical = [...doc.querySelectorAll('link[rel][href]')].find((l) => attributeIs(l, 'rel', 'canonical'));
  const canonicalHref = canonical?.getAttribute('href')?.trim();
  if (canonicalHref) {
    try {
      urls.push(new URL(canonicalHref, location.href).href);
    } catch {
      // A malformed canonical link is the page's mistake; the address still counts.
    }
  }
  const ogUrl = [...doc.querySelectorAll('meta[property][content]')]
    .find((meta) => attributeIs(meta, 'property', 'og:url'))
    ?.getAttribute('content')
    ?.trim();
  if (ogUrl) urls.push(ogUrl);
  return [...new Set(urls)].slice(0, MAX_URLS);
}
