import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { syntheticPage } from '../../test-support/matching/synthetic-corpus';
import { type AnchorSelectors, MAX_ERRORS, MIN_SCORE, NEAR_HINT_WINDOW_CHARS, anchorAll, anchorQuote } from './anchor';
import { type QuoteSelectors, describeOffsets } from './describe';

const seeds = loadBundledCorpus().statements.map((s) => ({ id: s.id, text: s.text }));
const words = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Offsets of the words of a text. */
function wordSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Highlights of `length` words starting at every `step`-th word. */
function highlights(text: string, length: number, step: number): QuoteSelectors[] {
  const spans = wordSpans(text);
  const out: QuoteSelectors[] = [];
  for (let i = 0; i + length <= spans.length; i += step) {
    out.push(describeOffsets(text, spans[i]!.start, spans[i + length - 1]!.end)!);
  }
  return out;
}

/** A made-up paragraph of ordinary words, none of them taken from a seed. */
const FILLER =
  'Our reporter adds that the meeting ran late into the evening, with several members ' +
  'asking for more detail on budgets before any vote is taken next month.';

function anchoredText(text: string, selectors: QuoteSelectors): string | null {
  const anchor = anchorQuote(text, selectors.quote, selectors.position);
  return anchor && text.slice(anchor.start, anchor.end);
}

describe('anchorAll on unchanged text', () => {
  it.each(seeds.map((s) => [s.id, s.text]))('re-anchors every highlight of %s exactly where it was', (_, text) => {
    const all = [1, 2, 3, 8, 25].flatMap((length) => highlights(text, length, 3));
    const anchors = anchorAll(text, all);
    anchors.forEach((anchor, i) => {
      expect(anchor, all[i]!.quote.exact).toMatchObject({ start: all[i]!.position.start, end: all[i]!.position.end });
    });
  });

  it('returns results in the order of the selectors given, with null for an empty quote', () => {
    const text = seeds[0]!.text;
    const [a, b] = highlights(text, 4, 40);
    const blank: AnchorSelectors = { quote: { type: 'TextQuoteSelector', exact: ' \n ', prefix: '', suffix: '' } };
    const anchors = anchorAll(text, [b!, blank, a!]);
    expect(anchors[0]).toMatchObject({ start: b!.position.start });
    expect(anchors[1]).toBeNull();
    expect(anchors[2]).toMatchObject({ start: a!.position.start });
  });
});

describe('anchorAll on a changed page', () => {
  const text = seeds[1]!.text;
  const saved = highlights(text, 12, 30);

  it('follows text inserted before the highlights, near and far', () => {
    const banner = `${FILLER}\n`.repeat(40); // longer than the window searched around a position
    const changed = banner + text;
    const anchors = anchorAll(changed, saved);
    anchors.forEach((anchor, i) => {
      expect(anchor).toMatchObject({ start: saved[i]!.position.start + banner.length, end: saved[i]!.position.end + banner.length });
    });
  });

  it('finds a highlight right after an inserted sentence, which replaced its prefix', () => {
    const target = saved[3]!;
    const changed = `${text.slice(0, target.position.start)}${FILLER} ${text.slice(target.position.start)}`;
    expect(anchoredText(changed, target)).toBe(target.quote.exact);
  });

  it('finds highlights through re-flowed whitespace, ignoring the whitespace', () => {
    const changed = text.replace(/ /g, (_, at: number) => (at % 7 === 0 ? '\n      ' : at % 5 === 0 ? '\u00a0' : ' '));
    for (const selectors of saved) expect(words(anchoredText(changed, selectors)!)).toBe(words(selectors.quote.exact));
  });

  it('finds highlights whose punctuation changed', () => {
    for (const selectors of saved) {
      const { start, end } = selectors.position;
      const edited = selectors.quote.exact.replace(/,/g, ';').replace(/\./g, '!').replace(/ (\w+) /, ' $1, ');
      const changed = text.slice(0, start) + edited + text.slice(end);
      expect(anchoredText(changed, selectors)).toBe(edited);
    }
  });

  it('finds highlights with a few words edited', () => {
    for (const selectors of saved) {
      const { start, end } = selectors.position;
      const quoteWords = selectors.quote.exact.split(' ');
      quoteWords[3] = 'rather';
      quoteWords[8] = 'considerably';
      const edited = quoteWords.join(' ');
      const changed = text.slice(0, start) + edited + text.slice(end);
      expect(anchoredText(changed, selectors)).toBe(edited);
    }
  });

  it('orphans a highlight whose text was removed, rather than anchoring it elsewhere', () => {
    for (const selectors of saved) {
      const changed = text.slice(0, selectors.position.start) + text.slice(selectors.position.end);
      expect(anchorQuote(changed, selectors.quote, selectors.position)).toBeNull();
    }
  });
});

describe('moved text', () => {
  it('finds an edited highlight moved far beyond the window searched around its position', () => {
    const page = syntheticPage(20_000, 11);
    const spans = wordSpans(page);
    const saved = describeOffsets(page, spans[1000]!.start, spans[1014]!.end)!;
    const { start, end } = saved.position;
    const edited = saved.quote.exact.replace(/^(\S+ \S+ \S+ )\S+/, '$1changed');
    const removed = page.slice(0, start) + page.slice(end);
    const to = spans[9000]!.start - (end - start);
    const changed = `${removed.slice(0, to)}${edited} ${removed.slice(to)}`;
    expect(to - start).toBeGreaterThan(10 * NEAR_HINT_WINDOW_CHARS);
    const anchor = anchorQuote(changed, saved.quote, saved.position)!;
    expect(changed.slice(anchor.start, anchor.end)).toBe(edited);
  });
});

describe('repeated phrases', () => {
  const paragraph = (lead: string) => `${lead} said the plans will help trusts work together on services.`;
  const text = [paragraph('First, the minister'), paragraph('Later, the shadow minister'), paragraph('Finally, the chair')].join('\n');
  const occurrences = [...text.matchAll(/will help trusts/g)].map((m) => m.index);

  it('takes the occurrence whose context matches, even far from the saved position', () => {
    const saved = describeOffsets(text, occurrences[2]!, occurrences[2]! + 'will help trusts'.length)!;
    const misleading = { ...saved.position, start: occurrences[0]!, end: occurrences[0]! + 16 };
    expect(anchorQuote(text, saved.quote, misleading)).toMatchObject({ start: occurrences[2] });
  });

  it('takes the occurrence nearest the saved position when the contexts are the same', () => {
    const repeated = `${paragraph('Again')}\n${paragraph('Again')}\n${paragraph('Again')}`;
    for (const m of repeated.matchAll(/will help trusts/g)) {
      const saved = describeOffsets(repeated, m.index, m.index + 16)!;
      expect(anchorQuote(repeated, saved.quote, saved.position)).toMatchObject({ start: m.index });
    }
  });

  it('corrects the saved position by how far the highlights before it moved', () => {
    const intro = 'Introduction to the debate.';
    const repeated = [intro, paragraph('Again'), paragraph('Again'), paragraph('Again')].join('\n');
    const at = [...repeated.matchAll(/will help trusts/g)].map((m) => m.index);
    const saved = [describeOffsets(repeated, 0, intro.length)!, ...at.map((start) => describeOffsets(repeated, start, start + 16)!)];
    // Inserted text longer than a paragraph: each saved position now points at the previous occurrence.
    const moved = `${FILLER}\n${repeated}`;
    const shift = FILLER.length + 1;
    expect(anchorAll(moved, saved).map((a) => a?.start)).toEqual([0, ...at].map((start) => start + shift));
  });
});

describe('short quotes', () => {
  const text = seeds[2]!.text;

  it('re-anchors each occurrence of a one-word quote by its context, even without a position', () => {
    const at = [...text.matchAll(/\bthe\b/g)].map((m) => m.index);
    expect(at.length).toBeGreaterThan(10);
    for (const start of at) {
      const { quote } = describeOffsets(text, start, start + 3)!;
      expect(anchorQuote(text, quote)).toMatchObject({ start });
      expect(anchorQuote(`${FILLER}\n${text}`, quote)).toMatchObject({ start: start + FILLER.length + 1 });
    }
  });

  it('orphans a short quote whose context is gone, though its words occur elsewhere', () => {
    const [first, second] = [...text.matchAll(/\bNHS\b/g)].map((m) => m.index);
    const saved = describeOffsets(text, first!, first! + 3)!;
    const around = (at: number) => [Math.max(0, at - 40), at + 43] as const;
    const [from, to] = around(first!);
    const changed = text.slice(0, from) + text.slice(to);
    expect(changed).toContain('NHS');
    expect(second).toBeDefined();
    expect(anchorQuote(changed, saved.quote, saved.position)).toBeNull();
  });
});

describe('long quotes', () => {
  const text = seeds[3]!.text;

  it('anchors quotes far longer than the 32-character word of the bit-parallel search, with edits', () => {
    for (const length of [20, 60, 150]) {
      const saved = highlights(text, Math.min(length, wordSpans(text).length - 1), 1000)[0]!;
      const edited = saved.quote.exact.replace(/\b(the|and|of)\b/g, (w) => w.toUpperCase().split('').reverse().join(''));
      expect(edited).not.toBe(saved.quote.exact);
      const changed = `${FILLER}\n${text.slice(0, saved.position.start)}${edited}${text.slice(saved.position.end)}`;
      const anchor = anchorQuote(changed, saved.quote, saved.position)!;
      expect(changed.slice(anchor.start, anchor.end)).toBe(edited);
      expect(anchor.score).toBeGreaterThanOrEqual(MIN_SCORE);
    }
  });

  it('anchors a quote longer than the error cap allows for, when most of it is intact', () => {
    const long = text.repeat(2);
    const saved = describeOffsets(long, 0, MAX_ERRORS * 10)!;
    const edited = `${long.slice(0, 100)}XXXX${long.slice(104)}`;
    expect(anchorQuote(edited, saved.quote, saved.position)).toMatchObject({ start: 0, end: MAX_ERRORS * 10 });
  });
});
