// Compares a page's quotation with the source's words, word by word: what the page
// inserted, removed or changed, and whether an omission is marked with an ellipsis.
// Case, punctuation and typography never count (both sides are the matcher's
// normalised words), nor does a compound written open or closed (same-wording.ts). The alignment is the `diff` library's Myers diff over word
// arrays (diffArrays): a minimal edit script, so a changed word shows as exactly
// that word, not as a run of noise.
//
// A page usually quotes part of its source, so source words before the first and
// after the last word the two share are the part not quoted, not a change. Page
// words beyond the shared part are a change only when the source goes on there
// (`sourceHasContext`: the whole of a one-voice statement); when the source is a
// curated fragment ("widespread agreement"), the corpus does not hold the rest and
// says nothing about it. Two exceptions make a change of a trim: a negation right
// before the quoted part ("it is not| clear that …"), and an omission in the middle
// that drops a negation or qualifier even though an ellipsis marks it.
import { diffArrays } from 'diff';
import { type QuoteWord, quoteWords } from './quote-words';
import { sameWording } from './same-wording';
import { senseWords } from './sense-words';

export interface WordChange {
  kind: 'inserted' | 'removed' | 'changed';
  /** The page's words here, as the page writes them ('' for a removal). */
  page: string;
  /** The source's words here, as the source writes them ('' for an insertion). */
  source: string;
  /** The page marks the omission with an ellipsis. */
  atEllipsis: boolean;
  /** Negations and qualifiers on one side and not the other ("not", "could"): the change alters the claim. */
  sense: string[];
}

export interface WordComparison {
  /** Words the page and the source share, in order. */
  matched: number;
  /** Differences that alter the quotation. */
  changes: WordChange[];
  /** Omissions the page marks with an ellipsis and that drop no negation or qualifier: honest shortening. */
  elisions: WordChange[];
}

/**
 * A run of fewer shared words than this does not anchor the alignment: a minimal
 * diff happily pairs a page's "and" with an "and" three sentences later in the
 * statement, which would turn one changed phrase into a long removal.
 */
const MIN_ANCHOR_WORDS = 2;

interface Hunk {
  source: readonly QuoteWord[];
  page: readonly QuoteWord[];
  /** Index of the first page word after the hunk (the one an ellipsis would stand before). */
  pageNext: number;
  /**
   * How many words a removal could slide back with the same result ("facilitate the
   * [changes that the] NHS" is "facilitate [the changes that] the NHS"): an ellipsis
   * anywhere along that slide marks it.
   */
  slide: number;
  place: 'leading' | 'interior' | 'trailing';
}

/** Symmetric difference of the two sides' negations and qualifiers, as a multiset. */
function senseDifference(source: readonly string[], page: readonly string[], before: string | undefined): string[] {
  const lost = senseWords(source, before);
  const gained = senseWords(page, before);
  const remaining = [...gained];
  const onlySource = lost.filter((w) => {
    const i = remaining.indexOf(w);
    if (i < 0) return true;
    remaining.splice(i, 1);
    return false;
  });
  return [...onlySource, ...remaining];
}

/** Drops the words both sides share at the start and end of a hunk: the same word is no change. */
function withoutSharedEnds(source: readonly QuoteWord[], page: readonly QuoteWord[]): [readonly QuoteWord[], readonly QuoteWord[]] {
  let head = 0;
  while (head < source.length && head < page.length && source[head]?.word === page[head]?.word) head++;
  let tail = 0;
  while (tail < source.length - head && tail < page.length - head && source.at(-1 - tail)?.word === page.at(-1 - tail)?.word) tail++;
  return [source.slice(head, source.length - tail), page.slice(head, page.length - tail)];
}

function surface(text: string, words: readonly QuoteWord[]): string {
  const first = words[0];
  const last = words.at(-1);
  return first && last ? text.slice(first.start, last.end) : '';
}

function hunksOf(sourceWords: QuoteWord[], pageWords: QuoteWord[]): { hunks: Hunk[]; matched: number } {
  const parts = diffArrays(
    sourceWords.map((w) => w.word),
    pageWords.map((w) => w.word),
  );
  const hunks: Hunk[] = [];
  let s = 0;
  let p = 0;
  let matched = 0;
  let open: { s: number; p: number } | undefined;
  const word = (i: number) => sourceWords[i]?.word;
  const close = (place: Hunk['place']) => {
    if (open && (s > open.s || p > open.p)) {
      let slide = 0;
      while (open.s - 1 - slide >= 0 && s - 1 - slide >= open.s && word(open.s - 1 - slide) === word(s - 1 - slide)) slide++;
      hunks.push({ source: sourceWords.slice(open.s, s), page: pageWords.slice(open.p, p), pageNext: p, slide, place });
    }
    open = undefined;
  };
  const anchors = pageWords.length >= MIN_ANCHOR_WORDS;
  for (const part of parts) {
    const count = part.count ?? part.value.length;
    if (!part.added && !part.removed && anchors && count < MIN_ANCHOR_WORDS) {
      open ??= { s, p };
      s += count;
      p += count;
      continue;
    }
    if (!part.added && !part.removed) {
      close(matched === 0 ? 'leading' : 'interior');
      matched += count;
      s += count;
      p += count;
      continue;
    }
    open ??= { s, p };
    if (part.removed) s += count;
    else p += count;
  }
  close(matched === 0 ? 'leading' : 'trailing');
  return { hunks, matched };
}

/** How often each normalised word occurs among `words` (a text's quoteWords). */
export function wordCounts(words: readonly QuoteWord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { word } of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * The most words a comparison of a text having `pageCounts` with `sourceText` could
 * match (their words in common, counted with repeats): compareWords' `matched` never
 * exceeds it, so a source that cannot reach a threshold is skipped without the diff,
 * which costs far more on a long statement.
 */
export function sharedWordsAtMost(pageCounts: ReadonlyMap<string, number>, sourceText: string): number {
  const left = new Map(pageCounts);
  let shared = 0;
  for (const { word } of quoteWords(sourceText)) {
    const count = left.get(word);
    if (!count) continue;
    shared++;
    left.set(word, count - 1);
  }
  return shared;
}

/** `sourceHasContext`: the source text goes on around the quoted words (see the header). */
export function compareWords(pageText: string, sourceText: string, sourceHasContext: boolean): WordComparison {
  const pageWords = quoteWords(pageText);
  const sourceWords = quoteWords(sourceText);
  const { hunks, matched } = hunksOf(sourceWords, pageWords);
  const changes: WordChange[] = [];
  const elisions: WordChange[] = [];
  if (matched === 0) return { matched, changes, elisions };
  for (const hunk of hunks) {
    const edge = hunk.place !== 'interior';
    // At an edge, only the source words next to the shared part can stand against the page's.
    const edgeSource = !edge
      ? hunk.source
      : !sourceHasContext || hunk.page.length === 0
        ? []
        : hunk.place === 'leading'
          ? hunk.source.slice(-hunk.page.length)
          : hunk.source.slice(0, hunk.page.length);
    // "it is not| clear that": a negation just before the quoted part is lost with the trim.
    const lastTrimmed = hunk.place === 'leading' && hunk.page.length === 0 ? hunk.source.slice(-2) : [];
    const droppedNegation = senseWords(lastTrimmed.map((w) => w.word)).filter((w) => w === 'not' || w === "n't" || w === 'no' || w === 'never');
    if (droppedNegation.length > 0) {
      changes.push({ kind: 'removed', page: '', source: surface(sourceText, lastTrimmed), atEllipsis: false, sense: droppedNegation });
      continue;
    }
    const [source, page] = withoutSharedEnds(edgeSource, edge && !sourceHasContext ? [] : hunk.page);
    if (source.length === 0 && page.length === 0) continue;
    // "healthcare" quoted as "health care": the same words, spaced differently.
    if (sameWording(source.map((w) => w.word), page.map((w) => w.word))) continue;
    const before = sourceWords[sourceWords.indexOf(source[0] as QuoteWord) - 1]?.word;
    const change: WordChange = {
      kind: source.length === 0 ? 'inserted' : page.length === 0 ? 'removed' : 'changed',
      page: surface(pageText, page),
      source: surface(sourceText, source),
      atEllipsis: hunk.page.some((w) => w.afterEllipsis) || pageWords.slice(hunk.pageNext - hunk.slide, hunk.pageNext + 1).some((w) => w.afterEllipsis),
      sense: senseDifference(
        source.map((w) => w.word),
        page.map((w) => w.word),
        before,
      ),
    };
    if (change.kind === 'removed' && change.atEllipsis && change.sense.length === 0) elisions.push(change);
    else changes.push(change);
  }
  return { matched, changes, elisions };
}
