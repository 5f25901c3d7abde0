import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { capturePage } from './captured-page';

const corpus = loadBundledCorpus();

function parse(html: string): Document {
  const window = new Window({ url: 'https://example.org/news/page.html' });
  window.document.write(html);
  return window.document as unknown as Document;
}

describe('capturePage', () => {
  it('prints the page’s metadata and its proposed quotes, known people and organisations under their corpus names', () => {
    const doc = parse(`<!doctype html><html><head><title>Trusts warn on winter</title>
      <meta property="og:site_name" content="HSJ"><meta property="article:published_time" content="2018-07-20T09:00:00Z"></head>
      <body><nav>Home “Menu”</nav><article><h1>Trusts warn on winter</h1>
      <p>“Given current workforce and demand pressures and the absence of dedicated winter funding, trusts tell us they are concerned,” NHS Providers chief executive Chris Hopson told HSJ.</p>
      <p>One relieved care worker said: ‘This will help me pay my bills because prices have gone up so much.’</p></article></body></html>`);
    const page = capturePage('winter.html', doc, 'https://example.org/news/page.html', corpus);
    expect(page).toMatchObject({ file: 'winter.html', title: 'Trusts warn on winter', published: '2018-07-20', publisher: 'HSJ' });
    expect(page.quotes).toHaveLength(2);
    expect(page.quotes[0]).toMatchObject({ speaker: { name: 'Chris Hopson', role: 'chief executive' }, organisation: { name: 'NHS Providers' } });
    expect(page.quotes[1]).toMatchObject({ text: 'This will help me pay my bills because prices have gone up so much.', speaker: null });
  });
});
