// The third unseen set is data only: this checks that it is what its README says it is (enough
// real pages from enough publishers, quoting voices the corpus knows; none already in another
// set; every label placed on its page; every named verdict pointing at a corpus quote or
// statement of the right speaker and reaching the set as labelled; kept out of the labelled set).
// It never runs the verifier: npm run bench prints the set's scores in aggregate only.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../lib/corpus/bundled-corpus';
import { loadDevSet, loadFreshSet, loadFreshSet2, loadFreshSet3 } from '../../capture/dev-set';
import { labelledSet, thirdUnseenSet } from '../labelled-set';
import { loadUnseenPages } from '../unseen-pages';
import { misplacedLabels, pagesAlreadyUsed } from '../unseen-set-checks';

const corpus = loadBundledCorpus();
const pages = loadUnseenPages('unseen-3');
const cases = thirdUnseenSet(corpus);


/** Who spoke a corpus quote or statement, by every name the corpus gives them. */
function speakerNames(source: string): Set<string> | undefined {
  const quote = corpus.quotes.find((q) => q.id === source);
  const statement = corpus.statements.find((s) => s.id === source);
  if (!quote && !statement) return undefined;
  // A statement speaks with its author's voice and the voices of the quotes taken from it.
  const personIds = quote ? [quote.speakerId] : [statement?.authorId, ...corpus.quotes.filter((q) => q.statementId === source).map((q) => q.speakerId)];
  return new Set(corpus.people.filter((p) => personIds.includes(p.id)).flatMap((p) => [p.name, ...p.aliases]));
}

describe('the third unseen verification set (labelled and committed before the verifier ran on it)', () => {
  it('holds at least 20 real pages from at least 12 publishers, with at least 40 scored quotations of voices the corpus knows', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(new Set(pages.map((p) => p.publisher)).size).toBeGreaterThanOrEqual(12);
    const known = cases.flatMap((c) => c.quotations.filter((q) => q.label !== 'none'));
    expect(known.length).toBeGreaterThanOrEqual(40);
  });

  it('shares no page, address or opening with the earlier unseen sets or the capture sets', () => {
    const earlier = [...loadUnseenPages(), ...loadUnseenPages('unseen-2'), ...loadDevSet(), ...loadFreshSet(), ...loadFreshSet2(), ...loadFreshSet3()];
    expect(pagesAlreadyUsed(pages, earlier)).toEqual([]);
    expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
  });

  it('places every label after an opening quotation mark, in page order, each ending before the next begins', () => {
    expect(misplacedLabels(pages)).toEqual([]);
  });

  it('points every named verdict at a corpus quote or statement whose speaker agrees with it', () => {
    const named = pages.flatMap((p) => p.quotes.flatMap((q) => (q.expect ? [{ id: p.id, speaker: q.speaker, ...q.expect }] : [])));
    expect(named.length).toBeGreaterThan(0);
    for (const q of named) {
      const names = speakerNames(q.source);
      expect(names, `${q.id}: ${q.source} is not in the corpus`).toBeDefined();
      const same = q.speaker !== null && names?.has(q.speaker);
      expect(same, `${q.id}: ${q.speaker} ${q.expect} from ${q.source}`).toBe(q.expect !== 'misattributed');
    }
  });

  it('gives a quotation that names its verdict that verdict in the set, whatever its speaker alone would give', () => {
    for (const page of pages) {
      const c = cases.find((x) => x.id === page.id);
      for (const q of page.quotes.filter((x) => x.expect)) {
        expect(c?.quotations.find((l) => l.start === q.start && l.end === q.end)?.label).toBe(q.expect?.expect);
      }
    }
  });

  it('rejects a named verdict it cannot score, saying which quotation and what it takes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unseen-bad-'));
    try {
      mkdirSync(join(dir, 'pages'));
      writeFileSync(join(dir, 'pages', 'p.txt'), 'He said: "we will act now on this," she added.');
      const quote = ['we will act now', 'on this,', 'Matt Hancock', null, { expect: 'verifed', source: 'q-hancock-2021-2' }];
      writeFileSync(join(dir, 'labels.json'), JSON.stringify([{ id: 'p', url: 'http://127.0.0.1/p', publisher: 'test', quotes: [quote] }]));
      const fromLoader = relative(fileURLToPath(new URL('../', import.meta.url)), dir);
      expect(() => loadUnseenPages(fromLoader)).toThrow(/page p: "we will act now" expects .*verifed.*verified \| misattributed \| altered/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stays out of the labelled set that verification is tuned and tested on', () => {
    const ids = new Set(pages.map((p) => p.id));
    expect(labelledSet(corpus).filter((c) => ids.has(c.id) || c.kind === 'unseen-3-page')).toEqual([]);
  });
});
