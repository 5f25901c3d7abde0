import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { annotation } from '../../test-support/highlights/fixtures';
import { excerptAround, searchAll, type SearchData } from './search';

const corpus = loadBundledCorpus();
const highlights = [
  annotation({
    id: 'hl-pooled',
    exact: 'Pooled budgets were discussed at the Réseau meeting.',
    url: 'https://example.org/minutes',
    pageTitle: 'Board minutes',
    note: 'Ask about Wales',
    tags: ['finance'],
  }),
  annotation({ id: 'hl-other', exact: 'Nothing relevant here.', note: '', tags: ['misc'] }),
];
const data: SearchData = { ...corpus, annotations: highlights };

describe('searchAll', () => {
  it('finds nothing for an empty query', () => {
    expect(searchAll('   ', data)).toEqual([]);
  });

  it("finds Cordery's quote for “pooled budgets”, quotes first, then statements, then highlights", () => {
    const results = searchAll('pooled budgets', data);
    const kinds = results.map((r) => r.kind);
    expect(kinds.indexOf('statement')).toBeGreaterThan(kinds.lastIndexOf('quote'));
    expect(kinds.indexOf('highlight')).toBeGreaterThan(kinds.lastIndexOf('statement'));
    const cordery = results.find((r) => r.id === 'q-cordery-2022-1');
    expect(cordery).toMatchObject({
      kind: 'quote',
      title: 'Saffron Cordery',
      url: 'https://nhsproviders.org/news-blogs/news/integration-ambition-welcome-but-a-lot-of-detail-to-be-resolved',
    });
    expect(cordery?.excerpt.toLowerCase()).toContain('pooled budgets');
    expect(results.find((r) => r.id === 'hl-pooled')).toMatchObject({ kind: 'highlight', url: 'https://example.org/minutes' });
  });

  it('ignores case and accents, on both sides', () => {
    expect(searchAll('RESEAU', data).map((r) => r.id)).toEqual(['hl-pooled']);
    expect(searchAll('réseau', data).map((r) => r.id)).toEqual(['hl-pooled']);
  });

  it('needs every word to match, anywhere in the record', () => {
    expect(searchAll('pooled wales', data).map((r) => r.id)).toEqual(['hl-pooled']);
    expect(searchAll('pooled zebra', data)).toEqual([]);
    expect(searchAll('finance', data).map((r) => r.id)).toEqual(['hl-pooled']);
  });

  it('searches statement titles as well as their text', () => {
    const results = searchAll('green paper', data).filter((r) => r.kind === 'statement');
    expect(results.map((r) => r.id)).toContain('nhs-providers-cordery-2022-02-09');
    const byTitle = searchAll('detail to be resolved', data);
    expect(byTitle.some((r) => r.kind === 'statement' && r.id === 'nhs-providers-cordery-2022-02-09')).toBe(true);
  });
});

describe('excerptAround', () => {
  it('keeps short text whole and cuts long text around the first match', () => {
    expect(excerptAround('short text', ['text'])).toBe('short text');
    const long = `${'word '.repeat(100)}needle ${'word '.repeat(100)}`;
    const excerpt = excerptAround(long, ['needle'], 60);
    expect(excerpt).toContain('needle');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
  });

  it('finds the match after accented characters', () => {
    const long = `${'é'.repeat(300)} needle ${'x'.repeat(300)}`;
    expect(excerptAround(long, ['needle'], 40)).toContain('needle');
  });
});
