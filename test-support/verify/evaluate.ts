// Scores verification on the labelled set (labelled-set.ts): per flag, how many
// quotations were labelled with it, how many verification gave it, how many of those
// agree, and so precision and recall. Runs in Node on fake-indexeddb with the bundled
// corpus installed and indexed, through the same detection and page report as the
// background. Verification runs on every case page, also where no known quote was
// found: the product's gate (a known quote on the page) is not what is measured here.
import { time } from '../../browser-tests/bench/in-page-timing';
import type { Corpus } from '../../lib/corpus/bundled-corpus';
import { installCorpus } from '../../lib/storage/corpus-install';
import { buildPageReport } from '../../lib/storage/page-report';
import { openTestDatabase } from '../../lib/storage/test-db';
import { rebuildTextIndex, textIndexStore } from '../../lib/storage/text-index';
import { knownNames, namePattern, namesAnyone } from '../../lib/verify/known-names';
import { withNameForms } from '../../lib/verify/name-forms';
import { namedPeopleReport, verifyPage } from '../../lib/verify/page-verification';
import { articleParagraphs } from '../bench/bench-pages';
import type { Verification } from '../../lib/verify/verification';
import type { Half } from '../capture/dev-set';
import { type CaseKind, type Label, type VerifyCase, labelledSet } from './labelled-set';

export const FLAGS = ['misattributed', 'altered', 'unsourced', 'verified'] as const;
export type Flag = (typeof FLAGS)[number];

export interface FlagScore {
  flag: Flag;
  labelled: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface Outcome {
  caseId: string;
  kind: CaseKind;
  half: Half;
  label: Label;
  predicted: Label;
  text: string;
}

export interface VerifyEvaluation {
  cases: number;
  quotations: number;
  scores: FlagScore[];
  /** Every quotation judged, labelled or flagged; a wrong one has predicted !== label. */
  outcomes: Outcome[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const asLabel = (v: Verification): Label => (v.status === 'unattributed' ? 'none' : v.status);

/** Precision and recall of each flag over some of the outcomes (one half, say). */
export function scoresOf(outcomes: readonly Outcome[]): FlagScore[] {
  return FLAGS.map((flag): FlagScore => {
    const labelled = outcomes.filter((o) => o.label === flag).length;
    const predicted = outcomes.filter((o) => o.predicted === flag).length;
    const correct = outcomes.filter((o) => o.label === flag && o.predicted === flag).length;
    return { flag, labelled, predicted, correct, precision: predicted ? correct / predicted : 1, recall: labelled ? correct / labelled : 1 };
  });
}

/** Scores `cases` (the labelled set unless told; the second unseen set is scored on its own). */
export async function evaluateVerification(corpus: Corpus, cases: VerifyCase[] = labelledSet(corpus)): Promise<VerifyEvaluation> {
  const db = openTestDatabase();
  try {
    await installCorpus(db, corpus);
    await rebuildTextIndex(db);
    const store = textIndexStore(db);
    const outcomes: Outcome[] = [];
    for (const [i, c] of cases.entries()) {
      const report = await buildPageReport(db, store, { urls: [`http://127.0.0.1:9/verify-set/${i}`], text: c.text });
      const results = await verifyPage(db, c.text, report?.found ?? [], report?.recognised?.statement.id);
      for (const q of c.quotations) {
        const result = results.find((v) => v.ranges.some((r) => overlaps(r, q)));
        outcomes.push({ caseId: c.id, kind: c.kind, half: c.half, label: q.label, predicted: result ? asLabel(result) : 'none', text: c.text.slice(q.start, q.end) });
      }
      // A flag on a quotation nobody labelled is a flag the set says should not be there.
      for (const v of results) {
        if (v.ranges.some((r) => [...c.quotations, ...c.ignored].some((q) => overlaps(r, q)))) continue;
        outcomes.push({ caseId: c.id, kind: c.kind, half: c.half, label: 'none', predicted: asLabel(v), text: v.asQuoted });
      }
    }
    return { cases: cases.length, quotations: outcomes.length, scores: scoresOf(outcomes), outcomes };
  } finally {
    await db.delete();
  }
}

/** Median milliseconds of `runs` runs of `work`. */
const timed = async (runs: number, work: () => Promise<unknown>): Promise<number> => (await time(runs, work)).p50;

/** Runs for the median in timeVerification. */
const TIMING_RUNS = 15;

/** Median milliseconds to verify `text` once its known quotes are found (detection itself not included). */
export async function timeVerification(corpus: Corpus, text: string): Promise<number> {
  const db = openTestDatabase();
  try {
    await installCorpus(db, corpus);
    await rebuildTextIndex(db);
    const report = await buildPageReport(db, textIndexStore(db), { urls: ['http://127.0.0.1:9/verify-timing'], text });
    return await timed(TIMING_RUNS, () => verifyPage(db, text, report?.found ?? [], undefined));
  } finally {
    await db.delete();
  }
}


export interface NameScanCost {
  words: number;
  /** The first page after a change of the people table: the pattern is built (one read of the people). */
  firstMs: number;
  /** Median, a page naming nobody the corpus knows: the whole added cost of issue 15 on such a page. */
  nobodyMs: number;
  /** Median, a page of the same size naming known people: attribution reading and verification. */
  namingMs: number;
  /** Quotations checked on the naming page. */
  checked: number;
}

/**
 * What checking pages with no known quote adds in the background (Node on
 * fake-indexeddb, so a proxy): `sentences` are real sentences the corpus does not
 * hold (test-support/bench/bench-pages.ts), split into those naming a known person
 * and the rest; each page is about `words` words.
 */
export async function timeNameScan(corpus: Corpus, sentences: readonly string[], words: number): Promise<NameScanCost> {
  const db = openTestDatabase();
  try {
    await installCorpus(db, corpus);
    const pattern = namePattern(withNameForms(corpus.people));
    if (!pattern) throw new Error('the corpus knows nobody');
    const nobody = articleParagraphs(sentences.filter((s) => !namesAnyone(pattern, s)), words, 1).join('\n\n');
    const naming = articleParagraphs(sentences, words, 2).join('\n\n');
    if (!namesAnyone(pattern, naming)) throw new Error('the naming page names nobody the corpus knows');
    const names = knownNames(db);
    const firstMs = await timed(1, () => namedPeopleReport(db, names, nobody));
    const nobodyMs = await timed(TIMING_RUNS, () => namedPeopleReport(db, names, nobody));
    const namingMs = await timed(5, () => namedPeopleReport(db, names, naming));
    const report = await namedPeopleReport(db, names, naming);
    return { words, firstMs, nobodyMs, namingMs, checked: report?.verification?.length ?? 0 };
  } finally {
    await db.delete();
  }
}
