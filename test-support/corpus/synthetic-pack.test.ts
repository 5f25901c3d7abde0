import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../lib/corpus/bundled-corpus';
import { serializePack, toPackFile } from '../../lib/corpus/pack-format';
import { parsePackText } from '../../lib/corpus/pack-validate';
import { changedPack, syntheticPack } from './synthetic-pack';

const corpus = loadBundledCorpus();

describe('the synthetic pack for benchmarks', () => {
  it('is a valid pack of real seed sentences, the same for the same seed, and changes exactly the statements asked', () => {
    const pack = syntheticPack(corpus, 200, 7);
    expect(syntheticPack(corpus, 200, 7)).toEqual(pack);
    const { events, organisations, people, topics, statements, quotes, ...header } = pack;
    expect(parsePackText(serializePack(toPackFile(header, { events, organisations, people, topics, statements, quotes }))).ok).toBe(true);
    const seedWords = new Set(corpus.statements.flatMap((s) => s.text.split(/\s+/)));
    expect(statements.every((s) => s.text.split(' ').every((w) => seedWords.has(w)))).toBe(true);
    const next = changedPack(pack, 10, 8);
    expect(next.version).toBe(pack.version + 1);
    expect(next.statements.filter((s, i) => s.text !== statements[i]?.text)).toHaveLength(10);
  });
});
