// The anchoring benchmark's material: a big page, highlights described on it, and
// the page as a later visit finds it, changed the ways real pages change (a banner
// above everything, a sentence inserted before a highlight, a word edited, the
// punctuation or whitespace inside a highlight altered), with where each
// highlight's text really is on the changed page. Deterministic and DOM-free, so
// the benchmark gives the same answers in Node and in a browser page.
import { type Random, randomInt, seededRandom } from '../seeded-random';
import { syntheticPage } from '../matching/synthetic-corpus';
import { type QuoteSelectors, describeOffsets } from '../../lib/anchoring/describe';

/** The size: a very long page (a white paper, a Hansard day) with many highlights. */
export const BENCH_PAGE_WORDS = 100_000;
export const BENCH_HIGHLIGHTS = 200;
/** A highlight is a phrase to a paragraph. */
export const HIGHLIGHT_WORDS = { min: 5, max: 40 };
/** Words of the site banner inserted at the top of the changed page: it moves every highlight. */
const BANNER_WORDS = 120;
/** Words of the sentence inserted right before an 'inserted-before' highlight. */
const INSERTED_WORDS = { min: 8, max: 25 };
const SEED = 0xa7c4;

/** The small edits made to every other highlight, in turn. */
export const EDIT_KINDS = ['word', 'punctuation', 'whitespace', 'inserted-before'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];
export type ChangeKind = 'unchanged' | EditKind;

export interface BenchHighlight {
  selectors: QuoteSelectors;
  kind: ChangeKind;
  /** Where the highlighted text is on the changed page. */
  expected: { start: number; end: number };
}

export interface BenchPages {
  original: string;
  changed: string;
  highlights: BenchHighlight[];
}

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Replace `remove` characters at `at` of the original by `insert`. */
interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** Paragraphs separated by one line break, as extractPageText separates blocks. */
function pageText(words: number, seed: number): string {
  return syntheticPage(words, seed).replace(/\n\n/g, '\n');
}

/** The edits that change one highlight spanning words[first..last], of the given kind. */
function editsFor(kind: EditKind, words: readonly Word[], first: number, last: number, random: Random, index: number): Edit[] {
  const inner = (): Word => words[randomInt(random, first + 1, last - 1)] as Word;
  switch (kind) {
    case 'word': {
      const word = inner();
      const core = word.text.replace(/[^a-z]+$/i, '');
      let replacement = core;
      while (replacement.toLowerCase() === core.toLowerCase()) {
        replacement = (words[randomInt(random, 0, words.length - 1)] as Word).text.replace(/[^a-z]+$/i, '').toLowerCase();
      }
      return [{ at: word.start, remove: core.length, insert: replacement }];
    }
    case 'punctuation': {
      // A comma added, and an existing comma, if any, made a semicolon.
      const word = inner();
      const edits: Edit[] = [{ at: word.end, remove: 0, insert: ',' }];
      const comma = words.slice(first, last).find((w) => w.text.endsWith(',') && w !== word);
      if (comma) edits.push({ at: comma.end - 1, remove: 1, insert: ';' });
      return edits;
    }
    case 'whitespace': {
      // One space re-flowed into a line break and indentation, another made non-breaking.
      const a = randomInt(random, first, last - 1);
      const b = a === first ? last - 1 : first;
      return [a, b].map((i) => {
        const gapStart = (words[i] as Word).end;
        const gapEnd = (words[i + 1] as Word).start;
        return { at: gapStart, remove: gapEnd - gapStart, insert: i === a ? '\n    ' : '\u00a0' };
      });
    }
    case 'inserted-before':
      return [{ at: (words[first] as Word).start, remove: 0, insert: `${pageText(randomInt(random, INSERTED_WORDS.min, INSERTED_WORDS.max), SEED + index)} ` }];
  }
}

/** Builds the original page, its highlights, and the changed page. */
export function buildBenchPages(): BenchPages {
  const random = seededRandom(SEED);
  const original = pageText(BENCH_PAGE_WORDS, SEED);
  const words: Word[] = [...original.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const edits: Edit[] = [{ at: 0, remove: 0, insert: `${pageText(BANNER_WORDS, SEED - 1)}\n` }];
  const spans: { selectors: QuoteSelectors; kind: ChangeKind }[] = [];
  // One highlight per slot of the page, so they spread over all of it and never touch.
  const slot = Math.floor(words.length / BENCH_HIGHLIGHTS);
  for (let k = 0; k < BENCH_HIGHLIGHTS; k++) {
    const length = randomInt(random, HIGHLIGHT_WORDS.min, HIGHLIGHT_WORDS.max);
    const first = k * slot + randomInt(random, 0, slot - length - 1);
    const last = first + length - 1;
    const selectors = describeOffsets(original, (words[first] as Word).start, (words[last] as Word).end);
    if (!selectors) throw new Error('a benchmark highlight is empty');
    // Every other highlight is edited, cycling through the kinds of edit.
    const kind: ChangeKind = k % 2 === 0 ? 'unchanged' : (EDIT_KINDS[(k >> 1) % EDIT_KINDS.length] as EditKind);
    if (kind !== 'unchanged') edits.push(...editsFor(kind, words, first, last, random, k));
    spans.push({ selectors, kind });
  }
  edits.sort((a, b) => a.at - b.at);

  const parts: string[] = [];
  let read = 0;
  for (const edit of edits) {
    parts.push(original.slice(read, edit.at), edit.insert);
    read = edit.at + edit.remove;
  }
  parts.push(original.slice(read));

  // An offset moves by every edit that ends at or before it (text inserted right at a highlight's start goes before it).
  const moved = (offset: number): number =>
    edits.reduce((sum, e) => (e.at + e.remove <= offset ? sum + e.insert.length - e.remove : sum), offset);
  return {
    original,
    changed: parts.join(''),
    highlights: spans.map(({ selectors, kind }) => ({
      selectors,
      kind,
      expected: { start: moved(selectors.position.start), end: moved(selectors.position.end) },
    })),
  };
}
