// A deterministic synthetic corpus for benchmarks at sizes the curated corpus will
// not reach for years: statements of pseudo-English with Zipf-distributed words and
// stock phrases shared across documents (as "health and social care" is), each with
// three verbatim quotes. Index size and detection time measured on it are what a
// 50 000-statement corpus costs; its text is meaningless on purpose.
import type { DocSource } from '../../lib/matching/index-types';
import { type Random, pick, randomInt, seededRandom } from '../seeded-random';

/** Distinct words: a few thousand, like the working vocabulary of policy writing. */
const VOCABULARY_SIZE = 4000;
/** Zipf–Mandelbrot exponent and offset: natural-language word frequencies. */
const ZIPF_EXPONENT = 1.05;
const ZIPF_OFFSET = 2.7;
/**
 * Collocations every author reuses ("in order to", "health and social care"): two to
 * four words each, so that, as in English, they make some shingles common across the
 * corpus without making whole clauses recur by chance. A word slot holds one this often.
 */
const STOCK_PHRASE_COUNT = 1000;
const STOCK_PHRASE_WORDS = { min: 2, max: 4 };
const STOCK_PHRASE_CHANCE = 0.08;
/**
 * Publishers' boilerplate ("About the Trust …", "Notes to editors"): paragraphs that
 * many statements end with, word for word, as real press releases do. They give the
 * index the long posting lists a real corpus has.
 */
const PUBLISHER_COUNT = 50;
const BOILERPLATE_WORDS = { min: 40, max: 70 };
const BOILERPLATE_CHANCE = 0.6;
/** Statement length in words: the target corpus's statements run 300 to 800 words. */
const STATEMENT_WORDS = { min: 300, max: 500 };
const SENTENCE_WORDS = { min: 8, max: 30 };
const PARAGRAPH_SENTENCES = { min: 2, max: 5 };
/** Quotes per statement and their length in words. */
const QUOTES_PER_STATEMENT = 3;
const QUOTE_WORDS = { min: 12, max: 60 };
/** The vocabulary never changes with the seed, so pages and corpora share words. */
const VOCABULARY_SEED = 0x5eed;

const SYLLABLES = [
  'ba', 'be', 'bi', 'bo', 'ca', 'ce', 'co', 'da', 'de', 'di', 'do', 'fa', 'fe', 'fi', 'ga', 'ge', 'go', 'ha', 'he',
  'hi', 'ja', 'ka', 'ke', 'la', 'le', 'li', 'lo', 'lu', 'ma', 'me', 'mi', 'mo', 'na', 'ne', 'ni', 'no', 'pa', 'pe',
  'pi', 'po', 'ra', 're', 'ri', 'ro', 'sa', 'se', 'si', 'so', 'ta', 'te', 'ti', 'to', 'va', 've', 'vi', 'wa', 'we',
  'ya', 'za', 'ze', 'an', 'en', 'in', 'on', 'ar', 'er', 'or', 'al', 'el', 'ul', 'st', 'th', 'nd', 'ng',
];

interface Language {
  words: string[];
  /** Cumulative Zipf weights, for sampling by binary search. */
  cumulative: Float64Array;
  phrases: string[][];
  /** One boilerplate paragraph per publisher. */
  boilerplate: string[];
}

let language: Language | undefined;

function buildLanguage(): Language {
  const random = seededRandom(VOCABULARY_SEED);
  const seen = new Set<string>();
  const words: string[] = [];
  while (words.length < VOCABULARY_SIZE) {
    // Frequent words are short, as in natural language.
    const syllables = 1 + Math.min(3, Math.floor(words.length / 400) + randomInt(random, 0, 1));
    let word = '';
    for (let i = 0; i < syllables; i++) word += pick(random, SYLLABLES);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cumulative = new Float64Array(VOCABULARY_SIZE);
  let total = 0;
  for (let rank = 0; rank < VOCABULARY_SIZE; rank++) {
    total += 1 / Math.pow(rank + ZIPF_OFFSET, ZIPF_EXPONENT);
    cumulative[rank] = total;
  }
  for (let rank = 0; rank < VOCABULARY_SIZE; rank++) cumulative[rank] = (cumulative[rank] as number) / total;
  const lang: Language = { words, cumulative, phrases: [], boilerplate: [] };
  for (let i = 0; i < STOCK_PHRASE_COUNT; i++) {
    const length = randomInt(random, STOCK_PHRASE_WORDS.min, STOCK_PHRASE_WORDS.max);
    lang.phrases.push(Array.from({ length }, () => zipfWord(lang, random)));
  }
  for (let i = 0; i < PUBLISHER_COUNT; i++) {
    lang.boilerplate.push(prose(lang, random, randomInt(random, BOILERPLATE_WORDS.min, BOILERPLATE_WORDS.max)));
  }
  return lang;
}

function getLanguage(): Language {
  language ??= buildLanguage();
  return language;
}

function zipfWord(lang: Language, random: Random): string {
  const u = random();
  let lo = 0;
  let hi = lang.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lang.cumulative[mid] as number) < u) lo = mid + 1;
    else hi = mid;
  }
  return lang.words[lo] as string;
}

function sentence(lang: Language, random: Random, length: number): string {
  const words: string[] = [];
  while (words.length < length) {
    if (random() < STOCK_PHRASE_CHANCE) words.push(...pick(random, lang.phrases));
    else words.push(zipfWord(lang, random));
  }
  words.length = length;
  if (length > 10) words[randomInt(random, 3, length - 4)] += ',';
  const first = words[0] as string;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

/** Roughly `wordCount` words of text in sentences and paragraphs. */
function prose(lang: Language, random: Random, wordCount: number): string {
  const paragraphs: string[] = [];
  let written = 0;
  while (written < wordCount) {
    const sentences: string[] = [];
    const count = randomInt(random, PARAGRAPH_SENTENCES.min, PARAGRAPH_SENTENCES.max);
    for (let i = 0; i < count && written < wordCount; i++) {
      const length = Math.min(randomInt(random, SENTENCE_WORDS.min, SENTENCE_WORDS.max), Math.max(3, wordCount - written));
      sentences.push(sentence(lang, random, length));
      written += length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

/** Offsets of the words of a text (runs of letters), enough for synthetic text. */
function wordOffsets(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/[a-z]+/gi)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * `statementCount` statements with QUOTES_PER_STATEMENT quotes each, statement
 * first, then its quotes; each quote is a verbatim run of its statement. The same
 * arguments always give the same texts.
 */
export function syntheticDocSources(statementCount: number, seed: number): DocSource[] {
  const lang = getLanguage();
  const random = seededRandom(seed);
  const sources: DocSource[] = [];
  for (let s = 0; s < statementCount; s++) {
    const statementId = `syn-${seed}-${s}`;
    const body = prose(lang, random, randomInt(random, STATEMENT_WORDS.min, STATEMENT_WORDS.max));
    const boilerplate = random() < BOILERPLATE_CHANCE ? lang.boilerplate[s % PUBLISHER_COUNT] : undefined;
    const text = boilerplate === undefined ? body : `${body}\n\n${boilerplate}`;
    sources.push({ kind: 'statement', refId: statementId, statementId, text });
    // Quotes come from the statement's own words, never from its boilerplate.
    const words = wordOffsets(body);
    for (let q = 0; q < QUOTES_PER_STATEMENT; q++) {
      const length = randomInt(random, QUOTE_WORDS.min, QUOTE_WORDS.max);
      const first = randomInt(random, 0, words.length - length);
      const from = words[first] as { start: number };
      const to = words[first + length - 1] as { end: number };
      sources.push({ kind: 'quote', refId: `${statementId}-q${q}`, statementId, text: text.slice(from.start, to.end) });
    }
  }
  return sources;
}

/**
 * A page of about `words` words in the same synthetic language. Texts in `embed`
 * (quotes or whole statements) are placed between its paragraphs, in order and
 * in quotation marks, so a benchmark can include pages that do match.
 */
export function syntheticPage(words: number, seed: number, embed: readonly DocSource[] = []): string {
  const lang = getLanguage();
  const random = seededRandom(seed ^ 0x9e3779b9);
  const paragraphs = prose(lang, random, words).split('\n\n');
  embed.forEach((source, i) => {
    const at = Math.floor(((i + 1) * paragraphs.length) / (embed.length + 1));
    paragraphs.splice(at + i, 0, `“${source.text}”`);
  });
  return paragraphs.join('\n\n');
}
