// Measures the attribution extractor against the curated corpus: each seed's text is
// parsed as if the corpus did not know it, and the proposals are scored against the
// curated quotes. Reported per statement and overall:
//   - speaker accuracy: share of curated quotes overlapped by a proposal naming the
//     same person (or, for a quote with no speaker, the same organisation);
//   - quote boundaries: character-level precision and recall of the proposed spans
//     against the curated ones (micro-averaged overall);
//   - stance agreement: share of curated quotes whose most-overlapping proposal gets
//     the curated stance from suggestStance (reported, no target).
// A statement with a known author and no quotation marks (the opinion piece, 004) is
// read as the author's own words: extractQuotes gets the byline's author and proposes
// one quote per run of prose paragraphs (lib/capture/author-voice.ts).
import type { Corpus } from '../../lib/corpus/bundled-corpus';
import type { Statement } from '../../lib/schema';
import { type ProposedQuote, extractQuotes } from '../../lib/capture/attribution';
import type { Author } from '../../lib/capture/author-voice';
import { type Span, covered, intersection, locate, overlap } from '../../lib/capture/char-spans';
import { suggestStance } from '../../lib/capture/stance-suggestion';

export interface EvaluationRow {
  /** A statement id, or "overall". */
  statementId: string;
  curatedQuotes: number;
  proposedQuotes: number;
  speakerCorrect: number;
  speakerAccuracy: number;
  charPrecision: number;
  charRecall: number;
  stanceAgreement: number;
  /** Curated quote ids whose speaker was missed, for the failure report. */
  speakerMisses: string[];
}

interface Counts {
  curated: number;
  proposed: number;
  speakerCorrect: number;
  stanceAgreed: number;
  overlapChars: number;
  proposedChars: number;
  curatedChars: number;
  misses: string[];
}

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

function toRow(statementId: string, c: Counts): EvaluationRow {
  return {
    statementId,
    curatedQuotes: c.curated,
    proposedQuotes: c.proposed,
    speakerCorrect: c.speakerCorrect,
    speakerAccuracy: ratio(c.speakerCorrect, c.curated),
    charPrecision: ratio(c.overlapChars, c.proposedChars),
    charRecall: ratio(c.overlapChars, c.curatedChars),
    stanceAgreement: ratio(c.stanceAgreed, c.curated),
    speakerMisses: c.misses,
  };
}

function authorOf(corpus: Corpus, statement: Statement): Author | undefined {
  const person = corpus.people.find((p) => p.id === statement.authorId);
  if (!person) return undefined;
  const role = person.roles[0];
  const organisation = corpus.organisations.find((o) => o.id === role?.organisationId);
  const author: Author = { name: person.name, personId: person.id };
  if (role) author.role = role.title;
  if (organisation) {
    author.organisationName = organisation.name;
    author.organisationId = organisation.id;
  }
  return author;
}

function evaluateStatement(corpus: Corpus, statement: Statement): Counts {
  const author = authorOf(corpus, statement);
  const proposals: ProposedQuote[] = extractQuotes(statement.text, corpus, author ? { author } : {});
  const curated = corpus.quotes.filter((q) => q.statementId === statement.id);
  const curatedSpans: Span[] = [];
  const counts: Counts = {
    curated: curated.length,
    proposed: proposals.length,
    speakerCorrect: 0,
    stanceAgreed: 0,
    overlapChars: 0,
    proposedChars: 0,
    curatedChars: 0,
    misses: [],
  };
  for (const q of curated) {
    const span = locate(statement.text, q.text);
    if (!span) {
      counts.misses.push(q.id);
      continue;
    }
    curatedSpans.push(span);
    const overlapping = proposals.filter((p) => overlap(p, span) > 0);
    const sameSpeaker = overlapping.some((p) =>
      q.speakerId ? p.personId === q.speakerId : !p.personId && p.organisationId === q.organisationId,
    );
    if (sameSpeaker) counts.speakerCorrect++;
    else counts.misses.push(q.id);
    const best = overlapping.reduce<ProposedQuote | undefined>(
      (b, p) => (b === undefined || overlap(p, span) > overlap(b, span) ? p : b),
      undefined,
    );
    if (best && suggestStance(best.text).stance === q.stance) counts.stanceAgreed++;
  }
  counts.overlapChars = intersection(proposals, curatedSpans);
  counts.proposedChars = covered(proposals);
  counts.curatedChars = covered(curatedSpans);
  return counts;
}

/** One row per statement, then an "overall" row summing them (micro averages). */
export function evaluateExtractor(corpus: Corpus): EvaluationRow[] {
  const total: Counts = {
    curated: 0, proposed: 0, speakerCorrect: 0, stanceAgreed: 0, overlapChars: 0, proposedChars: 0, curatedChars: 0, misses: [],
  };
  const rows: EvaluationRow[] = [];
  for (const statement of corpus.statements) {
    const c = evaluateStatement(corpus, statement);
    rows.push(toRow(statement.id, c));
    total.curated += c.curated;
    total.proposed += c.proposed;
    total.speakerCorrect += c.speakerCorrect;
    total.stanceAgreed += c.stanceAgreed;
    total.overlapChars += c.overlapChars;
    total.proposedChars += c.proposedChars;
    total.curatedChars += c.curatedChars;
    total.misses.push(...c.misses);
  }
  rows.push(toRow('overall', total));
  return rows;
}

/** The rows as a plain-text table, percentages rounded, for test output and reports. */
export function formatEvaluation(rows: readonly EvaluationRow[]): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const header = 'statement | curated | proposed | speaker | char P | char R | stance';
  const lines = rows.map(
    (r) =>
      `${r.statementId} | ${r.curatedQuotes} | ${r.proposedQuotes} | ${r.speakerCorrect}/${r.curatedQuotes} ${pct(r.speakerAccuracy)} | ` +
      `${pct(r.charPrecision)} | ${pct(r.charRecall)} | ${pct(r.stanceAgreement)}`,
  );
  return [header, ...lines].join('\n');
}
