import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { textChange } from '../dom/text-change';
import { corpusDocSources } from '../../test-support/matching/evaluation';
import { SAME_SUBJECT_PARAGRAPHS, UNRELATED_PARAGRAPHS } from '../../test-support/matching/evaluation-texts';
import { buildIndexEntries } from './build-index';
import { detect } from './detect';
import { CHANGE_CONTEXT_CHARS, detectChange } from './detect-change';
import { shingleHashes, winnow } from './fingerprints';
import type { FingerprintStore } from './index-types';
import { MemoryFingerprintStore } from './memory-store';
import { tokenize } from './tokens';

const corpus = loadBundledCorpus();
const store = new MemoryFingerprintStore(buildIndexEntries(corpusDocSources(corpus)));
const quoteText = (id: string) => corpus.quotes.find((q) => q.id === id)!.text;

/** The store, recording every hash detection asks it for. */
function recording(): { store: FingerprintStore; asked: Set<number> } {
  const asked = new Set<number>();
  return {
    asked,
    store: {
      lookup: (hashes) => {
        for (const h of hashes) asked.add(h);
        return store.lookup(hashes);
      },
      docs: (idxs) => store.docs(idxs),
    },
  };
}

const fingerprints = (text: string) => new Set(winnow(shingleHashes(tokenize(text), 5), 6).map((f) => f.hash));

/** A long live page: filler paragraphs with known quotations at the start and in the middle. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => [...UNRELATED_PARAGRAPHS, ...SAME_SUBJECT_PARAGRAPHS][i % (UNRELATED_PARAGRAPHS.length + SAME_SUBJECT_PARAGRAPHS.length)]).join('\n\n');
const before = [
  `Chris Hopson said: “${quoteText('q-hopson-2021-2')}”`,
  filler(40),
  `Matthew Taylor added: “${quoteText('q-taylor-2022-1')}”`,
  filler(40),
].join('\n\n');

async function expectSameAsWhole(previousText: string, nextText: string) {
  const previous = await detect(previousText, store);
  const { store: watched, asked } = recording();
  const change = textChange(previousText, nextText);
  const updated = await detectChange(previous, change, nextText, watched);
  const whole = await detect(nextText, store);
  expect(updated.quotes).toEqual(whole.quotes);
  expect(updated.statements).toEqual(previous.statements);
  return { asked, change, updated };
}

describe('detectChange: a live page detected in proportion to what changed', () => {
  it('finds a quote in an added paragraph, keeps the others, and looks up only the change’s surroundings', async () => {
    const added = `${before}\n\nNigel Edwards warned: “${quoteText('q-edwards-2022-1')}”`;
    const { asked, updated } = await expectSameAsWhole(before, added);
    expect(updated.quotes.map((q) => q.quoteId)).toEqual(['q-hopson-2021-2', 'q-taylor-2022-1', 'q-edwards-2022-1']);
    // Only fingerprints of the last CHANGE_CONTEXT_CHARS and the paragraph were asked for, not the page's.
    const nearChange = fingerprints(added.slice(before.length - CHANGE_CONTEXT_CHARS - 100));
    expect([...asked].every((h) => nearChange.has(h))).toBe(true);
    // The quotations far from the change were not looked up again.
    for (const far of ['q-hopson-2021-2', 'q-taylor-2022-1']) expect([...fingerprints(quoteText(far))].some((h) => asked.has(h))).toBe(false);
  });

  it('moves the quotes after a change by its length', async () => {
    const inserted = before.replace('Matthew Taylor added:', `${filler(3)}\n\nMatthew Taylor added:`);
    const { updated } = await expectSameAsWhole(before, inserted);
    expect(updated.quotes.map((q) => q.quoteId)).toEqual(['q-hopson-2021-2', 'q-taylor-2022-1']);
  });

  it('finds a quotation again whole, or drops it, when a change cuts into it', async () => {
    const taylor = quoteText('q-taylor-2022-1');
    const trimmed = before.replace(taylor, taylor.split(' ').slice(0, -4).join(' '));
    await expectSameAsWhole(before, trimmed);
    const removed = before.replace(taylor, 'We will say more later.');
    const { updated } = await expectSameAsWhole(before, removed);
    expect(updated.quotes.map((q) => q.quoteId)).toEqual(['q-hopson-2021-2']);
  });

  it('an empty change keeps the detection as it was', async () => {
    const { updated, asked } = await expectSameAsWhole(before, before);
    expect(updated.quotes).toHaveLength(2);
    expect([...fingerprints(quoteText('q-taylor-2022-1'))].some((h) => asked.has(h))).toBe(false);
  });
});
