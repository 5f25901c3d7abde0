// Word-level alignment of a page with one quote, from seeds (places where a shingle
// of the page equals a shingle of the quote). Seeds are checked word by word, which
// throws out hash collisions, then grown into maximal runs of equal words, and runs
// that follow each other in both texts are chained into passages: a changed word
// splits a quotation into two runs on one diagonal, an ellipsis into two runs that
// skip ahead in the quote, and both still make one passage.
//
// Positions are token indices; every interval is half-open [start, end).

export interface Seed {
  /** Token position on the page. */
  page: number;
  /** Token position in the quote. */
  quote: number;
}

/** Equal words: page[pageStart + i] === quote[quoteStart + i] for every i < length. */
export interface Run {
  pageStart: number;
  pageEnd: number;
  quoteStart: number;
  quoteEnd: number;
}

export interface Passage {
  /** Runs in page order, each later in the quote than the one before. */
  runs: Run[];
  /** Distinct quote words the runs cover. */
  matchedWords: number;
}

/**
 * Most page words allowed between two runs of one passage where the quote goes on
 * where it left off. Reporters interrupt a quotation with an attribution (“…,” said
 * the chief executive of NHS Providers, “…”), which is rarely longer than this; two
 * quotations of one statement further apart are separate passages.
 */
const MAX_INTERRUPTION_WORDS = 12;

/**
 * Words that may differ on both sides between two runs of one passage: two or three
 * words changed in place. Beyond that, only one side may skip: the page (an
 * interruption, above) or the quote (an ellipsis, any length). Two stock phrases that
 * happen to appear in the same order in a quote and a dozen words apart on a page
 * skip on both sides, and stay two passages, each too short to count.
 */
const MAX_EDIT_WORDS = 3;

/**
 * Words two consecutive runs may share. A word that ends the text before an ellipsis
 * can also follow it in the quote, and grows the first run by a word or two.
 */
const MAX_CHAIN_OVERLAP_WORDS = 3;

/**
 * Page words a highlighted range may carry between two runs of a passage: one
 * changed or inserted word. An interruption of two words or more ("he said") splits
 * the highlight, unless it stands for as many quote words (two or three words
 * reworded in place).
 */
const MAX_WORDS_BRIDGED_IN_RANGE = 1;
const MAX_WORDS_REWORDED_IN_RANGE = 3;

/**
 * Words that must match again after a changed, inserted or dropped word for a
 * passage to grow past it at either end. Seeds are several words long, so without
 * this a quotation whose second or third word was changed would lose its first
 * words; two words is the least that is not a coincidence of "the"s and "and"s in
 * the words around a quotation. One word is enough when it is the quote's own first
 * or last word: the quote's boundary is the second piece of evidence.
 */
const MIN_WORDS_AFTER_EDIT = 2;

/** One-word edits tried when growing a passage's ends: changed, inserted, dropped. */
const ONE_WORD_EDITS: readonly { page: number; quote: number }[] = [
  { page: 1, quote: 1 },
  { page: 1, quote: 0 },
  { page: 0, quote: 1 },
];

function wordsEqual(page: readonly string[], quote: readonly string[], p: number, q: number, count: number): boolean {
  if (p + count > page.length || q + count > quote.length) return false;
  for (let j = 0; j < count; j++) {
    if (page[p + j] !== quote[q + j]) return false;
  }
  return true;
}

/**
 * Maximal runs of equal words through the seeds that are true matches of at least
 * `seedWords` words. A run that lies, on the page, inside a longer run is an
 * alternative reading of repeated words and is dropped.
 */
export function alignRuns(
  page: readonly string[],
  quote: readonly string[],
  seeds: Iterable<Seed>,
  seedWords: number,
): Run[] {
  const byDiagonal = new Map<number, Run[]>();
  for (const seed of seeds) {
    const diagonal = seed.page - seed.quote;
    const known = byDiagonal.get(diagonal);
    if (known?.some((r) => seed.page >= r.pageStart && seed.page < r.pageEnd)) continue;
    if (!wordsEqual(page, quote, seed.page, seed.quote, seedWords)) continue;
    let pageStart = seed.page;
    let quoteStart = seed.quote;
    while (pageStart > 0 && quoteStart > 0 && page[pageStart - 1] === quote[quoteStart - 1]) {
      pageStart--;
      quoteStart--;
    }
    let pageEnd = seed.page + seedWords;
    let quoteEnd = seed.quote + seedWords;
    while (pageEnd < page.length && quoteEnd < quote.length && page[pageEnd] === quote[quoteEnd]) {
      pageEnd++;
      quoteEnd++;
    }
    const run = { pageStart, pageEnd, quoteStart, quoteEnd };
    if (known) known.push(run);
    else byDiagonal.set(diagonal, [run]);
  }
  const longestFirst = [...byDiagonal.values()]
    .flat()
    .sort((a, b) => b.pageEnd - b.pageStart - (a.pageEnd - a.pageStart) || a.pageStart - b.pageStart);
  const kept: Run[] = [];
  for (const run of longestFirst) {
    if (!kept.some((k) => k.pageStart <= run.pageStart && run.pageEnd <= k.pageEnd)) kept.push(run);
  }
  return kept.sort((a, b) => a.pageStart - b.pageStart || a.quoteStart - b.quoteStart);
}

/** Number of positions covered by a set of half-open intervals. */
function unionLength(intervals: readonly { start: number; end: number }[]): number {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  let total = 0;
  let reach = -Infinity;
  for (const { start, end } of sorted) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/** Distinct quote words covered by the runs of some passages. */
export function quoteWordsCovered(passages: readonly Passage[]): number {
  return unionLength(passages.flatMap((p) => p.runs.map((r) => ({ start: r.quoteStart, end: r.quoteEnd }))));
}

/** A passage being built: its runs, how far it reaches on the page, how many words it has. */
interface Chain {
  runs: Run[];
  pageEnd: number;
  words: number;
}

/** Whether `run` can continue `chain`. */
function follows(chain: Chain, run: Run): boolean {
  const last = chain.runs[chain.runs.length - 1] as Run;
  const pageGap = run.pageStart - chain.pageEnd;
  const quoteGap = run.quoteStart - last.quoteEnd;
  const inOrder = pageGap >= -MAX_CHAIN_OVERLAP_WORDS && quoteGap >= -MAX_CHAIN_OVERLAP_WORDS && run.quoteEnd > last.quoteEnd;
  const ellipsisOrEdit = pageGap <= MAX_EDIT_WORDS;
  const interruptionOrEdit = quoteGap <= MAX_EDIT_WORDS && pageGap <= MAX_INTERRUPTION_WORDS;
  return inOrder && (ellipsisOrEdit || interruptionOrEdit);
}

/**
 * Chains page-ordered runs into passages that progress through the quote. Each run
 * joins the longest passage it can continue, so a stray match of a few common words
 * inside a quotation's interruption starts a passage of its own instead of cutting
 * the quotation in two.
 */
export function chainPassages(runs: readonly Run[]): Passage[] {
  const chains: Chain[] = [];
  // Chains that end more than an interruption before the current run can never grow again.
  let open: Chain[] = [];
  for (const run of runs) {
    open = open.filter((c) => c.pageEnd >= run.pageStart - MAX_INTERRUPTION_WORDS);
    let best: Chain | undefined;
    for (const chain of open) if (follows(chain, run) && (!best || chain.words > best.words)) best = chain;
    if (best) {
      best.runs.push(run);
      best.pageEnd = Math.max(best.pageEnd, run.pageEnd);
      best.words += run.pageEnd - run.pageStart;
    } else {
      const chain = { runs: [run], pageEnd: run.pageEnd, words: run.pageEnd - run.pageStart };
      chains.push(chain);
      open.push(chain);
    }
  }
  return chains.map(({ runs: chain }) => ({ runs: chain, matchedWords: quoteWordsCovered([{ runs: chain, matchedWords: 0 }]) }));
}

/** Grows a passage's first run leftwards and its last run rightwards across one-word edits. */
export function extendAcrossEdits(passage: Passage, page: readonly string[], quote: readonly string[]): Passage {
  const runs = [...passage.runs];
  for (;;) {
    const first = runs[0] as Run;
    const grown = ONE_WORD_EDITS.map((edit) => {
      let p = first.pageStart - edit.page;
      let q = first.quoteStart - edit.quote;
      const end = { page: p, quote: q };
      while (p > 0 && q > 0 && page[p - 1] === quote[q - 1]) {
        p--;
        q--;
      }
      return { pageStart: p, pageEnd: end.page, quoteStart: q, quoteEnd: end.quote };
    }).find((r) => r.pageEnd - r.pageStart >= (r.quoteStart === 0 ? 1 : MIN_WORDS_AFTER_EDIT));
    if (!grown) break;
    runs.unshift(grown);
  }
  for (;;) {
    const last = runs[runs.length - 1] as Run;
    const grown = ONE_WORD_EDITS.map((edit) => {
      let p = last.pageEnd + edit.page;
      let q = last.quoteEnd + edit.quote;
      const start = { page: p, quote: q };
      while (p < page.length && q < quote.length && page[p] === quote[q]) {
        p++;
        q++;
      }
      return { pageStart: start.page, pageEnd: p, quoteStart: start.quote, quoteEnd: q };
    }).find((r) => r.pageEnd - r.pageStart >= (r.quoteEnd === quote.length ? 1 : MIN_WORDS_AFTER_EDIT));
    if (!grown) break;
    runs.push(grown);
  }
  return { runs, matchedWords: quoteWordsCovered([{ runs, matchedWords: 0 }]) };
}

/**
 * The page token spans a passage should highlight: runs joined across a changed,
 * dropped or inserted word or an ellipsis, split where the page adds words the
 * quote does not have (an attribution inside the quotation).
 */
export function passageSpans(passage: Passage): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let previous: Run | undefined;
  for (const run of passage.runs) {
    const span = spans[spans.length - 1];
    if (span && previous) {
      const pageGap = run.pageStart - span.end;
      const quoteGap = run.quoteStart - previous.quoteEnd;
      const bridged = pageGap <= MAX_WORDS_BRIDGED_IN_RANGE || (pageGap === quoteGap && pageGap <= MAX_WORDS_REWORDED_IN_RANGE);
      if (bridged) {
        span.end = Math.max(span.end, run.pageEnd);
        previous = run;
        continue;
      }
    }
    spans.push({ start: run.pageStart, end: run.pageEnd });
    previous = run;
  }
  return spans;
}
