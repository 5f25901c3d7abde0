// Real pages added to the verification set in session 3 and labelled before the
// verifier ever ran on them (unseen/labels.json, unseen/pages/*.txt): the stored
// openings of public news pages and press releases from the pages corpus that quote
// people the corpus knows (Matthew Taylor, Chris Hopson, Saffron Cordery, Nigel
// Edwards, Richard Murray, Jonathan Ashworth, Helen Stokes-Lampard) in words the
// corpus does not hold, and some that quote people it does not know. Each text is the
// stored opening verbatim. A label gives a quotation's first and last words and who
// the page says spoke: a name, null for nobody named, or "?" where the page leaves it
// unclear (then whatever verification says of it is not scored). They are all in the
// held-back half: nothing in lib/verify may be tuned from them.
// The same loader reads the second unseen set (unseen-2/, 24 pages labelled and
// committed before the verifier ever ran on them, measured blind once and since tuned
// on): it stays out of the labelled set and npm run bench prints it on its own row
// (see unseen-2/README.md).
// The third (unseen-3/) is read the same way; its quotations of corpus words carry
// the verdict they should get and the corpus quote or statement they reuse (see
// unseen-3/README.md), which a speaker alone cannot say.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface UnseenQuote {
  start: number;
  end: number;
  /** The name the page gives the speaker, null for nobody, "?" for unclear. */
  speaker: string | null;
  /** The organisation the page names for the speaker, if any. */
  organisation: string | null;
  /** For a quotation of corpus words: the verdict it should get, and the corpus quote or statement id it reuses. */
  expect?: ExpectedVerdict;
}

/** The verdicts a label can name outright (unsourced and none follow from the speaker). */
export const EXPECTED_LABELS = ['verified', 'misattributed', 'altered'] as const;

export interface ExpectedVerdict {
  expect: (typeof EXPECTED_LABELS)[number];
  source: string;
}

export interface UnseenPage {
  id: string;
  url: string;
  publisher: string;
  text: string;
  quotes: UnseenQuote[];
}

type RawQuote = [string, string, string | null, string | null, ExpectedVerdict?];
interface RawPage {
  id: string;
  url: string;
  publisher: string;
  quotes: RawQuote[];
}

/** The label's opening words must follow a quotation mark (the same words may stand unquoted elsewhere). */
const OPENING_MARK = /["“‘'’]/;

/** The unseen sets' folders in the order they were built; the first is 'unseen'. */
const UNSEEN_SETS = ['unseen', 'unseen-2', 'unseen-3', 'unseen-4', 'unseen-5', 'unseen-6', 'unseen-7', 'unseen-8'] as const;
export type UnseenSetName = (typeof UNSEEN_SETS)[number];
const [FIRST_UNSEEN_SET] = UNSEEN_SETS;

/** The optional fifth element, checked: a misspelt verdict would otherwise fall back to the speaker's. */
function expectedVerdict(page: RawPage, from: string, raw: ExpectedVerdict | undefined): { expect?: ExpectedVerdict } {
  if (raw === undefined) return {};
  if (!EXPECTED_LABELS.includes(raw.expect) || typeof raw.source !== 'string' || raw.source === '') {
    throw new Error(`unseen verification page ${page.id}: "${from}" expects ${JSON.stringify(raw)}; want {"expect": ${EXPECTED_LABELS.join(' | ')}, "source": "<corpus id>"}`);
  }
  return { expect: { expect: raw.expect, source: raw.source } };
}

function place(page: RawPage, text: string, [from, to, speaker, organisation, expected]: RawQuote, after: number): UnseenQuote {
  let start = text.indexOf(from, after);
  while (start > 0 && !OPENING_MARK.test(text[start - 1] as string)) start = text.indexOf(from, start + 1);
  const last = start < 0 ? -1 : text.indexOf(to, start);
  if (start < 0 || last < 0) throw new Error(`unseen verification page ${page.id}: cannot place "${from} … ${to}"`);
  return { start, end: last + to.length, speaker, organisation, ...expectedVerdict(page, from, expected) };
}

/** The pages of one unseen set, by its folder beside this module. */
export function loadUnseenPages(dirName: string = FIRST_UNSEEN_SET): UnseenPage[] {
  const dir = fileURLToPath(new URL(`./${dirName}/`, import.meta.url));
  const raw = JSON.parse(readFileSync(`${dir}labels.json`, 'utf8')) as RawPage[];
  return raw.map((page) => {
    const text = readFileSync(`${dir}pages/${page.id}.txt`, 'utf8');
    let after = 0;
    const quotes = page.quotes.map((q) => {
      const placed = place(page, text, q, after);
      after = placed.start + 1;
      return placed;
    });
    return { id: page.id, url: page.url, publisher: page.publisher, text, quotes };
  });
}

/**
 * The fourth unseen set (unseen-4/): 25 real pages labelled and committed before the verifier
 * ever ran on them, measured blind at stops 14 and 15 and tuned on since stop 16 (see unseen-4/README.md).
 */
export function loadFourthUnseenSet(): UnseenPage[] {
  return loadUnseenPages('unseen-4');
}

/**
 * The fifth unseen set (unseen-5/): 30 real pages labelled and committed before the verifier
 * ever ran on them, measured blind at stop 16 and tuned on since stop 17 (see unseen-5/README.md).
 */
export function loadFifthUnseenSet(): UnseenPage[] {
  return loadUnseenPages('unseen-5');
}

/**
 * The sixth unseen set (unseen-6/): 36 real pages labelled and committed before the verifier
 * ever ran on them, measured blind at stop 17 and tuned on since stop 18 (see unseen-6/README.md).
 */
export function loadSixthUnseenSet(): UnseenPage[] {
  return loadUnseenPages('unseen-6');
}

/**
 * The seventh unseen set (unseen-7/): 35 real pages labelled and committed before the verifier
 * ever ran on them, measured blind at stop 18 and tuned on since stop 19 (see unseen-7/README.md).
 */
export function loadSeventhUnseenSet(): UnseenPage[] {
  return loadUnseenPages('unseen-7');
}

/**
 * The eighth unseen set (unseen-8/): real pages labelled and committed before the verifier
 * ever ran on them, a blind set no rule has been tuned on (see unseen-8/README.md).
 */
export function loadEighthUnseenSet(): UnseenPage[] {
  return loadUnseenPages('unseen-8');
}

/** The pages of every unseen set built before `dirName`, none of which its pages may repeat. */
export function unseenSetsBefore(dirName: UnseenSetName): UnseenPage[] {
  return UNSEEN_SETS.slice(0, UNSEEN_SETS.indexOf(dirName)).flatMap((name) => loadUnseenPages(name));
}
