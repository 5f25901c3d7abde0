import { describe, expect, it } from 'vitest';
import { type Seed, alignRuns, chainPassages, extendAcrossEdits, passageSpans, quoteWordsCovered } from './align-passages';
import { charRanges } from './char-ranges';
import { commonWordCount } from './common-words';
import { tokenize } from './tokens';

const words = (text: string): string[] => tokenize(text).map((t) => t.word);

/** Every seed where `size` words of page and quote agree: what an index would find, and more. */
function allSeeds(page: readonly string[], quote: readonly string[], size: number): Seed[] {
  const seeds: Seed[] = [];
  for (let p = 0; p + size <= page.length; p++) {
    for (let q = 0; q + size <= quote.length; q++) {
      if (page.slice(p, p + size).join(' ') === quote.slice(q, q + size).join(' ')) seeds.push({ page: p, quote: q });
    }
  }
  return seeds;
}

function align(pageText: string, quoteText: string, size = 3) {
  const page = words(pageText);
  const quote = words(quoteText);
  const passages = chainPassages(alignRuns(page, quote, allSeeds(page, quote, size), size)).map((p) =>
    extendAcrossEdits(p, page, quote),
  );
  return { page, quote, passages };
}

const QUOTE =
  'Trust leaders support the ambition to deliver better integrated health and care services for patients, and have been at the forefront of work to achieve this.';

describe('alignRuns', () => {
  it('drops seeds whose words do not match (hash collisions)', () => {
    const page = words('alpha beta gamma delta epsilon');
    const quote = words('alpha beta gamma delta epsilon');
    expect(alignRuns(page, quote, [{ page: 0, quote: 1 }], 3)).toEqual([]);
    expect(alignRuns(page, quote, [{ page: 1, quote: 1 }], 3)).toEqual([{ pageStart: 0, pageEnd: 5, quoteStart: 0, quoteEnd: 5 }]);
  });

  it('grows each seed to the longest run of equal words, once per diagonal', () => {
    const { page, quote } = align(`He said ${QUOTE} Then he left.`, QUOTE);
    const runs = alignRuns(page, quote, allSeeds(page, quote, 3), 3);
    expect(runs).toEqual([{ pageStart: 2, pageEnd: 2 + quote.length, quoteStart: 0, quoteEnd: quote.length }]);
  });
});

describe('passages', () => {
  it('keep a quotation with a changed word as one passage and one highlighted span', () => {
    const { passages } = align(QUOTE.replace('better', 'much'), QUOTE);
    expect(passages).toHaveLength(1);
    expect(passageSpans(passages[0]!)).toHaveLength(1);
    expect(quoteWordsCovered(passages)).toBe(words(QUOTE).length - 1);
  });

  it('join the two sides of an ellipsis', () => {
    const page = 'Trust leaders support the ambition to deliver … and have been at the forefront of work to achieve this.';
    const { passages } = align(page, QUOTE);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.runs.length).toBeGreaterThanOrEqual(2);
    expect(passageSpans(passages[0]!)).toHaveLength(1);
  });

  it('split the highlight where the page interrupts the quotation, but keep one passage', () => {
    const page =
      '“Trust leaders support the ambition to deliver better integrated health and care services for patients,” she said, “and have been at the forefront of work to achieve this.”';
    const { passages } = align(page, QUOTE);
    expect(passages).toHaveLength(1);
    const spans = passageSpans(passages[0]!);
    expect(spans).toHaveLength(2);
    const tokens = tokenize(page);
    const highlighted = charRanges(tokens, spans).map((r) => page.slice(r.start, r.end));
    expect(highlighted[0]).toMatch(/^Trust leaders.*for patients$/);
    expect(highlighted[1]).toMatch(/^and have been.*achieve this$/);
  });

  it('grow across a changed word near either end, which seeds cannot reach', () => {
    const changed = QUOTE.replace('support', 'back').replace('work', 'efforts');
    const { passages } = align(changed, QUOTE, 5);
    expect(passages).toHaveLength(1);
    const spans = passageSpans(passages[0]!);
    expect(spans).toEqual([{ start: 0, end: words(QUOTE).length }]);
  });

  it('keep quotations in different order apart', () => {
    const page = 'and have been at the forefront of work to achieve this. Trust leaders support the ambition to deliver better';
    const { passages } = align(page, QUOTE);
    expect(passages).toHaveLength(2);
  });
});

describe('charRanges', () => {
  it('maps token spans to the words’ characters, sorted and merged', () => {
    const text = '  “Hello,” she said — world.  ';
    const tokens = tokenize(text);
    expect(charRanges(tokens, [{ start: 3, end: 4 }, { start: 0, end: 1 }, { start: 1, end: 2 }])).toEqual([
      { start: text.indexOf('Hello'), end: text.indexOf('she') + 3 },
      { start: text.indexOf('world'), end: text.indexOf('world') + 5 },
    ]);
  });
});

describe('commonWordCount', () => {
  it('counts words in common in order', () => {
    expect(commonWordCount(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'b'])).toBe(3);
    expect(commonWordCount([], ['a'])).toBe(0);
    expect(commonWordCount(words(QUOTE), words(QUOTE))).toBe(words(QUOTE).length);
  });
});
