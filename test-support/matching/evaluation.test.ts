import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../lib/corpus/bundled-corpus';
import { DEFAULT_DETECT_PARAMS } from '../../lib/matching/detect';
import { evaluate } from './evaluation';

const corpus = loadBundledCorpus();
const rows = evaluate(corpus);
const main = (name: string) => rows.find((r) => r.case.startsWith(name))!;

describe('evaluate', () => {
  it('reports the three cases first, then one row per variant, form and negative kind', () => {
    expect(rows.slice(0, 3).map((r) => r.case.slice(0, 6))).toEqual(['case 1', 'case 2', 'case 3']);
    expect(rows.filter((r) => r.case.startsWith('case 2 ·')).length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.case.startsWith('case 3 ·')).length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.case.startsWith('cases 2+3 ·')).length).toBe(3);
  });

  it('computes precision and recall from the counts', () => {
    for (const r of rows) {
      const reported = r.truePositives + r.falsePositives;
      const expected = r.truePositives + r.falseNegatives;
      expect(r.precision).toBe(reported === 0 ? 1 : r.truePositives / reported);
      expect(r.recall).toBe(expected === 0 ? 1 : r.truePositives / expected);
    }
  });

  it('meets the targets: precision and recall of at least 0.95 for every case', () => {
    for (const name of ['case 1', 'case 2', 'case 3']) {
      expect(main(name).truePositives).toBeGreaterThan(30);
      expect(main(name).precision, name).toBeGreaterThanOrEqual(0.95);
      expect(main(name).recall, name).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('finds nothing on pages that carry nothing', () => {
    for (const r of rows.filter((x) => x.case.startsWith('cases 2+3 ·'))) expect(r.falsePositives, r.case).toBe(0);
  });

  it('is the same on every run', () => {
    expect(evaluate(corpus)).toEqual(rows);
  });

  it('can fail: recall collapses when detection demands more than the quotations hold', () => {
    const strict = evaluate(corpus, { ...DEFAULT_DETECT_PARAMS, quoteMinWords: 60, statementMinSimilarity: 1.01 });
    expect(strict.find((r) => r.case.startsWith('case 2'))!.recall).toBe(0);
    expect(strict.find((r) => r.case.startsWith('case 3'))!.recall).toBeLessThan(0.5);
  });
});
