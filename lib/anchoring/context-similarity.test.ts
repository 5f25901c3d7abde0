import { describe, expect, it } from 'vitest';
import { contextSimilarity } from './context-similarity';

const TEXT = 'the bill will help trusts to plan services together across the region';

describe('contextSimilarity', () => {
  it('is 1 for the same context on either side, read outwards from the quote', () => {
    const quoteStart = TEXT.indexOf('trusts');
    const quoteEnd = quoteStart + 'trusts'.length;
    expect(contextSimilarity('will help ', TEXT, quoteStart, 'before')).toBe(1);
    expect(contextSimilarity(' to plan', TEXT, quoteEnd, 'after')).toBe(1);
  });

  it('is 1 for an empty context, which carries no evidence either way', () => {
    expect(contextSimilarity('', TEXT, 5, 'before')).toBe(1);
  });

  it('charges an inserted word at most its own length, not the whole shifted context', () => {
    const at = TEXT.indexOf('trusts');
    const stored = 'bill will help ';
    const edited = 'the bill will greatly help trusts';
    const withInsert = contextSimilarity(stored, edited, edited.indexOf('trusts'), 'before');
    expect(withInsert).toBeGreaterThanOrEqual(1 - 'greatly '.length / stored.length);
    expect(withInsert).toBeLessThan(contextSimilarity(stored, TEXT, at, 'before'));
  });

  it('ranks a lightly edited context above an unrelated one', () => {
    const stored = ' to plan services together';
    const edited = 'trusts to plan their services together';
    const unrelated = 'trusts were not consulted at all on it';
    const light = contextSimilarity(stored, edited, 'trusts'.length, 'after');
    const none = contextSimilarity(stored, unrelated, 'trusts'.length, 'after');
    expect(light).toBeGreaterThan(none);
    expect(none).toBeLessThan(0.5);
  });

  it('counts context missing at the edge of the text as edits', () => {
    expect(contextSimilarity('xx the', TEXT, 3, 'before')).toBeCloseTo(1 - 3 / 6);
    expect(contextSimilarity('region and more', TEXT, TEXT.length - 'region'.length, 'after')).toBeCloseTo('region'.length / 15);
  });
});
