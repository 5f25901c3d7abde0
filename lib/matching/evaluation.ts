// Measures recognition on the labelled evaluation set (evaluation-set.ts): how
// many known statements and quotes are found where they are, and how many are
// reported where they are not. `npm run bench` prints the rows; the parameters in
// fingerprints.ts, build-index.ts and detect.ts were chosen with them.
import type { Corpus } from '../corpus/build-corpus';
import { urlKey } from '../url-key';
import { buildIndexEntries } from './build-index';
import { commonWordCount } from './common-words';
import { DEFAULT_DETECT_PARAMS, type DetectParams, type Detection, type DetectedQuote, QUOTE_MIN_WORDS, detectSync } from './detect';
import { EVALUATION_SEED, type EvaluationPage, evaluationPages, urlCases } from './evaluation-set';
import type { DocSource } from './index-types';
import { MemoryFingerprintStore } from './memory-store';
import { tokenize } from './tokens';
import { syntheticDocSources } from './synthetic-corpus';

/**
 * Synthetic statements (with their quotes) indexed beside the corpus, so that the
 * evaluation runs against an index where the corpus is not alone and document
 * numbers are not small and dense. Their text is pseudo-words: they must never match.
 */
const DISTRACTOR_STATEMENTS = 1000;
const DISTRACTOR_SEED = 99;

export interface EvaluationRow {
  case: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** TP / (TP + FP); 1 when nothing was reported. */
  precision: number;
  /** TP / (TP + FN); 1 when nothing was expected. */
  recall: number;
  /** What else the row's numbers need to be read correctly. */
  note?: string;
}

interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Found, not labelled, but truly on the page: another quote sharing the words. */
  incidental: number;
}

const emptyTally = (): Tally => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, incidental: 0 });

function row(name: string, t: Tally, note?: string): EvaluationRow {
  const reported = t.truePositives + t.falsePositives;
  const expected = t.truePositives + t.falseNegatives;
  return {
    case: name,
    truePositives: t.truePositives,
    falsePositives: t.falsePositives,
    falseNegatives: t.falseNegatives,
    precision: reported === 0 ? 1 : t.truePositives / reported,
    recall: expected === 0 ? 1 : t.truePositives / expected,
    ...(note ? { note } : {}),
  };
}

function add(into: Tally, t: Tally): void {
  into.truePositives += t.truePositives;
  into.falsePositives += t.falsePositives;
  into.falseNegatives += t.falseNegatives;
  into.incidental += t.incidental;
}

/** The corpus's statements and quotes as index sources. */
export function corpusDocSources(corpus: Corpus): DocSource[] {
  return [
    ...corpus.statements.map((s) => ({ kind: 'statement' as const, refId: s.id, statementId: s.id, text: s.text })),
    ...corpus.quotes.map((q) => ({ kind: 'quote' as const, refId: q.id, statementId: q.statementId, text: q.text })),
  ];
}

function scoreStatements(page: EvaluationPage, detection: Detection): Tally {
  const t = emptyTally();
  const found = new Set(detection.statements.map((s) => s.statementId));
  if (page.statementId !== undefined) {
    if (found.has(page.statementId)) t.truePositives++;
    else t.falseNegatives++;
  }
  for (const id of found) if (id !== page.statementId) t.falsePositives++;
  return t;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Share of a reported passage's words that must be the quote's words, in order, for
 * an unlabelled report to be genuine: a changed word or two in a clause of a dozen.
 */
const GENUINE_PASSAGE_SHARE = 0.8;

/**
 * Whether the page really carries the quote where an unlabelled report puts it:
 * the reported ranges' words hold at least QUOTE_MIN_WORDS of the quote's words in
 * order (longest common subsequence, computed here from scratch), and are mostly
 * the quote's words. A copy of a statement carries its quotes; a speaker can
 * repeat a clause in two statements; a quote can contain a shorter one.
 */
function genuine(pageText: string, found: DetectedQuote, quoteText: string): boolean {
  const pageWords = found.ranges.flatMap((r) => tokenize(pageText.slice(r.start, r.end)).map((t) => t.word));
  const common = commonWordCount(
    pageWords,
    tokenize(quoteText).map((t) => t.word),
  );
  return common >= QUOTE_MIN_WORDS && common >= GENUINE_PASSAGE_SHARE * pageWords.length;
}

/**
 * Quote-level scoring: a labelled quotation is found when a reported quote with its
 * id has a range overlapping the place it was put. A reported quote that matches no
 * label is a false positive unless the page genuinely carries it there (see
 * genuine()); then it is incidental, and counted neither way.
 */
function scoreQuotes(page: EvaluationPage, detection: Detection, quoteText: Map<string, string>): Tally {
  const t = emptyTally();
  for (const insertion of page.insertions) {
    const hit = detection.quotes.some(
      (q) => q.quoteId === insertion.quoteId && q.ranges.some((r) => overlaps(r, insertion)),
    );
    if (hit) t.truePositives++;
    else t.falseNegatives++;
  }
  for (const found of detection.quotes) {
    const labelled = page.insertions.some((i) => i.quoteId === found.quoteId && found.ranges.some((r) => overlaps(r, i)));
    if (labelled) continue;
    if (genuine(page.text, found, quoteText.get(found.quoteId) ?? '')) t.incidental++;
    else t.falsePositives++;
  }
  return t;
}

function scoreUrls(corpus: Corpus): Tally {
  const t = emptyTally();
  const byKey = new Map<string, string>();
  for (const s of corpus.statements) {
    for (const u of [s.canonicalUrl, ...s.otherUrls]) {
      const key = urlKey(u);
      if (key) byKey.set(key, s.id);
    }
  }
  for (const c of urlCases(corpus)) {
    const key = urlKey(c.url);
    const found = key === null ? undefined : byKey.get(key);
    if (c.statementId === null) {
      if (found !== undefined) t.falsePositives++;
    } else if (found === c.statementId) t.truePositives++;
    else {
      t.falseNegatives++;
      if (found !== undefined) t.falsePositives++;
    }
  }
  return t;
}

/**
 * Precision and recall of recognition on the evaluation set: one row per case,
 * then one per copy variant, quotation form and negative kind. `shown` picks the
 * quotes a user would see among those detected (all of them by default; the
 * sidebar's rule is shownQuotes).
 */
export function evaluate(
  corpus: Corpus,
  params: DetectParams = DEFAULT_DETECT_PARAMS,
  seed: number = EVALUATION_SEED,
  shown: (quotes: DetectedQuote[]) => DetectedQuote[] = (quotes) => quotes,
): EvaluationRow[] {
  const corpusEntries = buildIndexEntries(corpusDocSources(corpus), 1, params);
  const distractors = buildIndexEntries(
    syntheticDocSources(DISTRACTOR_STATEMENTS, DISTRACTOR_SEED),
    corpusEntries.docs.length + 1,
    params,
  );
  const store = new MemoryFingerprintStore(corpusEntries, distractors);
  const quoteText = new Map(corpus.quotes.map((q) => [q.id, q.text]));

  const statements = emptyTally();
  const quotes = emptyTally();
  let incidentalOnCopies = 0;
  const byLabel = new Map<string, { statements: Tally; quotes: Tally; kind: EvaluationPage['kind']; pages: number }>();
  for (const page of evaluationPages(corpus, seed)) {
    const detected = detectSync(page.text, store, params);
    const detection = { ...detected, quotes: shown(detected.quotes) };
    const s = scoreStatements(page, detection);
    const q = scoreQuotes(page, detection, quoteText);
    add(statements, s);
    add(quotes, q);
    if (page.kind === 'copy') incidentalOnCopies += q.incidental;
    const key = `${page.kind}: ${page.label}`;
    const entry = byLabel.get(key) ?? { statements: emptyTally(), quotes: emptyTally(), kind: page.kind, pages: 0 };
    add(entry.statements, s);
    add(entry.quotes, q);
    entry.pages++;
    byLabel.set(key, entry);
  }

  const rows: EvaluationRow[] = [
    row('case 1: statement by URL', scoreUrls(corpus)),
    row('case 2: copy of a statement', statements),
    row(
      'case 3: quotes on other pages',
      quotes,
      `also found, not counted: ${incidentalOnCopies} quotes carried by copies of their statement, ` +
        `${quotes.incidental - incidentalOnCopies} other quotes sharing a clause with a quotation`,
    ),
  ];
  for (const [label, entry] of [...byLabel].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (entry.kind === 'copy') rows.push(row(`case 2 · ${label}`, entry.statements));
    else if (entry.kind === 'quoting') rows.push(row(`case 3 · ${label}`, entry.quotes));
    else {
      const both = emptyTally();
      add(both, entry.statements);
      add(both, entry.quotes);
      rows.push(row(`cases 2+3 · ${label}`, both, `${entry.pages} pages that must match nothing`));
    }
  }
  return rows;
}
