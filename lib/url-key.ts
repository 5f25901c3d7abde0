// Turns a URL into the key under which a statement is looked up, so that the same
// document is found whatever tracking parameters, fragment, scheme or "www." a
// link carries.

/** Query parameters that identify a campaign or a click, never a document. */
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|ref_src|cmpid|ito|at_medium|at_campaign)$/i;

/** The URL, when `input` is an http(s) address. */
function parseWebUrl(input: string): URL | null {
  try {
    const url = new URL(input);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function urlKey(input: string): string | null {
  const url = parseWebUrl(input);
  if (!url) return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAM.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${port}${path}${query}`;
}

/** The address a page is saved under: as given, without fragment or tracking parameters. */
export function cleanUrl(input: string): string | null {
  const url = parseWebUrl(input);
  if (!url) return null;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  return url.href;
}

/** The distinct keys of several URLs, skipping any that are not web URLs. */
export function urlKeys(urls: readonly string[]): string[] {
  const keys = urls.map(urlKey).filter((k): k is string => k !== null);
  return [...new Set(keys)];
}
