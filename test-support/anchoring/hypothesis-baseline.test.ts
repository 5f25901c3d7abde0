import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../lib/corpus/bundled-corpus';
import { describeOffsets } from '../../lib/anchoring/describe';
import { hypothesisAnchor, hypothesisAnchorAll, matchQuote } from './hypothesis-baseline';

const text = loadBundledCorpus().statements[0]!.text;

describe('the Hypothesis baseline', () => {
  const start = text.indexOf('NHS and local government leaders');
  const saved = describeOffsets(text, start, start + 120)!;

  it('anchors an unchanged quote at its position, as html.ts does before matching', () => {
    expect(hypothesisAnchor(text, saved)).toEqual({ start, end: start + 120, score: 1 });
  });

  it('finds a moved, edited quote by approximate search, scored by its context', () => {
    const edited = saved.quote.exact.replace('great strides', 'big steps');
    const changed = `A new introduction.\n${text.slice(0, start)}${edited}${text.slice(start + 120)}`;
    const found = hypothesisAnchor(changed, saved)!;
    expect(found.start).toBe(start + 'A new introduction.\n'.length);
    expect(found.score).toBeLessThan(1);
  });

  it('prefers the occurrence whose context matches, then the one nearest the hint', () => {
    const repeated = 'alpha one two three omega. beta one two three gamma. alpha one two three omega.';
    const at = [...repeated.matchAll(/one two three/g)].map((m) => m.index);
    const byContext = matchQuote(repeated, 'one two three', { prefix: 'beta ', suffix: ' gamma', hint: at[0] });
    expect(byContext?.start).toBe(at[1]);
    const byHint = matchQuote(repeated, 'one two three', { prefix: 'alpha ', suffix: ' omega', hint: at[2] });
    expect(byHint?.start).toBe(at[2]);
  });

  it('anchors every highlight of a batch separately, in order', () => {
    const other = describeOffsets(text, 10, 40)!;
    expect(hypothesisAnchorAll(text, [other, saved]).map((a) => a?.start)).toEqual([10, start]);
  });
});
