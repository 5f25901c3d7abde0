import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../lib/corpus/bundled-corpus';
import { QUOTE_MIN_WORDS } from '../../lib/matching/detect';
import { evaluationPages, swapTypography, urlCases } from './evaluation-set';
import {
  ALTERNATIVE_HEADLINES,
  NEWS_HEADLINES,
  PAGE_FOOTERS,
  PAGE_HEADERS,
  REPORTER_SENTENCES,
  SAME_SUBJECT_PARAGRAPHS,
  UNRELATED_PARAGRAPHS,
} from './evaluation-texts';
import { tokenize } from '../../lib/matching/tokens';

const corpus = loadBundledCorpus();
const pages = evaluationPages(corpus);

/** Every run of `n` consecutive normalised words of a text. */
function runs(text: string, n: number): Set<string> {
  const words = tokenize(text).map((t) => t.word);
  const found = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) found.add(words.slice(i, i + n).join(' '));
  return found;
}

describe('evaluationPages', () => {
  it('is the same on every run', () => {
    expect(evaluationPages(corpus)).toEqual(pages);
    expect(evaluationPages(corpus, 2)).not.toEqual(pages);
  });

  it('has copies of every statement, quoting pages and negatives', () => {
    for (const s of corpus.statements) expect(pages.filter((p) => p.statementId === s.id).length).toBeGreaterThan(5);
    expect(pages.filter((p) => p.kind === 'quoting').length).toBeGreaterThan(50);
    const negatives = new Set(pages.filter((p) => p.kind === 'negative').map((p) => p.label));
    expect([...negatives].sort()).toEqual(['same subject, other words', 'short fragments of quotes', 'unrelated subject']);
  });

  it('labels each quotation with where it stands and a clause of its quote', () => {
    const quotes = new Map(corpus.quotes.map((q) => [q.id, q]));
    const insertions = pages.flatMap((p) => p.insertions.map((i) => ({ page: p, i })));
    expect(insertions.length).toBeGreaterThan(100);
    for (const { page, i } of insertions) {
      const quote = quotes.get(i.quoteId)!;
      expect(quote.statementId).toBe(i.statementId);
      const quoted = tokenize(page.text.slice(i.start, i.end)).map((t) => t.word);
      expect(quoted.length).toBeGreaterThanOrEqual(QUOTE_MIN_WORDS);
      // Most of the quoted words are the quote's own (one may be changed; an ellipsis joins two parts).
      const quoteRuns = runs(quote.text, 3);
      const own = quoted.filter((_, k) => k + 3 <= quoted.length && quoteRuns.has(quoted.slice(k, k + 3).join(' ')));
      expect(own.length).toBeGreaterThan(quoted.length / 2);
    }
  });

  it('writes its own prose: no hand-written text shares a clause with a seed', () => {
    const written = [
      ...PAGE_HEADERS,
      ...PAGE_FOOTERS,
      ...ALTERNATIVE_HEADLINES,
      ...NEWS_HEADLINES,
      ...REPORTER_SENTENCES,
      ...SAME_SUBJECT_PARAGRAPHS,
      ...UNRELATED_PARAGRAPHS,
    ];
    // Half a clause: far below what detection reports, so the negatives test only detection.
    const length = Math.ceil(QUOTE_MIN_WORDS / 2) + 1;
    const seedRuns = new Set(corpus.statements.flatMap((s) => [...runs(s.text, length)]));
    for (const text of written) for (const run of runs(text, length)) expect(seedRuns.has(run), run).toBe(false);
  });
});

describe('swapTypography', () => {
  it('swaps curly and straight marks, and leaves the words alone', () => {
    expect(swapTypography('“It’s – here”')).toBe('"It\'s - here"');
    expect(swapTypography('"It\'s - here"')).toBe('“It’s – here”');
    const seed = corpus.statements[0]!.text;
    expect(tokenize(swapTypography(seed)).map((t) => t.word)).toEqual(tokenize(seed).map((t) => t.word));
  });
});

describe('urlCases', () => {
  it('has variants of every statement address and other pages of the same sites', () => {
    for (const s of corpus.statements) {
      expect(urlCases(corpus).filter((c) => c.statementId === s.id).length).toBeGreaterThan(5);
    }
    const others = urlCases(corpus).filter((c) => c.statementId === null);
    expect(others.length).toBeGreaterThanOrEqual(corpus.statements.length * 3);
  });
});
