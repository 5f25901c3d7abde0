// `npx tsx test-support/capture/fit-speaker-ranker.ts`: fits the speaker ranker's weights
// (lib/capture/speaker-ranker.ts) on the development set's TUNING half only and writes
// lib/capture/speaker-ranker-weights.json. Deterministic: weights start at zero and take a
// fixed number of full-batch gradient steps on the conditional-logit log-likelihood with
// an L2 penalty, so the same pages and features always give the same file.
// It then prints, per half, how often the top candidate is the labelled speaker for the
// rules alone, the ranker, and the ranker without the rules' choice among its features
// (held-back figures are aggregates only; the fresh sets are never read here).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpusFromDisk } from '../../browser-tests/support/corpus-on-disk';
import { speakerRankingRecords } from '../../lib/capture/attribution';
import { type Candidate, FEATURES, NOBODY, probabilities, rank } from '../../lib/capture/speaker-ranker';
import { type DevPage, type Half, loadDevSet } from './dev-set';
import { normaliseName } from './dev-set-score';

/** Full-batch gradient steps: enough for the log-likelihood to stop moving in the fourth decimal. */
const STEPS = 4000;
const LEARNING_RATE = 0.5;
/** L2 penalty: with some 140 quotations, keeps weights of rarely-seen features from running off. */
const L2 = 0.01;
/** Features the rules supply; the "without rules" variant zeroes them. */
const RULE_FEATURES = new Set<string>(['chosen-by-rule', 'rules-found-nothing', 'nobody-by-rule']);

interface Example {
  candidates: Candidate[];
  /** Index of the labelled speaker among the candidates. */
  target: number;
}

/** Each labelled quotation the extractor found, with the candidate that is its labelled speaker (when one is). */
function examples(pages: readonly DevPage[]): { examples: Example[]; quotations: number } {
  const known = loadCorpusFromDisk();
  const found: Example[] = [];
  let quotations = 0;
  for (const page of pages) {
    const records = speakerRankingRecords(page.text, known);
    for (const label of page.quotes) {
      const record = records.find((r) => Math.min(r.end, label.end) - Math.max(r.start, label.start) >= (label.end - label.start) / 2);
      if (!record) continue;
      quotations++;
      const wanted = label.speaker ? normaliseName(label.speaker) : NOBODY;
      const target = record.candidates.findIndex((c) => (c.key === NOBODY ? NOBODY : normaliseName(record.names.get(c.key) ?? '')) === wanted);
      if (target >= 0) found.push({ candidates: record.candidates, target });
    }
  }
  return { examples: found, quotations };
}

function masked(list: readonly Example[], drop: ReadonlySet<string>): Example[] {
  const keep = FEATURES.map((f) => !drop.has(f));
  return list.map((e) => ({ ...e, candidates: e.candidates.map((c) => ({ ...c, features: c.features.map((v, i) => (keep[i] ? v : 0)) })) }));
}

export function fit(list: readonly Example[]): number[] {
  const w = FEATURES.map(() => 0);
  for (let step = 0; step < STEPS; step++) {
    const gradient = w.map((v) => -L2 * v * list.length);
    for (const e of list) {
      const p = probabilities(e.candidates, w);
      e.candidates.forEach((c, i) => {
        const weight = (i === e.target ? 1 : 0) - (p[i] as number);
        c.features.forEach((v, j) => (gradient[j] = (gradient[j] as number) + weight * v));
      });
    }
    w.forEach((_, j) => (w[j] = (w[j] as number) + (LEARNING_RATE * (gradient[j] as number)) / list.length));
  }
  return w.map((v) => Math.round(v * 1e4) / 1e4);
}

const right = (list: readonly Example[], choose: (e: Example) => Candidate): number => list.filter((e) => choose(e) === e.candidates[e.target]).length;

function main(): void {
  const pages = loadDevSet();
  const byHalf = (half: Half) => examples(pages.filter((p) => p.half === half));
  const tuning = byHalf('tuning');
  const weights = fit(tuning.examples);
  const withoutRules = fit(masked(tuning.examples, RULE_FEATURES));
  const out = fileURLToPath(new URL('../../lib/capture/speaker-ranker-weights.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify({ fittedOn: 'capture dev set, tuning half', features: FEATURES, weights }, null, 2)}\n`);
  console.log('weights:', Object.fromEntries(FEATURES.map((f, i) => [f, weights[i]])));
  const ruleChoice = (e: Example) => e.candidates.find((c) => c.features[FEATURES.indexOf('chosen-by-rule')] === 1 || (c.key === NOBODY && c.features[FEATURES.indexOf('nobody-by-rule')] === 1)) ?? (e.candidates.at(-1) as Candidate);
  for (const [half, data] of [['tuning', tuning], ['held-back', byHalf('held-back')]] as const) {
    const n = data.quotations;
    const pct = (k: number) => `${((k / n) * 100).toFixed(1)}% (${k}/${n})`;
    console.log(
      `${half}: speaker among candidates ${pct(data.examples.length)}; top choice right — rules ${pct(right(data.examples, ruleChoice))}, ` +
        `ranker ${pct(right(data.examples, (e) => rank(e.candidates, weights).candidate))}, ` +
        `ranker without the rules' choice ${pct(right(masked(data.examples, RULE_FEATURES), (e) => rank(e.candidates, withoutRules).candidate))}`,
    );
  }
}

main();
