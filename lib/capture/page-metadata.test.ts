// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from './page-metadata';

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

const here = { href: 'https://news.example.org/health/integration-plans?utm_source=feed' };

const newsBody = `
  <div id="cookie-banner" class="cookie-consent"><p>We use "cookies". Accept?</p></div>
  <header><nav><a href="/">Home</a> <a href="/health">Health</a></nav></header>
  <main>
    <article>
      <h1>Plans for more integration</h1>
      <time datetime="2021-02-11T06:03:00+00:00">11 February 2021, 06:03</time>
      <p>The Health Secretary is due to set out plans.</p>
      <p>Mr Hancock said: "The time for change is now."</p>
      <aside><p>Read more: "Other story"</p></aside>
      <script>window.ads = "quote";</script>
    </article>
  </main>
  <footer><p>© News Example</p></footer>`;

describe('readPageMetadata', () => {
  it('reads a news article from JSON-LD first', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'News Example' },
        {
          '@type': ['NewsArticle'],
          headline: 'Plans for more integration of NHS and social care',
          datePublished: '2021-02-11T06:03:00+00:00',
          publisher: { '@type': 'Organization', name: 'LBC' },
          author: [{ '@type': 'Person', name: 'Asher McShane' }],
        },
      ],
    });
    const doc = page(
      `<title>Plans | News Example</title><script type="application/ld+json">${ld}</script>` +
        `<meta property="og:title" content="OG title"><meta property="og:site_name" content="Example News">` +
        `<link rel="canonical" href="/health/integration-plans">`,
      newsBody,
    );
    expect(readPageMetadata(doc, here)).toEqual({
      title: 'Plans for more integration of NHS and social care',
      publishedDate: '2021-02-11',
      publisher: 'LBC',
      author: 'Asher McShane',
      canonicalUrl: 'https://news.example.org/health/integration-plans',
      mainText:
        'Plans for more integration\n\n11 February 2021, 06:03\n\nThe Health Secretary is due to set out plans.\n\n' +
        'Mr Hancock said: "The time for change is now."',
    });
  });

  it('falls back to Open Graph, then <time> and <title>', () => {
    const og = page(
      '<title>Doc title</title><meta property="og:title" content="  OG   title "><meta property="og:site_name" content="Example News">' +
        '<meta property="article:published_time" content="2022-02-09T10:00:00Z"><meta property="og:url" content="https://example.org/a">',
      '<p>Body</p>',
    );
    expect(readPageMetadata(og, here)).toEqual({
      title: 'OG title',
      publishedDate: '2022-02-09',
      publisher: 'Example News',
      canonicalUrl: 'https://example.org/a',
      mainText: 'Body',
    });
    const bare = page('<title>Doc title</title>', '<p>Published <time datetime="2022-02-09">9 Feb</time></p>');
    expect(readPageMetadata(bare, here)).toEqual({ title: 'Doc title', publishedDate: '2022-02-09', mainText: 'Published 9 Feb' });
  });

  it('survives hostile or malformed JSON-LD', () => {
    const scripts = [
      '{ "@type": "NewsArticle", "headline": "broken", }',
      'null',
      '"just a string"',
      '[1, 2, {"@type": 7}]',
      '{"@type": "NewsArticle", "headline": {"nested": true}, "author": 42, "publisher": ["x", {"name": null}], "datePublished": "not a date"}',
      '<!-- comment -->',
    ]
      .map((s) => `<script type="application/ld+json">${s}</script>`)
      .join('');
    const doc = page(`<title>Fallback</title>${scripts}`, '<main><p>Text</p></main>');
    expect(() => readPageMetadata(doc, here)).not.toThrow();
    const meta = readPageMetadata(doc, here);
    expect(meta.title).toBe('Fallback');
    expect(meta.publishedDate).toBeUndefined();
    expect(meta.publisher).toBe('x');
    expect(meta.author).toBeUndefined();
  });

  it('takes main text from <article>, else <main>, else body, without furniture', () => {
    expect(readPageMetadata(page('', newsBody), here).mainText).not.toMatch(/cookies|Home|Read more|©|window/);
    const mainOnly = page('', '<nav>Menu</nav><main><h2>Heading</h2><p>One <b>bold</b>\n word.</p><p>Two.</p></main><p>Outside</p>');
    expect(readPageMetadata(mainOnly, here).mainText).toBe('Heading\n\nOne bold word.\n\nTwo.');
    const bodyOnly = page('', '<header>Site</header><div>First</div><div>Second<br>line</div><footer>Foot</footer>');
    expect(readPageMetadata(bodyOnly, here).mainText).toBe('First\n\nSecond\n\nline');
  });

  it('ignores non-web canonical addresses and impossible dates', () => {
    const doc = page(
      '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="http://[bad">' +
        '<meta property="article:published_time" content="2021-02-30">',
      '',
    );
    const meta = readPageMetadata(doc, here);
    expect(meta.canonicalUrl).toBeUndefined();
    expect(meta.publishedDate).toBeUndefined();
    expect(meta.title).toBe('');
  });
});
