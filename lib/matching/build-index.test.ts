import { describe, expect, it } from 'vitest';
import { STATEMENT_SAMPLE_SIZE, buildIndexEntries, indexDocument } from './build-index';
import { fingerprints } from './fingerprints';
import { type DocSource, STATEMENT_POS } from './index-types';
import { MemoryFingerprintStore } from './memory-store';
import { syntheticDocSources } from '../../test-support/matching/synthetic-corpus';
import { tokenize } from './tokens';

const sources = syntheticDocSources(20, 5);

describe('buildIndexEntries', () => {
  it('numbers documents from firstIdx in the order given', () => {
    const { docs } = buildIndexEntries(sources, 101);
    expect(docs.map((d) => d.idx)).toEqual(sources.map((_, i) => 101 + i));
    expect(docs.map((d) => [d.kind, d.refId, d.statementId])).toEqual(sources.map((s) => [s.kind, s.refId, s.statementId]));
  });

  it('indexes a statement by its smallest distinct winnowed hashes, without positions', () => {
    const statement = sources.find((s) => s.kind === 'statement')!;
    const { doc, prints } = indexDocument(statement, 1);
    const all = [...new Set(fingerprints(tokenize(statement.text)).map((p) => p.hash))].sort((a, b) => a - b);
    expect(prints.map((p) => p.hash)).toEqual(all.slice(0, STATEMENT_SAMPLE_SIZE));
    expect(doc.fingerprints).toBe(prints.length);
    expect(doc.words).toBe(tokenize(statement.text).length);
    const { postings } = buildIndexEntries([statement]);
    for (const list of postings.values()) expect(list).toEqual([{ doc: 1, pos: STATEMENT_POS }]);
  });

  it('indexes a quote by all its winnowed fingerprints, at their positions, with its text', () => {
    const quote = sources.find((s) => s.kind === 'quote')!;
    const { doc, prints } = indexDocument(quote, 7);
    expect(prints).toEqual(fingerprints(tokenize(quote.text)));
    expect(doc).toMatchObject({ kind: 'quote', text: quote.text, fingerprints: prints.length });
  });

  it('groups postings by hash, in document order', () => {
    const { postings, docs } = buildIndexEntries(sources);
    let total = 0;
    for (const list of postings.values()) {
      total += list.length;
      for (let i = 1; i < list.length; i++) expect(list[i]!.doc).toBeGreaterThanOrEqual(list[i - 1]!.doc);
    }
    expect(total).toBe(docs.reduce((sum, d) => sum + d.fingerprints, 0));
  });

  it('gives a document the same postings whatever else is indexed, so they can be recomputed to remove it', () => {
    const alone = buildIndexEntries([sources[3]!], 4);
    const together = buildIndexEntries(sources);
    for (const [hash, list] of alone.postings) {
      expect(together.postings.get(hash)).toEqual(expect.arrayContaining(list));
    }
  });
});

describe('MemoryFingerprintStore', () => {
  const entries = buildIndexEntries(sources);
  const store = new MemoryFingerprintStore(entries);

  it('answers only for hashes and documents it holds', async () => {
    const [someHash] = entries.postings.keys();
    const found = await store.lookup([someHash!, 12345, 67890]);
    expect([...found.keys()].filter((h) => h === someHash)).toHaveLength(1);
    expect([...found.keys()].every((h) => entries.postings.has(h))).toBe(true);
    const docs = await store.docs([1, 2, 99_999]);
    expect([...docs.keys()]).toEqual([1, 2]);
  });

  it('adds entries built separately, and refuses a document number twice', () => {
    const more: DocSource[] = syntheticDocSources(2, 6);
    const combined = new MemoryFingerprintStore(entries, buildIndexEntries(more, entries.docs.length + 1));
    expect(combined.size().docs).toBe(entries.docs.length + more.length);
    expect(() => combined.add(buildIndexEntries(more, 1))).toThrow(/already/);
  });
});
