import { describe, expect, it } from 'vitest';
import { CHANCE_CONTEXT_SIMILARITY, type Evidence, bestPossibleScore, matchScore, proximity } from './match-score';

const perfect: Evidence = {
  quoteLength: 20,
  quoteSimilarity: 1,
  prefixLength: 32,
  prefixSimilarity: 1,
  suffixLength: 32,
  suffixSimilarity: 1,
};

describe('matchScore', () => {
  it('is 1 for the quote and its context unchanged where expected', () => {
    expect(matchScore(perfect, proximity(100, 100, 1000))).toBe(1);
    expect(bestPossibleScore(1)).toBe(1);
  });

  it('ranks more of the saved text found above less, whatever the position', () => {
    const editedHere = matchScore({ ...perfect, quoteSimilarity: 0.9 }, 1);
    const intactFarAway = matchScore(perfect, proximity(900, 0, 1000));
    const contextLost = matchScore({ ...perfect, prefixSimilarity: CHANCE_CONTEXT_SIMILARITY }, 1);
    expect(intactFarAway).toBeGreaterThan(editedHere);
    expect(editedHere).toBeGreaterThan(contextLost);
  });

  it('lets nearness decide only between equally good candidates', () => {
    expect(matchScore(perfect, proximity(110, 100, 1000))).toBeGreaterThan(matchScore(perfect, proximity(300, 100, 1000)));
    expect(matchScore(perfect, proximity(300, 100, 1000))).toBeLessThanOrEqual(bestPossibleScore(proximity(300, 100, 1000)));
  });

  it('gives context similar only by chance no weight, so a short quote needs its real context', () => {
    const chance = { prefixSimilarity: CHANCE_CONTEXT_SIMILARITY, suffixSimilarity: CHANCE_CONTEXT_SIMILARITY };
    const short = matchScore({ ...perfect, quoteLength: 3, ...chance }, 1);
    const long = matchScore({ ...perfect, quoteLength: 300, ...chance }, 1);
    expect(short).toBeLessThan(0.1);
    expect(long).toBeGreaterThan(0.8);
  });
});
