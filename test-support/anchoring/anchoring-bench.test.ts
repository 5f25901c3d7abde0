import { describe, expect, it } from 'vitest';
import { anchorAll } from '../../lib/anchoring/anchor';
import { judge, overlap, runAnchoringBench } from './anchoring-bench';
import { BENCH_HIGHLIGHTS, EDIT_KINDS, HIGHLIGHT_WORDS, buildBenchPages } from './bench-pages';
import { hypothesisAnchorAll } from './hypothesis-baseline';

const pages = buildBenchPages();
const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const byKind = (kind: string) => pages.highlights.filter((h) => h.kind === kind);

describe('buildBenchPages', () => {
  it('is the same on every run', () => {
    const again = buildBenchPages();
    expect(again.changed).toBe(pages.changed);
    expect(again.highlights).toEqual(pages.highlights);
  });

  it('makes highlights of the set length, half of them unchanged and the rest edited each way in turn', () => {
    expect(pages.highlights).toHaveLength(BENCH_HIGHLIGHTS);
    for (const h of pages.highlights) {
      const count = h.selectors.quote.exact.split(/\s+/).length;
      expect(count).toBeGreaterThanOrEqual(HIGHLIGHT_WORDS.min);
      expect(count).toBeLessThanOrEqual(HIGHLIGHT_WORDS.max);
    }
    expect(byKind('unchanged')).toHaveLength(BENCH_HIGHLIGHTS / 2);
    for (const kind of EDIT_KINDS) expect(byKind(kind)).toHaveLength(BENCH_HIGHLIGHTS / 2 / EDIT_KINDS.length);
  });

  it('knows where each highlight’s text is on the changed page', () => {
    const at = (h: (typeof pages.highlights)[number]) => pages.changed.slice(h.expected.start, h.expected.end);
    for (const h of [...byKind('unchanged'), ...byKind('inserted-before')]) expect(at(h)).toBe(h.selectors.quote.exact);
    for (const h of byKind('whitespace')) {
      expect(at(h)).not.toBe(h.selectors.quote.exact);
      expect(words(at(h))).toBe(words(h.selectors.quote.exact));
    }
    const letters = (s: string) => s.replace(/[^a-z]/gi, '');
    for (const h of byKind('punctuation')) expect(letters(at(h))).toBe(letters(h.selectors.quote.exact));
    for (const h of byKind('word')) expect(letters(at(h))).not.toBe(letters(h.selectors.quote.exact));
    // Every highlight has moved: a banner was inserted at the top.
    for (const h of pages.highlights) expect(h.expected.start).toBeGreaterThan(h.selectors.position.start);
  });
});

describe('judge', () => {
  it('counts an anchor on the right text as correct, elsewhere as incorrect, and none as an orphan', () => {
    const [a, b, c] = pages.highlights;
    const shifted = { start: b!.expected.start + 500, end: b!.expected.end + 500, score: 1 };
    const result = judge([a!, b!, c!], [{ ...a!.expected, score: 1 }, shifted, null]);
    expect(result).toMatchObject({ correct: 1, incorrect: 1, orphans: 1, anchored: 2 });
    expect(overlap(a!.expected, a!.expected)).toBe(1);
    expect(overlap(a!.expected, shifted)).toBe(0);
  });
});

describe('the anchoring benchmark', () => {
  it('anchors the unchanged half exactly where the Hypothesis method does', () => {
    const unchanged = byKind('unchanged');
    const selectors = unchanged.map((h) => h.selectors);
    const ours = anchorAll(pages.changed, selectors);
    const theirs = hypothesisAnchorAll(pages.changed, selectors);
    ours.forEach((anchor, i) => {
      expect(anchor).toMatchObject({ start: unchanged[i]!.expected.start, end: unchanged[i]!.expected.end });
      expect(theirs[i]).toMatchObject({ start: anchor!.start, end: anchor!.end });
    });
  });

  it('anchors every highlight correctly, faster than the Hypothesis method', () => {
    const result = runAnchoringBench({ runs: 1 });
    expect(result.highlights).toBe(BENCH_HIGHLIGHTS);
    expect(result.ours).toMatchObject({ correct: BENCH_HIGHLIGHTS, incorrect: 0, orphans: 0 });
    expect(result.ours.totalMs).toBeLessThan(result.hypothesis.totalMs);
  });
});
