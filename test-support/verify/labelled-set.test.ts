import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../lib/corpus/bundled-corpus';
import { evaluateVerification, scoresOf } from './evaluate';
import { fifthUnseenSet, fourthUnseenSet, labelledSet, secondUnseenSet, seventhUnseenSet, sixthUnseenSet, thirdUnseenSet } from './labelled-set';

const corpus = loadBundledCorpus();

describe('the verification labelled set', () => {
  it('holds at least 60 cases, of every kind the issue names', () => {
    const cases = labelledSet(corpus);
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(cases.map((c) => c.kind));
    for (const kind of ['verbatim', 'wrong-person', 'word-changed', 'negation-dropped', 'ellipsis-stitched', 'not-in-corpus', 'real-page'] as const) {
      expect(kinds.has(kind)).toBe(true);
    }
    // Every labelled quotation is where the case says it is.
    for (const c of cases) for (const q of c.quotations) expect(c.text.slice(q.start, q.end).trim()).not.toBe('');
  });

  it('meets the issue’s targets for misattributed and altered: precision ≥ 95%, recall ≥ 90%', async () => {
    const { scores } = await evaluateVerification(corpus);
    for (const flag of ['misattributed', 'altered'] as const) {
      const score = scores.find((s) => s.flag === flag);
      expect(score?.labelled).toBeGreaterThan(0);
      expect(score?.precision).toBeGreaterThanOrEqual(0.95);
      expect(score?.recall).toBeGreaterThanOrEqual(0.9);
    }
  }, 60_000);

  it('finds ≥ 90% of the tuning half’s unsourced quotations (the held-back half is measured, not held to it: see npm run bench)', async () => {
    const { outcomes } = await evaluateVerification(corpus);
    const unsourced = scoresOf(outcomes.filter((o) => o.half === 'tuning')).find((s) => s.flag === 'unsourced');
    expect(unsourced?.labelled).toBeGreaterThan(0);
    expect(unsourced?.recall).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it('keeps unseen-2 (tuned on since it was measured blind) at unsourced precision ≥ 95% and recall ≥ 90%, its verified quotations verified', async () => {
    const { outcomes } = await evaluateVerification(corpus, secondUnseenSet(corpus));
    const [unsourced, verified] = (['unsourced', 'verified'] as const).map((flag) => scoresOf(outcomes).find((s) => s.flag === flag));
    expect(unsourced?.labelled).toBeGreaterThan(0);
    expect(unsourced?.precision).toBeGreaterThanOrEqual(0.95);
    expect(unsourced?.recall).toBeGreaterThanOrEqual(0.9);
    expect(verified?.labelled).toBeGreaterThan(0);
    expect(verified?.recall).toBe(1);
  }, 60_000);

  it('keeps unseen-3 (tuned on since it was measured blind twice) at unsourced precision ≥ 95% and recall ≥ 90%, nothing flagged that is verified', async () => {
    const { outcomes } = await evaluateVerification(corpus, thirdUnseenSet(corpus));
    const [unsourced, verified, altered] = (['unsourced', 'verified', 'altered'] as const).map((flag) => scoresOf(outcomes).find((s) => s.flag === flag));
    expect(unsourced?.labelled).toBeGreaterThan(0);
    expect(unsourced?.precision).toBeGreaterThanOrEqual(0.95);
    expect(unsourced?.recall).toBeGreaterThanOrEqual(0.9);
    expect(verified?.labelled).toBeGreaterThan(0);
    expect(verified?.recall).toBe(1);
    expect(altered?.precision).toBe(1);
  }, 60_000);

  // unseen-4 was measured blind at stops 14 and 15, unseen-5 at stop 16, unseen-6 at stop 17, unseen-7 at stop 18; all are tuned on since.
  it.each([
    { name: 'unseen-4', set: fourthUnseenSet },
    { name: 'unseen-5', set: fifthUnseenSet },
    { name: 'unseen-6', set: sixthUnseenSet },
    { name: 'unseen-7', set: seventhUnseenSet },
  ])('keeps $name (tuned on since it was measured blind) at unsourced precision ≥ 95% and recall ≥ 90%, nothing else flagged', async ({ set }) => {
    const { outcomes } = await evaluateVerification(corpus, set(corpus));
    const scores = scoresOf(outcomes);
    const unsourced = scores.find((s) => s.flag === 'unsourced');
    expect(unsourced?.labelled).toBeGreaterThan(0);
    expect(unsourced?.precision).toBeGreaterThanOrEqual(0.95);
    expect(unsourced?.recall).toBeGreaterThanOrEqual(0.9);
    // Their quotations are all unsourced or not to be flagged (their READMEs): no other flag belongs on them.
    expect(scores.filter((s) => s.flag !== 'unsourced').map((s) => s.predicted)).toEqual([0, 0, 0]);
  }, 60_000);
});
