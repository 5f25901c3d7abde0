// A large corpus pack for benchmarks, made of realistic English: every statement is
// a random run of real sentences from the seed statements, each sentence with about
// two words in five replaced by another word of the seeds (so sentences read as
// policy prose yet are not repeated word for word across thousands of statements,
// which would make every shingle a stock phrase). Its quotes are three of its own
// sentences; its people, organisations, events and topics are the bundled ones.
import type { Quote, Statement } from '../../lib/schema';
import { type Random, pick, randomInt, seededRandom } from '../seeded-random';
import type { CorpusPack } from '../../lib/corpus/pack-format';

/** Sentences per statement: 8 to 20, about 250 to 600 words, as press statements run. */
const SENTENCES = { min: 8, max: 20 };
/**
 * Share of a sentence's words swapped for another seed word. The seeds hold a few
 * hundred sentences, so each recurs thousands of times in a 50 000-statement pack:
 * with 40% swapped, a five-word run survives intact in 0.6⁵ ≈ 8% of copies, so few
 * shingles become stock phrases and quotes are not near-copies of one another.
 */
const SWAP_CHANCE = 0.4;
const QUOTES_PER_STATEMENT = 3;

interface Language {
  sentences: string[][];
  words: string[];
}

function language(base: CorpusPack, moreTexts: readonly string[] = []): Language {
  const sentences = [...base.statements.map((s) => s.text), ...moreTexts]
    .flatMap((text) => text.split(/(?<=[.!?])\s+/))
    .map((s) => s.split(/\s+/).filter(Boolean))
    .filter((words) => words.length >= 6);
  return { sentences, words: sentences.flat() };
}

function sentence(lang: Language, random: Random): string {
  return pick(random, lang.sentences)
    .map((word) => (random() < SWAP_CHANCE ? pick(random, lang.words) : word))
    .join(' ');
}

function statementAt(base: CorpusPack, lang: Language, i: number, random: Random): { statement: Statement; quotes: Quote[] } {
  const sentences = Array.from({ length: randomInt(random, SENTENCES.min, SENTENCES.max) }, () => sentence(lang, random));
  const id = `synthetic-${i}`;
  const at = { origin: 'corpus' as const, createdAt: base.published, updatedAt: base.published };
  const model = pick(random, base.statements);
  const statement: Statement = {
    ...model,
    ...at,
    id,
    title: (sentences[0] ?? '').split(' ').slice(0, 10).join(' '),
    canonicalUrl: `https://example.org/synthetic/${i}`,
    otherUrls: [],
    text: sentences.join(' '),
  };
  const models = base.quotes.filter((q) => q.statementId === model.id);
  const quotes = Array.from({ length: QUOTES_PER_STATEMENT }, (_, n) => ({
    ...pick(random, models),
    ...at,
    id: `q-${id}-${n + 1}`,
    statementId: id,
    text: sentences[(n * 3 + 1) % sentences.length] ?? '',
  }));
  return { statement, quotes };
}

/**
 * A pack of `count` statements made from the bundled corpus `base` (the same for the same
 * seed). `moreTexts`, real texts of the same domain, add their sentences to the seeds'.
 */
export function syntheticPack(base: CorpusPack, count: number, seed: number, moreTexts: readonly string[] = []): CorpusPack {
  const random = seededRandom(seed);
  const lang = language(base, moreTexts);
  const statements: Statement[] = [];
  const quotes: Quote[] = [];
  for (let i = 0; i < count; i++) {
    const made = statementAt(base, lang, i, random);
    statements.push(made.statement);
    quotes.push(...made.quotes);
  }
  return { ...base, id: 'synthetic', title: `Synthetic corpus of ${count} statements`, statements, quotes };
}

/** The next version of `pack`: `changed` statements, spread through it, each gain one more sentence. */
export function changedPack(pack: CorpusPack, changed: number, seed: number): CorpusPack {
  const random = seededRandom(seed);
  const lang = language(pack);
  const step = Math.max(1, Math.floor(pack.statements.length / changed));
  const published = new Date(Date.parse(pack.published) + 86_400_000).toISOString();
  return {
    ...pack,
    version: pack.version + 1,
    published,
    statements: pack.statements.map((s, i) => (i % step === 0 && i / step < changed ? { ...s, text: `${s.text} ${sentence(lang, random)}` } : s)),
  };
}

/** A statement the analyst captures: one more, with its quotes, as a capture saves it. */
export function capturedStatement(base: CorpusPack, i: number, seed: number): { statement: Statement; quotes: Quote[] } {
  const made = statementAt(base, language(base), i, seededRandom(seed));
  const id = `captured-${i}`;
  return {
    statement: { ...made.statement, origin: 'user', id },
    quotes: made.quotes.map((q, n) => ({ ...q, origin: 'user', id: `q-${id}-${n + 1}`, statementId: id })),
  };
}
