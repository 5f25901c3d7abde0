import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { buildIndexEntries } from './build-index';
import { detectSync } from './detect';
import { corpusDocSources } from './evaluation';
import { locateQuote } from './locate-quote';
import { MemoryFingerprintStore } from './memory-store';
import type { Occurrence } from './occurrences';
import { PARTIAL_MIN_WORDS, shownQuotes, strongEnough } from './shown-quotes';

const corpus = loadBundledCorpus();
const store = new MemoryFingerprintStore(buildIndexEntries(corpusDocSources(corpus), 1));
const statementText = (id: string) => corpus.statements.find((s) => s.id === id)!.text;

/** What a page shows: detected quotes plus the page's own statement's quotes located in it, as the sidebar builds them. */
function located(statementId: string) {
  const text = statementText(statementId);
  const byId = new Map(detectSync(text, store).quotes.map((q) => [q.quoteId, q]));
  for (const quote of corpus.quotes.filter((q) => q.statementId === statementId)) {
    if (byId.has(quote.id)) continue;
    const found = locateQuote(text, quote.text);
    if (found) byId.set(quote.id, { quoteId: quote.id, statementId, ...found });
  }
  return [...byId.values()];
}

const overlapping = (quotes: { ranges: { start: number; end: number }[] }[]) =>
  quotes.flatMap((a, i) =>
    quotes.slice(i + 1).flatMap((b) => a.ranges.flatMap((r) => b.ranges.filter((s) => r.start < s.end && s.start < r.end))),
  );

describe('shownQuotes on the seed statements', () => {
  it.each(corpus.statements.map((s) => [s.id]))('never shows two quotes on one stretch of %s', (id) => {
    expect(overlapping(shownQuotes(located(id)))).toEqual([]);
  });

  it('on the LBC report, gives Hancock’s repeated phrase to his long quotation and keeps its first, separate place', () => {
    const lbc = 'lbc-integration-plans-2021-02-11';
    const before = located(lbc);
    expect(overlapping(before).length).toBeGreaterThan(0);
    const shown = shownQuotes(before);
    const short = shown.find((q) => q.quoteId === 'q-hancock-2021-1')!;
    const long = shown.find((q) => q.quoteId === 'q-hancock-2021-2')!;
    expect(short.ranges).toHaveLength(1);
    expect(short.ranges[0]!.end).toBeLessThan(long.ranges[0]!.start);
    expect(short.occurrences[0]!.verbatim).toBe(true);
  });

  it('on the LBC report, does not show Hopson’s op-ed quote for the 13 % it shares with the report’s own Hopson quote', () => {
    const lbc = located('lbc-integration-plans-2021-02-11');
    const opEd = lbc.find((q) => q.quoteId === 'q-hopson-2021-7');
    expect(opEd?.coverage).toBeLessThan(0.2);
    const shown = shownQuotes(lbc).map((q) => q.quoteId);
    expect(shown).not.toContain('q-hopson-2021-7');
    expect(shown).toContain('q-hopson-2021-3');
  });

  it('on Hopson’s op-ed, does not paint the LBC quote (37 %) inside the op-ed’s own quote', () => {
    const opEd = located('nhs-providers-hopson-2021-02-12');
    expect(opEd.map((q) => q.quoteId)).toContain('q-hopson-2021-3');
    const shown = shownQuotes(opEd).map((q) => q.quoteId);
    expect(shown).not.toContain('q-hopson-2021-3');
    expect(shown).toContain('q-hopson-2021-7');
  });
});

describe('strongEnough', () => {
  const occurrence = (matchedWords: number, quoteWords: number): Occurrence => ({
    ranges: [{ start: 0, end: 1 }],
    matchedWords,
    coverage: matchedWords / quoteWords,
    verbatim: matchedWords === quoteWords,
  });

  it('shows a clause of a long quote, not less', () => {
    expect(strongEnough(occurrence(PARTIAL_MIN_WORDS, 200))).toBe(true);
    expect(strongEnough(occurrence(PARTIAL_MIN_WORDS - 1, 200))).toBe(false);
  });

  it('shows a short quote the page holds at least half of', () => {
    expect(strongEnough(occurrence(6, 7))).toBe(true);
    expect(strongEnough(occurrence(3, 7))).toBe(false);
  });

  it('drops a quote whose only occurrence is too weak, and keeps the order of the rest', () => {
    const quote = (id: string, o: Occurrence) => ({ quoteId: id, ranges: o.ranges, coverage: o.coverage, occurrences: [o] });
    const weak = quote('weak', { ...occurrence(10, 100), ranges: [{ start: 50, end: 60 }] });
    const a = quote('a', { ...occurrence(20, 20), ranges: [{ start: 100, end: 200 }] });
    const b = quote('b', { ...occurrence(12, 30), ranges: [{ start: 0, end: 40 }] });
    expect(shownQuotes([b, weak, a]).map((q) => q.quoteId)).toEqual(['b', 'a']);
  });
});
