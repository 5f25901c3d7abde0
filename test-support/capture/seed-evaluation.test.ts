import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../lib/corpus/bundled-corpus';
import { evaluateExtractor, formatEvaluation } from './seed-evaluation';

describe('evaluateExtractor on the five seeds', () => {
  const rows = evaluateExtractor(loadBundledCorpus());
  const overall = rows.at(-1)!;

  it('reports one row per statement and an overall row', () => {
    console.log(formatEvaluation(rows));
    expect(rows.map((r) => r.statementId)).toHaveLength(6);
    expect(overall.statementId).toBe('overall');
    expect(overall.curatedQuotes).toBe(23);
  });

  it('attributes at least 90% of curated quotes to the right speaker', () => {
    expect(overall.speakerAccuracy, `missed: ${overall.speakerMisses.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('finds quote boundaries closely at character level', () => {
    expect(overall.charPrecision).toBeGreaterThan(0.9);
    expect(overall.charRecall).toBeGreaterThan(0.9);
  });

  it('reports stance agreement as a share (no target)', () => {
    expect(overall.stanceAgreement).toBeGreaterThanOrEqual(0);
    expect(overall.stanceAgreement).toBeLessThanOrEqual(1);
  });
});
