import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { buildIndexEntries, indexDocument } from './build-index';
import { COMMON_HASH_POSTINGS, QUOTE_MIN_WORDS, RARE_HASH_POSTINGS, detect, detectSync } from './detect';
import { corpusDocSources } from '../../test-support/matching/evaluation';
import { swapTypography } from '../../test-support/matching/evaluation-set';
import { SAME_SUBJECT_PARAGRAPHS, UNRELATED_PARAGRAPHS } from '../../test-support/matching/evaluation-texts';
import type { FingerprintStore, Posting } from './index-types';
import { MemoryFingerprintStore } from './memory-store';
import { tokenize } from './tokens';

const corpus = loadBundledCorpus();
const entries = buildIndexEntries(corpusDocSources(corpus));
const freshStore = (): MemoryFingerprintStore => new MemoryFingerprintStore(entries);
const words = (text: string): string => tokenize(text).map((t) => t.word).join(' ');
const statement = (id: string) => corpus.statements.find((s) => s.id === id)!;

describe('detect: copies of statements', () => {
  it.each(corpus.statements.map((s) => [s.id, s.text]))('finds %s in its own text', async (id, text) => {
    const store = freshStore();
    const detection = await detect(text, store);
    expect(detection.statements[0]).toEqual({ statementId: id, similarity: 1 });
    expect(store.calls).toEqual({ lookup: 1, docs: 1 });
  });

  it('finds a copy with the headline changed, a paragraph dropped, quotes swapped, case and whitespace changed', async () => {
    for (const s of corpus.statements) {
      const [, ...body] = s.text.split(/\n\s*\n/);
      const longest = body.reduce((a, b) => (b.length > a.length ? b : a));
      const kept = body.filter((p) => p !== longest || body.length < 3);
      const copy = `Reposted: what they said\n\n${swapTypography(kept.join('\n\n'))}`.toUpperCase().replace(/\s+/g, '  ');
      const detection = await detect(`Menu | Home | News\n${copy}\nShare this page`, freshStore());
      expect(detection.statements.map((d) => d.statementId)).toEqual([s.id]);
      expect(detection.statements[0]!.similarity).toBeGreaterThan(0.5);
    }
  });

  it('locates the quotes a copy carries, word for word', async () => {
    const s = statement('nhs-providers-cordery-2022-02-09');
    const page = `Republished with permission.\n\n${swapTypography(s.text)}`;
    const detection = await detect(page, freshStore());
    const [found] = detection.quotes;
    const quote = corpus.quotes.find((q) => q.id === 'q-cordery-2022-1')!;
    expect(found).toMatchObject({ quoteId: quote.id, statementId: s.id, coverage: 1 });
    expect(words(found!.ranges.map((r) => page.slice(r.start, r.end)).join(' '))).toBe(words(quote.text));
  });
});

describe('detect: through a store that packs postings', () => {
  /** A store that keeps each hash's postings as a flat typed array of (doc, pos), as IndexedDB rows might. */
  function packedStore(Packed: Uint32ArrayConstructor | Int32ArrayConstructor): FingerprintStore {
    const memory = freshStore();
    const packed = new Map<number, Uint32Array | Int32Array>();
    for (const [hash, list] of entries.postings) packed.set(hash, Packed.from(list.flatMap((p) => [p.doc, p.pos])));
    return {
      lookup: (hashes) => {
        const found = new Map<number, Posting[]>();
        for (const hash of hashes) {
          const flat = packed.get(hash);
          if (!flat) continue;
          const list: Posting[] = [];
          for (let i = 0; i < flat.length; i += 2) list.push({ doc: flat[i]!, pos: flat[i + 1]! });
          found.set(hash, list);
        }
        return Promise.resolve(found);
      },
      docs: (idxs) => memory.docs(idxs),
    };
  }

  it.each([
    ['Uint32Array', Uint32Array],
    ['Int32Array', Int32Array],
  ] as const)('recognises statements and quotes from postings kept in an %s', async (_, Packed) => {
    const s = statement('nuffield-trust-edwards-2022-02-09');
    const expected = await detect(s.text, freshStore());
    expect(expected.statements).toHaveLength(1);
    expect(expected.quotes).toHaveLength(1);
    expect(await detect(s.text, packedStore(Packed))).toEqual(expected);
  });
});

describe('detect: quotations on other pages', () => {
  // An ellipsis in a sentence of the NHS Providers statement, and a word changed in a
  // trimmed sentence of the Nuffield Trust statement.
  const ellipsis =
    'it recognises the need for flexibility, allowing places to decide which governance arrangements … to meet certain criteria, rather than impose a single model';
  const changed = 'the White Paper overestimates the extent to which major changes will produce the results';
  const page = [
    'Health Desk | Home | News',
    'Integration plans: sector gives its verdict',
    'Reaction from across the sector was swift after the document was published on Wednesday.',
    `Saffron Cordery of NHS Providers welcomed the fact that “${ellipsis}”.`,
    'Council leaders are due to meet officials next week to discuss the next steps.',
    `But Nigel Edwards warned that "${changed}".`,
    'Share this article | Most read | Contact us',
  ].join('\n\n');

  it('finds both quotes, attributed, with ranges over the quoted words, in page order', async () => {
    const store = freshStore();
    const detection = await detect(page, store);
    expect(store.calls).toEqual({ lookup: 1, docs: 1 });
    expect(detection.statements).toEqual([]);
    expect(detection.quotes.map((q) => [q.quoteId, q.statementId])).toEqual([
      ['q-cordery-2022-1', 'nhs-providers-cordery-2022-02-09'],
      ['q-edwards-2022-1', 'nuffield-trust-edwards-2022-02-09'],
    ]);
    for (const [found, quoted] of [
      [detection.quotes[0]!, ellipsis],
      [detection.quotes[1]!, changed],
    ] as const) {
      // One range over the quoted words; it may take in a word before the quotation
      // mark when the quote has that word there too ("… that “it recognises …").
      const start = page.indexOf(quoted);
      const end = start + quoted.length;
      expect(found.ranges).toHaveLength(1);
      const [range] = found.ranges;
      expect(range!.start).toBeLessThanOrEqual(start);
      expect(range!.end).toBeGreaterThanOrEqual(end);
      expect(tokenize(page.slice(range!.start, range!.end)).length - tokenize(quoted).length).toBeLessThanOrEqual(1);
      expect(found.coverage).toBeGreaterThan(0);
      expect(found.coverage).toBeLessThan(0.3);
    }
  });

  it('gives the same answer synchronously', async () => {
    expect(detectSync(page, freshStore())).toEqual(await detect(page, freshStore()));
  });
});

describe('detect: pages that match nothing', () => {
  it.each([
    ['an unrelated subject', UNRELATED_PARAGRAPHS.join('\n\n')],
    ['the same subject in other words', SAME_SUBJECT_PARAGRAPHS.join('\n\n')],
    ['an empty page', ''],
  ])('finds nothing on %s', async (_, text) => {
    const store = freshStore();
    expect(await detect(text, store)).toEqual({ statements: [], quotes: [] });
    expect(store.calls.lookup).toBe(1);
    expect(store.calls.docs).toBeLessThanOrEqual(1);
  });

  it('finds nothing for short generic phrases the corpus shares', async () => {
    const phrases = [
      'health and care services',
      'the NHS and local government',
      'more integrated, more innovative and responsive',
      'joined-up care',
      'integrated care systems',
    ];
    const corpusWords = corpus.statements.map((s) => words(s.text)).join(' | ');
    for (const phrase of phrases) {
      expect(corpusWords).toContain(words(phrase));
      expect(tokenize(phrase).length).toBeLessThan(QUOTE_MIN_WORDS);
    }
    const page = SAME_SUBJECT_PARAGRAPHS.map((p, i) => `${p} Critics called it “${phrases[i % phrases.length]!}”.`).join('\n\n');
    expect(await detect(page, freshStore())).toEqual({ statements: [], quotes: [] });
  });
});

describe('detect: quotes made only of stock phrases', () => {
  // The rule (COMMON_HASH_POSTINGS, RARE_HASH_POSTINGS): a fingerprint with more than 256
  // postings never makes a quote a candidate; one with 17 to 256 does only together with a
  // second hit further along the same passage; one with 16 or fewer does alone. So a
  // quotation of ten words or more is found while its phrases are shared by up to 256
  // documents each, and not beyond.
  const quote = 'We welcome the white paper and its ambition for integrated care systems across the whole country';
  const sharing = (copies: number) =>
    Array.from({ length: copies }, (_, i) => ({
      kind: 'quote' as const,
      refId: `other-${i}`,
      statementId: `other-statement-${i}`,
      text: `Speaker number ${i} said on day ${i} that ${quote.toLowerCase()}, in remarks number ${i}.`,
    }));
  const target = { kind: 'quote' as const, refId: 'target', statementId: 'target-statement', text: quote };
  const postingsOfTarget = (store: MemoryFingerprintStore): number[] => {
    const hashes = indexDocument(target, 1).prints.map((p) => p.hash);
    expect(hashes.length).toBeGreaterThan(1);
    const found = store.lookupSync(hashes);
    return hashes.map((hash) => found.get(hash)?.length ?? 0);
  };
  const page = `${SAME_SUBJECT_PARAGRAPHS[0]} The chief executive said: “${quote}.” ${SAME_SUBJECT_PARAGRAPHS[1]}`;

  it('finds a quote every fingerprint of which 40 other quotes share, through two hits in order', async () => {
    const store = new MemoryFingerprintStore(buildIndexEntries([target, ...sharing(40)]));
    // Every fingerprint of the quote is common: none nominates it alone.
    expect(postingsOfTarget(store).every((n) => n > RARE_HASH_POSTINGS && n <= COMMON_HASH_POSTINGS)).toBe(true);
    const found = (await detect(page, store)).quotes.map((q) => q.quoteId);
    expect(found).toContain('target');
  });

  it('finds no quote whose every fingerprint more than 256 other quotes share (stock phrases are not evidence)', async () => {
    const store = new MemoryFingerprintStore(buildIndexEntries([target, ...sharing(300)]));
    expect(postingsOfTarget(store).every((n) => n > COMMON_HASH_POSTINGS)).toBe(true);
    expect((await detect(page, store)).quotes.map((q) => q.quoteId)).not.toContain('target');
  });
});
