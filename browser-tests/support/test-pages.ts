// Pages the browser suites serve besides the seed pages: a republished copy in
// another layout, a news report quoting two statements, an unrelated page and a
// hostile one. Built from the corpus's own words; only the surrounding prose is ours.
import type { Corpus } from '../../lib/corpus/build-corpus';
import { escapeHtml, renderSeedPage } from './seed-pages.js';

function statementText(corpus: Corpus, id: string): string {
  const statement = corpus.statements.find((s) => s.id === id);
  if (!statement) throw new Error(`No statement ${id} in the corpus`);
  return statement.text;
}

/** Cordery's statement on an aggregator: new headline, no canonical link, last paragraph dropped, curly quotes. */
export function republishedPage(corpus: Corpus): string {
  const [, ...paragraphs] = statementText(corpus, 'nhs-providers-cordery-2022-02-09').split(/\n\s*\n/);
  const body = paragraphs
    .slice(0, -1)
    .map((p) => `<p>${escapeHtml(p.trim().replace(/"([^"]*)"?/g, '“$1”').replace(/'/g, '’'))}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Care sector wire</title></head>
<body style="font-family: Verdana; display: grid; grid-template-columns: 200px 1fr">
<nav><ul><li><a href="/">Latest</a></li><li><a href="/">Policy</a></li><li><a href="/">Jobs</a></li></ul></nav>
<div class="story"><h2>Trust body gives cautious welcome to integration plans</h2><small>Syndicated from a member organisation</small>
${body}
<p>Related: <a href="/">Care homes face winter pressures</a></p></div></body></html>`;
}

/** The two trimmed quotations the news page carries, as the page prints them. */
export const NEWS_QUOTES = {
  taylor:
    'The proposals in the white paper to break down barriers between NHS providers and local authorities, including through better data sharing, will be a big step forward.',
  edwards: 'There is a risk that the White Paper overestimates the extent to which structural changes will produce the results expected.',
} as const;

/** The article of a news report quoting trimmed sentences of Matthew Taylor (2022) and Nigel Edwards (2022). */
export function newsArticle(): string {
  return `<article><h1>Leaders react to integration white paper</h1>
<p>Health leaders gave the government's plans a cautious welcome on Wednesday.</p>
<p>Matthew Taylor, of the NHS Confederation, said: <q>${escapeHtml(NEWS_QUOTES.taylor)}</q></p>
<p>But Nigel Edwards of the Nuffield Trust warned: "${escapeHtml(NEWS_QUOTES.edwards)}"</p>
<p>Ministers are expected to publish further details later this year.</p></article>`;
}

export function newsPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Integration plans: reaction</title></head>
<body>${newsArticle()}</body></html>`;
}

/**
 * A single-page app: it starts on unrelated content, then after `delayMs` either
 * navigates with history.pushState or just loads the news article into the page.
 */
export function dynamicPage(mode: 'pushState' | 'late', delayMs: number): string {
  const swap =
    mode === 'pushState'
      ? `history.pushState({}, '', '/app/story/integration'); document.querySelector('main').innerHTML = article;`
      : `document.querySelector('main').insertAdjacentHTML('beforeend', article);`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsroom app</title></head>
<body><main><h1>Today</h1><p>Weather: dry and bright, with light winds.</p></main>
<script>
  const article = ${JSON.stringify(newsArticle())};
  setTimeout(() => { ${swap} }, ${delayMs});
</script></body></html>`;
}

export function unrelatedPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bin collections</title></head>
<body><h1>Bin collection days change in March</h1>
<p>The council will move collections to a four-day week. Residents should check the website for their new day.</p>
<p>Garden waste subscriptions renew in April and can be paid online or at the library.</p></body></html>`;
}

/** A seed page whose own CSS and scripts try to hide, restyle and cover everything. */
export function hostilePage(corpus: Corpus, statementId: string): string {
  const statement = corpus.statements.find((s) => s.id === statementId)!;
  return renderSeedPage(corpus, statement).replace(
    '</head>',
    `<style>
  * { all: unset !important; font-family: "Comic Sans MS" !important; font-size: 30px !important; }
  html *, body * { color: transparent !important; visibility: visible; }
  .cover { display: block !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; background: #000 !important; }
</style>
<script>
  addEventListener('load', () => {
    const cover = document.createElement('div');
    cover.className = 'cover';
    // Keep moving a full-page cover to the end of the body, above anything added since,
    // and try to hide everything else, including whatever the extension adds.
    setInterval(() => {
      document.body.append(cover);
      document.querySelectorAll('body > *:not(.cover)').forEach((el) => el.style.setProperty('display', 'none', 'important'));
    }, 200);
  });
</script>
</head>`,
  );
}
