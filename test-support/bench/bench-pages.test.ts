import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../lib/corpus/bundled-corpus';
import { buildIndexEntries } from '../../lib/matching/build-index';
import { detectSync } from '../../lib/matching/detect';
import { shingleHashes, winnow } from '../../lib/matching/fingerprints';
import { MemoryFingerprintStore } from '../../lib/matching/memory-store';
import { tokenize } from '../../lib/matching/tokens';
import { withNameForms } from '../../lib/verify/name-forms';
import { namePattern, namesAnyone } from '../../lib/verify/known-names';
import { syntheticPack } from '../corpus/synthetic-pack';
import { corpusDocSources } from '../matching/evaluation';
import { GROWTH_PAGE_KNOWN_SHARE, articleParagraphs } from './bench-pages';
import { benchSentences } from './bench-sentences';

const bundled = loadBundledCorpus();
const sentences = benchSentences(bundled);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("the benchmark's pages", () => {
  it('are articles of about the words asked, made only of real development-set sentences, the same for the same seed', () => {
    const page = articleParagraphs(sentences.article, 5_000, 1);
    expect(articleParagraphs(sentences.article, 5_000, 1)).toEqual(page);
    expect(articleParagraphs(sentences.article, 5_000, 2)).not.toEqual(page);
    expect(words(page.join(' '))).toBeGreaterThanOrEqual(5_000);
    expect(words(page.join(' '))).toBeLessThan(5_300);
    // Each paragraph is a run of known sentences, one after another.
    const known = [...sentences.article].sort((a, b) => b.length - a.length);
    for (let rest of page) {
      while (rest) {
        const first = known.find((s) => rest.startsWith(s));
        expect(first, rest.slice(0, 80)).toBeDefined();
        rest = rest.slice((first ?? rest).length).trimStart();
      }
    }
  });

  it('match nothing of the bundled corpus and name no person it knows, at 5k and at 100k words', () => {
    const store = new MemoryFingerprintStore(buildIndexEntries(corpusDocSources(bundled)));
    // The forms the background scans for: role aliases ("the Health Secretary") alone name nobody.
    const names = namePattern(withNameForms(bundled.people))!;
    for (const size of [5_000, 100_000]) {
      const page = articleParagraphs(sentences.article, size, 3).join('\n\n');
      expect(detectSync(page, store)).toEqual({ statements: [], quotes: [] });
      expect(namesAnyone(names, page)).toBe(false);
    }
    expect(namesAnyone(names, articleParagraphs(sentences.growth, 5_000, 1).join('\n\n'))).toBe(false);
  });

  it('share their vocabulary and the stated share of fingerprints with a detection-growth corpus, and match nothing of it', () => {
    const pack = syntheticPack(bundled, 1_000, 2026, sentences.corpusTexts);
    const entries = buildIndexEntries(corpusDocSources(pack));
    const vocabulary = new Set(pack.statements.flatMap((s) => tokenize(s.text).map((t) => t.word)));
    for (const seed of [1, 2, 3, 4]) {
      const page = articleParagraphs(sentences.growth, 5_000, seed).join('\n\n');
      const tokens = tokenize(page);
      const inVocabulary = tokens.filter((t) => vocabulary.has(t.word)).length / tokens.length;
      expect(inVocabulary).toBeGreaterThan(0.8);
      const prints = new Set(winnow(shingleHashes(tokens, 5), 6).map((f) => f.hash));
      const knownShare = [...prints].filter((hash) => entries.postings.has(hash)).length / prints.size;
      expect(knownShare).toBeGreaterThanOrEqual(GROWTH_PAGE_KNOWN_SHARE.min);
      expect(knownShare).toBeLessThanOrEqual(GROWTH_PAGE_KNOWN_SHARE.max);
      expect(detectSync(page, new MemoryFingerprintStore(entries)).quotes).toEqual([]);
    }
  }, 60_000);
});
