// A learned ranker over who may have spoken a quotation. For each quotation the
// extractor lists the people the page names near it (each person once, by their
// nearest mention) and "nobody" (an organisation speaks, or the page names no one);
// this module turns each candidate into a few general features — where it stands
// relative to the quotation, whether a speech verb joins them, whether it is the
// previous quotation's speaker, whether the rules chose it — and scores them with a
// conditional logit model whose weights were fitted on the development set's tuning
// half only (test-support/capture/fit-speaker-ranker.ts writes ./speaker-ranker-weights.json).
// Hand rules learnt on one set of pages did not carry to unseen ones; weights fitted on
// general features are the alternative the issue asked to measure.
import { SPEECH_VERB } from './attribution-cues';
import weights from './speaker-ranker-weights.json';

/** One mention of a person, as the extractor resolved it. */
export interface RankedMention {
  start: number;
  end: number;
  /** The person it stands for (same key for "Jane Doe", "Ms Doe" and "Doe"). */
  key: string;
  /** Someone spoken to or about ("called on X", "told X"). */
  object: boolean;
  /** The page states a role or an organisation for this person somewhere. */
  described: boolean;
  /** A person the corpus knows. */
  known: boolean;
}

/** The quotation and the page around it. */
export interface RankingQuote {
  text: string;
  open: number;
  close: number;
  /** Start of the sentence (or lead-in clause) introducing the quotation. */
  leadFrom: number;
  /** End of the sentence holding the closing mark. */
  sentenceTo: number;
  /** Where the previous quotation closed (0 for the first). */
  previousClose: number;
  previousKey?: string;
  /** Whom the hand rules chose: a person's key, 'nobody' for an organisation or no one, undefined when they found nothing. */
  ruleKey?: string;
  /** The person a he/she in the lead-in stands for under the rules' gender agreement. */
  pronounKey?: string;
}

/** "Nobody": an organisation speaks, or the page names no speaker. */
export const NOBODY = 'nobody';

/** How far before a quotation a person may be named and still be a candidate (a continuation's reach). */
export const CANDIDATE_REACH = 1500;
/** At most this many people, nearest first, compete for a quotation. */
const MAX_CANDIDATES = 6;
/** A speech verb this close after a name is that name's verb ("X said", "X, who …, said" is farther). */
const VERB_AFTER_REACH = 40;
/** A speech verb this close before a name makes the name its subject ("…", said X). */
const VERB_BEFORE_REACH = 12;

/** Feature names, in the order of the weight vector (the JSON stores them to check the order). */
export const FEATURES = [
  'nobody',
  'nobody-by-rule',
  'chosen-by-rule',
  'rules-found-nothing',
  'in-lead-in',
  'in-trailing-clause',
  'verb-after-name',
  'verb-before-name',
  'log-distance',
  'sentences-back',
  'people-between',
  'previous-speaker',
  'object',
  'described',
  'known',
  'pronoun-antecedent',
  'mentions',
] as const;

export interface Candidate {
  key: string;
  /** The mention the features were read from (undefined for nobody). */
  mention?: RankedMention;
  features: number[];
}

const speechVerbIn = (text: string): RegExpExecArray | null => new RegExp(SPEECH_VERB.source).exec(text);

/** Sentence ends between two positions ("." or "!" or "?" then a space, or a line break). */
function sentenceBreaks(text: string, from: number, to: number): number {
  return (text.slice(from, to).match(/[.!?]["”’]?\s|\n+/g) ?? []).length;
}

function personFeatures(q: RankingQuote, key: string, before: RankedMention | undefined, after: RankedMention | undefined, all: readonly RankedMention[]): number[] {
  const m = (before ?? after) as RankedMention;
  const inLeadIn = !!before && before.start >= q.leadFrom;
  const inTrailing = !!after;
  const afterText = q.text.slice(m.end, Math.min(m.end + VERB_AFTER_REACH, before ? q.open : q.sentenceTo));
  const verbAfter = speechVerbIn(afterText);
  const beforeText = q.text.slice(Math.max(q.close, m.start - VERB_BEFORE_REACH), m.start);
  const distance = before ? q.open - before.end : after ? after.start - q.close : CANDIDATE_REACH;
  const between = before ? new Set(all.filter((o) => o.start > before.end && o.end <= q.open && o.key !== key).map((o) => o.key)).size : 0;
  const count = all.filter((o) => o.key === key).length;
  return [
    0,
    0,
    q.ruleKey === key ? 1 : 0,
    q.ruleKey === undefined ? 1 : 0,
    inLeadIn ? 1 : 0,
    inTrailing ? 1 : 0,
    verbAfter ? 1 : 0,
    after && speechVerbIn(beforeText) ? 1 : 0,
    Math.log1p(Math.max(0, distance)) / Math.log1p(CANDIDATE_REACH),
    before ? Math.min(4, sentenceBreaks(q.text, before.end, q.leadFrom)) / 4 : 0,
    Math.min(3, between) / 3,
    q.previousKey === key ? 1 : 0,
    m.object ? 1 : 0,
    m.described ? 1 : 0,
    m.known ? 1 : 0,
    q.pronounKey === key ? 1 : 0,
    Math.min(1, Math.log1p(count) / Math.log1p(10)),
  ];
}

/**
 * The candidates for one quotation: each person named within reach before it (by their
 * mention nearest to it) or in its trailing clause, nearest first, then nobody.
 * `mentions` are sorted by start and lie outside quotations.
 */
export function candidatesFor(q: RankingQuote, mentions: readonly RankedMention[]): Candidate[] {
  const before = new Map<string, RankedMention>();
  const after = new Map<string, RankedMention>();
  for (const m of mentions) {
    if (m.end <= q.open && q.open - m.end <= CANDIDATE_REACH) before.set(m.key, m);
    else if (m.start >= q.close && m.end <= q.sentenceTo && !after.has(m.key)) after.set(m.key, m);
  }
  const nearness = (key: string) => Math.min(q.open - (before.get(key)?.end ?? -Infinity), (after.get(key)?.start ?? Infinity) - q.close);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => nearness(a) - nearness(b)).slice(0, MAX_CANDIDATES);
  const nearby = mentions.filter((m) => m.end <= q.sentenceTo && q.open - m.end <= CANDIDATE_REACH);
  const people = keys.map((key): Candidate => {
    const mention = before.get(key) ?? after.get(key);
    return { key, ...(mention ? { mention } : {}), features: personFeatures(q, key, before.get(key), after.get(key), nearby) };
  });
  const nobody = FEATURES.map((f) => (f === 'nobody' ? 1 : f === 'nobody-by-rule' && q.ruleKey === NOBODY ? 1 : f === 'rules-found-nothing' && q.ruleKey === undefined ? 1 : 0));
  return [...people, { key: NOBODY, features: nobody }];
}

export function score(features: readonly number[], w: readonly number[]): number {
  return features.reduce((sum, f, i) => sum + f * (w[i] ?? 0), 0);
}

/** Softmax probabilities of the candidates under weights `w`. */
export function probabilities(candidates: readonly Candidate[], w: readonly number[]): number[] {
  const scores = candidates.map((c) => score(c.features, w));
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
}

/** The fitted weights, checked against the feature list they were fitted for. */
export function fittedWeights(): number[] {
  const stored = weights as { features: string[]; weights: number[] };
  if (stored.features.join() !== FEATURES.join()) throw new Error('speaker-ranker-weights.json was fitted for other features: run test-support/capture/fit-speaker-ranker.ts');
  return stored.weights;
}

/** The most probable candidate and its probability. */
export function rank(candidates: readonly Candidate[], w: readonly number[] = fittedWeights()): { candidate: Candidate; probability: number } {
  const p = probabilities(candidates, w);
  let best = 0;
  for (let i = 1; i < p.length; i++) if ((p[i] as number) > (p[best] as number)) best = i;
  return { candidate: candidates[best] as Candidate, probability: p[best] as number };
}
