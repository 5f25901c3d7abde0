import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { swapTypography } from './evaluation-set';
import { locatePassages, locateQuote } from './locate-quote';
import { tokenize } from './tokens';

const corpus = loadBundledCorpus();
const words = (text: string): string => tokenize(text).map((t) => t.word).join(' ');
const statementOf = (statementId: string): string => corpus.statements.find((s) => s.id === statementId)!.text;

describe('locateQuote', () => {
  it.each(corpus.quotes.map((q) => [q.id, q]))('finds %s in its statement, word for word', (_, quote) => {
    const page = statementOf(quote.statementId);
    const found = locateQuote(page, quote.text);
    expect(found).not.toBeNull();
    expect(found!.coverage).toBe(1);
    for (const range of found!.ranges) expect(words(page.slice(range.start, range.end))).toBe(words(quote.text));
  });

  it('finds each of the two places the LBC report says Hancock’s seven words, each word for word and within one paragraph', () => {
    const quote = corpus.quotes.find((q) => q.id === 'q-hancock-2021-1')!;
    const page = statementOf(quote.statementId);
    const found = locateQuote(page, quote.text)!;
    expect(found.occurrences).toHaveLength(2);
    for (const occurrence of found.occurrences) {
      expect(occurrence.verbatim).toBe(true);
      expect(occurrence.coverage).toBe(1);
      const [range] = occurrence.ranges;
      expect(occurrence.ranges).toHaveLength(1);
      expect(page.slice(range!.start, range!.end)).toBe('more integrated, more innovative and responsive');
    }
  });

  it('finds a quote through typography, case and whitespace changes', () => {
    const quote = corpus.quotes.find((q) => q.id === 'q-stevens-2021-1')!;
    const page = swapTypography(statementOf(quote.statementId)).toUpperCase().replace(/ /g, '\n  ');
    const found = locateQuote(page, quote.text)!;
    expect(found.coverage).toBe(1);
    expect(words(page.slice(found.ranges[0]!.start, found.ranges[0]!.end))).toBe(words(quote.text));
  });

  it('finds a four-word quote, below the shingle length', () => {
    const page = statementOf('lbc-integration-plans-2021-02-11');
    const found = locateQuote(page, 'waste a significant amount')!;
    expect(page.slice(found.ranges[0]!.start, found.ranges[0]!.end)).toBe('waste a significant amount');
  });

  it('tolerates a small edit and reports the words that survived', () => {
    const quote = corpus.quotes.find((q) => q.id === 'q-ashworth-2021-1')!;
    const page = `The Labour MP said: "${quote.text.replace('pressing', 'urgent')}"`;
    const found = locateQuote(page, quote.text)!;
    expect(found.ranges).toHaveLength(1);
    const total = tokenize(quote.text).length;
    expect(found.coverage).toBe((total - 1) / total);
  });

  it('returns null when the page does not carry the quote', () => {
    const quote = corpus.quotes.find((q) => q.id === 'q-hudspeth-2021-1')!;
    expect(locateQuote(statementOf('nhs-providers-hopson-2021-02-12'), quote.text)).toBeNull();
    expect(locateQuote('', quote.text)).toBeNull();
    expect(locateQuote(statementOf(quote.statementId), ' … ')).toBeNull();
  });

  it('finds a long quote in pieces, without what the page put in place of a dropped paragraph', () => {
    const quote = corpus.quotes.find((q) => q.id === 'q-taylor-2022-1')!;
    const paragraphs = quote.text.split(/\s*“/);
    paragraphs[2] = 'Advertisement. Subscribe to our newsletter for the week in health policy.';
    const page = `Intro.\n\n${paragraphs.join('\n\n“')}\n\nFooter.`;
    const found = locateQuote(page, quote.text)!;
    expect(found.ranges.length).toBeGreaterThanOrEqual(2);
    expect(found.coverage).toBeGreaterThan(0.6);
    expect(found.coverage).toBeLessThan(1);
    for (const range of found.ranges) {
      expect(words(quote.text)).toContain(words(page.slice(range.start, range.end)));
      expect(page.slice(range.start, range.end)).not.toContain('Advertisement');
    }
  });
});

describe('locatePassages', () => {
  it('finds every passage of at least a clause, without an index', () => {
    const quote = corpus.quotes.find((q) => q.id === 'q-dixon-2021-1')!;
    const page = `First: ${quote.text}\n\nAnd again later: ${quote.text}`;
    expect(locatePassages(page, quote.text)!.ranges).toHaveLength(2);
    expect(locatePassages('nothing to see here', quote.text)).toBeNull();
  });
});
