// Renders each seed statement as a realistic news page (site header and
// navigation, article, footer, cookie banner) for the demo and the browser
// tests. The seed text is escaped and laid out paragraph by paragraph, never edited.
import type { Corpus } from '../../lib/corpus/build-corpus';
import type { Statement } from '../../lib/schema';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Where the demo and tests serve a statement's page on 127.0.0.1. */
export function seedPagePath(statement: Statement): string {
  return `/${statement.publisherId}/${statement.id}.html`;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function renderSeedPage(corpus: Corpus, statement: Statement): string {
  const publisher = corpus.organisations.find((o) => o.id === statement.publisherId)?.name ?? statement.publisherId;
  const [headline = statement.title, ...body] = paragraphs(statement.text);
  const site = escapeHtml(publisher);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(headline)} | ${site}</title>
<link rel="canonical" href="${escapeHtml(statement.canonicalUrl)}">
<meta property="og:url" content="${escapeHtml(statement.canonicalUrl)}">
<meta property="og:title" content="${escapeHtml(headline)}">
<style>
  body { margin: 0; font: 17px/1.6 Georgia, serif; color: #222; background: #fafafa; }
  header { background: #003087; color: #fff; padding: 12px 24px; display: flex; gap: 32px; align-items: center; }
  header a { color: #fff; text-decoration: none; font-family: Arial, sans-serif; font-size: 15px; }
  header strong { font: bold 20px Arial, sans-serif; }
  main { max-width: 720px; margin: 32px auto; padding: 0 24px; }
  h1 { font: bold 34px/1.2 Arial, sans-serif; }
  footer { border-top: 1px solid #ccc; padding: 24px; font: 13px Arial, sans-serif; color: #555; }
  .cookies { position: fixed; left: 0; right: 0; bottom: 0; background: #222; color: #fff; padding: 14px 24px;
    font: 14px Arial, sans-serif; display: flex; gap: 16px; align-items: center; }
</style>
</head>
<body>
<header>
  <strong>${site}</strong>
  <nav aria-label="Main"><a href="/">Home</a> · <a href="/">News</a> · <a href="/">Publications</a> · <a href="/">About us</a> · <a href="/">Contact</a></nav>
</header>
<main>
<article>
<h1>${escapeHtml(headline)}</h1>
${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
</main>
<footer>
  <p>© ${site}. All rights reserved. <a href="/">Privacy</a> · <a href="/">Accessibility</a> · <a href="/">Terms of use</a></p>
</footer>
<div class="cookies" role="dialog" aria-label="Cookies">
  <span>We use cookies to make this site work and to understand how you use it.</span>
  <button type="button" onclick="this.parentElement.remove()">Accept all cookies</button>
</div>
</body>
</html>
`;
}

/** The demo's home page: one link to each seed page. */
export function renderIndexPage(corpus: Corpus): string {
  const items = corpus.statements
    .map((s) => `<li><a href="${seedPagePath(s)}">${escapeHtml(s.title)}</a> (${escapeHtml(s.publishedDate)})</li>`)
    .join('\n');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Policy Lens demo corpus</title></head>
<body style="font: 16px/1.5 system-ui, sans-serif; max-width: 760px; margin: 32px auto">
<h1>Policy Lens demo: the bundled corpus</h1>
<p>Each link opens a seed statement served on 127.0.0.1. The extension recognises it and shows its panel.</p>
<ul>${items}</ul></body></html>`;
}

/** Routes for every seed page plus the index. */
export function seedRoutes(corpus: Corpus): Record<string, string> {
  const routes: Record<string, string> = { '/': renderIndexPage(corpus) };
  for (const statement of corpus.statements) routes[seedPagePath(statement)] = renderSeedPage(corpus, statement);
  return routes;
}
