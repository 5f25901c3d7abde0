// The labelled evaluation set, generated from the curated corpus with a seeded
// generator so that it is the same on every run:
//  - copies of each seed statement as another site would carry them (case 2),
//    with the headline changed, paragraphs dropped or added, typography swapped,
//    case and whitespace changed, alone and combined, inside site furniture;
//  - news reports quoting sentences of the seeds, full, trimmed, with an ellipsis
//    or a word changed, from one or two seeds (case 3), each quotation labelled
//    with its quote and where it was put on the page;
//  - pages that must match nothing: other subjects, the same subject in other
//    words, and the same subject quoting only short fragments of known quotes;
//  - URL variants of each statement's addresses, and other addresses on the same
//    hosts (case 1).
import type { Corpus } from '../../lib/corpus/build-corpus';
import type { Quote, Statement } from '../../lib/schema';
import {
  ALTERNATIVE_HEADLINES,
  ATTRIBUTIONS,
  NEWS_HEADLINES,
  PAGE_FOOTERS,
  PAGE_HEADERS,
  REPLACEMENT_WORDS,
  REPORTER_SENTENCES,
  SAME_SUBJECT_PARAGRAPHS,
  UNRELATED_PARAGRAPHS,
} from './evaluation-texts';
import { type Random, pick, randomInt, seededRandom } from '../seeded-random';

/** The generator's seed: change it to draw a different, equally valid set. */
export const EVALUATION_SEED = 20240209;

/** Generated pages of each kind (copies: per seed statement, one per variant below). */
const QUOTING_PAGES = 72;
const NEGATIVE_PAGES_PER_KIND = 16;

/**
 * Quotations are at least this many words: a reporter quotes a clause or a
 * sentence. Shorter fragments are below what detection reports (QUOTE_MIN_WORDS)
 * by design and appear only in the "short fragments" negatives.
 */
const MIN_QUOTATION_WORDS = 12;
/** Longest quotation taken from one sentence; longer sentences are cut to a window. */
const MAX_QUOTATION_WORDS = 40;
/** Short generic fragments of quotes, quoted inside same-subject negatives. */
const FRAGMENT_WORDS = { min: 3, max: 7 };

export interface QuoteInsertion {
  quoteId: string;
  statementId: string;
  /** Where the quoted words were put on the page: offsets into the page text. */
  start: number;
  end: number;
}

export type PageKind = 'copy' | 'quoting' | 'negative';

export interface EvaluationPage {
  kind: PageKind;
  /** The variant, quotation form or negative kind, for per-variant rows. */
  label: string;
  text: string;
  /** For copies: the statement the page carries. */
  statementId?: string;
  /** For quoting pages: the quotations put on the page. */
  insertions: QuoteInsertion[];
}

export interface UrlCase {
  url: string;
  /** The statement this URL is an address of, or null for another page of the same site. */
  statementId: string | null;
  label: string;
}

// ---------------------------------------------------------------------------------
// Text transformations
// ---------------------------------------------------------------------------------

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Curly quotes, apostrophes and dashes made straight, and straight ones curly. */
export function swapTypography(text: string): string {
  let out = '';
  let doubleOpen = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    if (c === '“' || c === '”') out += '"';
    else if (c === '‘' || c === '’') out += "'";
    else if (c === '–' || c === '—') out += '-';
    else if (c === '"') {
      out += doubleOpen ? '“' : '”';
      doubleOpen = !doubleOpen;
    } else if (c === "'") out += /\w/.test(before) ? '’' : '‘';
    else if (c === '-' && before === ' ' && after === ' ') out += '–';
    else out += c;
  }
  return out;
}

/** Lines broken at about `width` characters, as a plain-text archive might. */
function hardWrap(text: string, width: number): string {
  return paragraphs(text)
    .map((p) => {
      const lines: string[] = [];
      let line = '';
      for (const word of p.split(/\s+/)) {
        if (line.length + word.length + 1 > width && line) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) lines.push(line);
      return lines.join('\n');
    })
    .join('\n\n');
}

/** One of several case and whitespace changes, chosen at random. */
function changeCaseAndWhitespace(text: string, random: Random): string {
  const [headline = '', ...body] = paragraphs(text);
  switch (randomInt(random, 0, 4)) {
    case 0:
      return [headline.toUpperCase(), ...body].join('\n\n');
    case 1:
      return hardWrap(text, randomInt(random, 50, 80));
    case 2:
      return text.replace(/\s+/g, ' ');
    case 3:
      return text.replace(/ /g, () => (random() < 0.3 ? '\u00a0' : random() < 0.3 ? '  ' : ' ')).replace(/\n\n/g, '\n \n\t');
    default:
      return text.toLowerCase();
  }
}

function withFurniture(body: string, random: Random): string {
  return `${pick(random, PAGE_HEADERS)}\n\n${body}\n\n${pick(random, PAGE_FOOTERS)}`;
}

// ---------------------------------------------------------------------------------
// Case 2: copies of statements
// ---------------------------------------------------------------------------------

type Transform = (paras: string[], random: Random) => string[];

const changeHeadline: Transform = (paras, random) => [pick(random, ALTERNATIVE_HEADLINES), ...paras.slice(1)];

const dropParagraph: Transform = (paras, random) => {
  const at = randomInt(random, 1, paras.length - 1);
  return paras.filter((_, i) => i !== at);
};

const addParagraph: Transform = (paras, random) => {
  const at = randomInt(random, 1, paras.length);
  const extra = pick(random, random() < 0.5 ? SAME_SUBJECT_PARAGRAPHS : UNRELATED_PARAGRAPHS);
  return [...paras.slice(0, at), extra, ...paras.slice(at)];
};

const typography: Transform = (paras) => paras.map(swapTypography);

const caseAndWhitespace: Transform = (paras, random) => paragraphs(changeCaseAndWhitespace(paras.join('\n\n'), random));

/** The copies made of each statement: a label and the transformations, in order. */
const COPY_VARIANTS: readonly { label: string; steps: readonly Transform[] }[] = [
  { label: 'in site furniture', steps: [] },
  { label: 'headline changed', steps: [changeHeadline] },
  { label: 'paragraph dropped', steps: [dropParagraph] },
  { label: 'paragraph dropped', steps: [dropParagraph] },
  { label: 'paragraph added', steps: [addParagraph] },
  { label: 'typography swapped', steps: [typography] },
  { label: 'case and whitespace', steps: [caseAndWhitespace] },
  { label: 'case and whitespace', steps: [caseAndWhitespace] },
  { label: 'combined', steps: [changeHeadline, dropParagraph, typography, caseAndWhitespace] },
  { label: 'combined', steps: [changeHeadline, dropParagraph, addParagraph, typography, caseAndWhitespace] },
  { label: 'combined', steps: [changeHeadline, dropParagraph, dropParagraph, addParagraph, typography] },
];

function copyPages(statements: readonly Statement[], random: Random): EvaluationPage[] {
  return statements.flatMap((statement) =>
    COPY_VARIANTS.map(({ label, steps }) => {
      const body = steps.reduce((paras, step) => step(paras, random), paragraphs(statement.text)).join('\n\n');
      return { kind: 'copy' as const, label, text: withFurniture(body, random), statementId: statement.id, insertions: [] };
    }),
  );
}

// ---------------------------------------------------------------------------------
// Case 3: news reports quoting sentences
// ---------------------------------------------------------------------------------

/** Words of a text with their offsets, split on whitespace (punctuation stays attached). */
function spacedWords(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Sentences of a quote, as [start, end) word indices into spacedWords(quote). */
function sentences(words: readonly { start: number; end: number }[], text: string): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  let from = 0;
  words.forEach((w, i) => {
    if (/[.!?]["”’]?$/.test(text.slice(w.start, w.end)) || i === words.length - 1) {
      found.push({ from, to: i + 1 });
      from = i + 1;
    }
  });
  return found;
}

type QuotationForm = 'sentence' | 'two sentences' | 'trimmed' | 'ellipsis' | 'word changed';
const QUOTATION_FORMS: readonly QuotationForm[] = ['sentence', 'two sentences', 'trimmed', 'ellipsis', 'word changed'];

/** Text of words [from, to) of the quote, exactly as the quote has it, without wrapping quotation marks. */
function wordsText(text: string, words: readonly { start: number; end: number }[], from: number, to: number): string {
  const first = words[from];
  const last = words[to - 1];
  if (!first || !last) return '';
  return text.slice(first.start, last.end).replace(/^["“‘']+|["”’']+$/g, '');
}

/** A window of at most MAX_QUOTATION_WORDS inside [from, to). */
function clamp(span: { from: number; to: number }, random: Random): { from: number; to: number } {
  const length = span.to - span.from;
  if (length <= MAX_QUOTATION_WORDS) return span;
  const size = randomInt(random, MIN_QUOTATION_WORDS + 4, MAX_QUOTATION_WORDS);
  const from = randomInt(random, span.from, span.to - size);
  return { from, to: from + size };
}

/** Sentences of a quote long enough to be quoted, as word spans. */
function quotableSentences(text: string): { from: number; to: number }[] {
  return sentences(spacedWords(text), text).filter((s) => s.to - s.from >= MIN_QUOTATION_WORDS);
}

/** A quotation of `quote` in the given form, or null if the quote is too short for it. */
function quotation(quote: Quote, form: QuotationForm, random: Random): string | null {
  const text = quote.text;
  const words = spacedWords(text);
  const long = quotableSentences(text);
  if (long.length === 0) return null;
  const sentence = pick(random, long);
  switch (form) {
    case 'sentence': {
      const span = clamp(sentence, random);
      return wordsText(text, words, span.from, span.to);
    }
    case 'two sentences': {
      const all = sentences(words, text);
      const i = all.findIndex((s) => s.from === sentence.from);
      const next = all[i + 1] ?? all[i - 1];
      if (!next) return wordsText(text, words, sentence.from, sentence.to);
      const span = { from: Math.min(sentence.from, next.from), to: Math.max(sentence.to, next.to) };
      return wordsText(text, words, span.from, Math.min(span.to, span.from + 2 * MAX_QUOTATION_WORDS));
    }
    case 'trimmed': {
      // Up to five words cut from the start and up to four from the end, as far as
      // the quotation stays MIN_QUOTATION_WORDS long.
      const span = clamp(sentence, random);
      const spare = span.to - span.from - MIN_QUOTATION_WORDS;
      const head = randomInt(random, Math.min(1, spare), Math.min(5, spare));
      const tail = randomInt(random, 0, Math.min(4, spare - head));
      return wordsText(text, words, span.from + head, span.to - tail);
    }
    case 'ellipsis': {
      // Two parts of the quote with at least three words left out between them.
      const span = { from: 0, to: words.length };
      if (span.to - span.from < MIN_QUOTATION_WORDS + 3) return null;
      const first = randomInt(random, 6, 14);
      const skip = randomInt(random, 3, 12);
      const second = randomInt(random, 6, 14);
      const start = randomInt(random, 0, Math.max(0, words.length - first - skip - second));
      const a = wordsText(text, words, start, Math.min(words.length, start + first));
      const bFrom = Math.min(words.length - 1, start + first + skip);
      const b = wordsText(text, words, bFrom, Math.min(words.length, bFrom + second));
      if (!a || !b) return null;
      return `${a.replace(/[,.;:]$/, '')}${random() < 0.5 ? ' … ' : ' ... '}${b}`;
    }
    case 'word changed': {
      const span = clamp(sentence, random);
      const parts = wordsText(text, words, span.from, span.to).split(' ');
      const changeable = parts.map((w, i) => ({ w, i })).filter(({ w, i }) => i >= 2 && i < parts.length - 2 && /^[a-z]{3,}$/i.test(w));
      if (changeable.length === 0) return null;
      const { w, i } = pick(random, changeable);
      const replacements = REPLACEMENT_WORDS.filter((r) => r !== w.toLowerCase());
      parts[i] = pick(random, replacements);
      return parts.join(' ');
    }
  }
}

interface PageBuilder {
  parts: string[];
  length: number;
  insertions: QuoteInsertion[];
}

function append(page: PageBuilder, text: string): void {
  page.parts.push(text);
  page.length += text.length;
}

/** Appends a paragraph that quotes `piece`, recording where the quoted words went. */
function appendQuotation(page: PageBuilder, quote: Quote, piece: string, random: Random): void {
  const who = pick(random, ATTRIBUTIONS);
  const [open, close] = random() < 0.5 ? ['“', '”'] : ['"', '"'];
  const templates: [string, string][] = [
    [`${who.name}, ${who.role}, said: ${open}`, `${close}`],
    [`${open}`, `,${close} said ${who.name}.`],
    [`${who.name} said the proposals were ${open}`, `${close}.`],
    [`According to ${who.name}, ${who.role}, `, '.'],
  ];
  const [before, after] = pick(random, templates);
  append(page, before);
  const start = page.length;
  append(page, piece);
  page.insertions.push({ quoteId: quote.id, statementId: quote.statementId, start, end: page.length });
  append(page, `${after}\n\n`);
}

function quotingPages(corpus: Corpus, random: Random): EvaluationPage[] {
  const quotable = corpus.quotes.filter((q) => quotableSentences(q.text).length > 0);
  const statementIds = [...new Set(quotable.map((q) => q.statementId))];
  const pages: EvaluationPage[] = [];
  for (let n = 0; n < QUOTING_PAGES; n++) {
    const form = QUOTATION_FORMS[n % QUOTATION_FORMS.length] as QuotationForm;
    const fromStatements = [pick(random, statementIds)];
    if (random() < 0.5) fromStatements.push(pick(random, statementIds.filter((s) => s !== fromStatements[0])));
    const quotations = randomInt(random, Math.max(1, fromStatements.length), 3);
    const page: PageBuilder = { parts: [], length: 0, insertions: [] };
    append(page, `${pick(random, PAGE_HEADERS)}\n\n${pick(random, NEWS_HEADLINES)}\n\nBy our health correspondent\n\n`);
    append(page, `${pick(random, REPORTER_SENTENCES)} ${pick(random, REPORTER_SENTENCES)}\n\n`);
    const used = new Set<string>();
    for (let i = 0; i < quotations; i++) {
      const statementId = fromStatements[i % fromStatements.length] as string;
      const candidates = quotable.filter((q) => q.statementId === statementId && !used.has(q.id));
      if (candidates.length === 0) continue;
      const quote = pick(random, candidates);
      const piece = quotation(quote, form, random);
      if (!piece) continue;
      used.add(quote.id);
      appendQuotation(page, quote, random() < 0.3 ? swapTypography(piece) : piece, random);
      append(page, `${pick(random, REPORTER_SENTENCES)}\n\n`);
    }
    append(page, pick(random, PAGE_FOOTERS));
    if (page.insertions.length > 0) {
      pages.push({ kind: 'quoting', label: form, text: page.parts.join(''), insertions: page.insertions });
    }
  }
  return pages;
}

// ---------------------------------------------------------------------------------
// Negatives
// ---------------------------------------------------------------------------------

function shuffledPick(random: Random, items: readonly string[], count: number): string[] {
  const pool = [...items];
  const out: string[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(randomInt(random, 0, pool.length - 1), 1)[0] as string);
  return out;
}

function negativePages(corpus: Corpus, random: Random): EvaluationPage[] {
  const pages: EvaluationPage[] = [];
  const negative = (label: string, body: string): EvaluationPage => ({
    kind: 'negative',
    label,
    text: withFurniture(body, random),
    insertions: [],
  });
  for (let n = 0; n < NEGATIVE_PAGES_PER_KIND; n++) {
    pages.push(negative('unrelated subject', shuffledPick(random, UNRELATED_PARAGRAPHS, randomInt(random, 3, 6)).join('\n\n')));
    const sameSubject = shuffledPick(random, SAME_SUBJECT_PARAGRAPHS, randomInt(random, 3, 6));
    sameSubject.splice(1, 0, shuffledPick(random, REPORTER_SENTENCES, 3).join(' '));
    pages.push(negative('same subject, other words', `${pick(random, NEWS_HEADLINES)}\n\n${sameSubject.join('\n\n')}`));
    const withFragments = shuffledPick(random, SAME_SUBJECT_PARAGRAPHS, 4);
    for (let f = 0; f < 3; f++) {
      const quote = pick(random, corpus.quotes);
      const words = quote.text.split(/\s+/);
      const length = Math.min(words.length, randomInt(random, FRAGMENT_WORDS.min, FRAGMENT_WORDS.max));
      const from = randomInt(random, 0, words.length - length);
      const fragment = words.slice(from, from + length).join(' ').replace(/^["“‘']+|["”’',.;:]+$/g, '');
      const who = pick(random, ATTRIBUTIONS);
      withFragments.splice(1 + 2 * f, 0, `${who.name} described the plans as “${fragment}”.`);
    }
    pages.push(negative('short fragments of quotes', withFragments.join('\n\n')));
  }
  return pages;
}

/** The labelled pages of the evaluation, always the same for the same corpus and seed. */
export function evaluationPages(corpus: Corpus, seed: number = EVALUATION_SEED): EvaluationPage[] {
  const random = seededRandom(seed);
  return [...copyPages(corpus.statements, random), ...quotingPages(corpus, random), ...negativePages(corpus, random)];
}

// ---------------------------------------------------------------------------------
// Case 1: URLs
// ---------------------------------------------------------------------------------

function urlVariants(address: string): { url: string; label: string }[] {
  const url = new URL(address);
  const host = url.hostname;
  const otherHost = host.startsWith('www.') ? host.slice(4) : `www.${host}`;
  const path = url.pathname;
  const otherPath = path.endsWith('/') ? path.replace(/\/+$/, '') : `${path}/`;
  const base = `${url.protocol}//${host}${path}${url.search}`;
  const withParams = (params: string): string => `${base}${url.search ? '&' : '?'}${params}`;
  return [
    { url: base, label: 'as published' },
    { url: `${url.protocol === 'https:' ? 'http:' : 'https:'}//${host}${path}${url.search}`, label: 'other scheme' },
    { url: `${url.protocol}//${otherHost}${path}${url.search}`, label: 'www toggled' },
    { url: `${url.protocol}//${host}${otherPath}${url.search}`, label: 'trailing slash toggled' },
    { url: `${base}#comments`, label: 'fragment' },
    { url: withParams('utm_source=twitter&utm_medium=social&utm_campaign=wp'), label: 'tracking parameters' },
    { url: withParams('fbclid=IwAR0abc123'), label: 'tracking parameters' },
    { url: `http://${otherHost.toUpperCase()}${otherPath}?gclid=xyz#top`, label: 'combined' },
  ];
}

function otherPagesOnHost(address: string): { url: string; label: string }[] {
  const url = new URL(address);
  const origin = `${url.protocol}//${url.hostname}`;
  const path = url.pathname.replace(/\/+$/, '');
  const parent = path.slice(0, path.lastIndexOf('/')) || '/';
  return [
    { url: `${origin}/`, label: 'home page' },
    { url: `${origin}${parent}`, label: 'section page' },
    { url: `${origin}${path}-2`, label: 'similar path' },
    { url: `${origin}${parent}/another-story`, label: 'sibling page' },
    { url: `${origin}${path}?page=2`, label: 'selecting parameter' },
  ];
}

/** URL variants of every statement's addresses, and other pages on the same hosts. */
export function urlCases(corpus: Corpus): UrlCase[] {
  return corpus.statements.flatMap((s) => [
    ...[s.canonicalUrl, ...s.otherUrls].flatMap((u) => urlVariants(u).map((v) => ({ ...v, statementId: s.id }))),
    ...otherPagesOnHost(s.canonicalUrl).map((v) => ({ ...v, statementId: null })),
  ]);
}
