import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { collapseWhitespace } from '../text/collapse-whitespace';
import { installCorpus } from './corpus-install';
import { deleteQuotes, deleteStatements, putQuotes, putStatements } from './corpus-records';
import type { PolicyLensDb } from './db';
import { buildPageReport } from './page-report';
import { SAME_VOICE_STATEMENTS } from './voice-statements';
import { openTestDatabase } from './test-db';
import { rebuildTextIndex, textIndexStore } from './text-index';

const corpus = loadBundledCorpus();
const statement = (id: string) => corpus.statements.find((s) => s.id === id)!;
const quote = (id: string) => corpus.quotes.find((q) => q.id === id)!;
const ELSEWHERE = 'http://127.0.0.1:9/some/other/page';

describe('buildPageReport', () => {
  let db: PolicyLensDb;
  const report = (urls: string[], text: string) => buildPageReport(db, textIndexStore(db), { urls, text });

  beforeAll(async () => {
    db = openTestDatabase();
    await installCorpus(db, corpus);
    await rebuildTextIndex(db);
  });
  afterAll(() => db.delete());

  it('recognises a statement by its URL, with its speakers and every quote located in its text', async () => {
    const lbc = statement('lbc-integration-plans-2021-02-11');
    const result = await report([`${lbc.canonicalUrl}?utm_source=x`], lbc.text);
    expect(result?.recognised?.by).toBe('url');
    expect(result?.recognised?.statement.title).toBe(lbc.title);
    const ownQuotes = corpus.quotes.filter((q) => q.statementId === lbc.id).map((q) => q.id);
    expect(result?.found.map((f) => f.quote.id)).toEqual(expect.arrayContaining(ownQuotes));
    // Found quotes come in page order and their ranges point at their words.
    const starts = result!.found.map((f) => f.ranges[0]!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const f of result!.found.filter((f) => f.quote.statement.id === lbc.id)) {
      for (const range of f.ranges) {
        expect(collapseWhitespace(f.quote.text)).toContain(collapseWhitespace(lbc.text.slice(range.start, range.end)));
      }
      expect(f.coverage).toBe(1);
      // Every quote of the report is on its page word for word, Hancock's seven words included
      // (the narration says them once more, inside his long quotation).
      expect(f.wordedDifferently).toBe(false);
    }
    const hancock = result!.found.find((f) => f.quote.id === 'q-hancock-2021-1')!;
    expect(hancock.asQuoted).toBe('more integrated, more innovative and responsive');
    expect(result?.recognised?.speakers.map((s) => s.speaker?.name ?? s.organisation.name)).toContain('Jennifer Dixon');
  });

  it('recognises the same text at another address, and says how similar it is', async () => {
    const cordery = statement('nhs-providers-cordery-2022-02-09');
    const paragraphs = cordery.text.split(/\n\s*\n/);
    const copy = ['Health news roundup', ...paragraphs.slice(1, -1)].join('\n\n').replace(/"/g, '“');
    const result = await report([ELSEWHERE], copy);
    expect(result?.recognised?.by).toBe('text');
    expect(result?.recognised?.statement.id).toBe(cordery.id);
    expect(result?.recognised?.similarity).toBeGreaterThan(0.5);
  });

  it('finds trimmed quotations of two statements on a news page, and their counterparts', async () => {
    const taylor = quote('q-taylor-2022-1');
    const edwards = quote('q-edwards-2022-1');
    const page = [
      'Health leaders gave the plans a cautious welcome on Wednesday.',
      `Matthew Taylor said: "The proposals in the white paper to break down barriers between NHS providers and local authorities, including through better data sharing, will be a big step forward."`,
      `Nigel Edwards warned: "There is a risk that the White Paper overestimates the extent to which structural changes will produce the results expected."`,
      'Ministers will publish further details later this year.',
    ].join('\n\n');
    const result = await report([ELSEWHERE], page);
    expect(result?.recognised).toBeUndefined();
    expect(result?.found.map((f) => f.quote.id)).toEqual([taylor.id, edwards.id]);
    for (const f of result!.found) {
      expect(f.coverage).toBeLessThan(1);
      expect(page.slice(f.ranges[0]!.start, f.ranges.at(-1)!.end)).toMatch(/proposals in the white paper|structural changes/);
    }
    const [group] = result!.counterparts;
    expect(group?.event.id).toBe(statement('nhs-providers-cordery-2022-02-09').eventId);
    const reactions = group!.topics.flatMap((t) => t.reactions.map((r) => r.id));
    expect(reactions).toContain('q-cordery-2022-1');
    expect(reactions).not.toContain(taylor.id);
  });

  it('lists the same voices on other events: NHS Providers in 2021 beside its 2022 statement', async () => {
    const cordery = statement('nhs-providers-cordery-2022-02-09');
    const result = await report([cordery.canonicalUrl], cordery.text);
    const providers = result?.sameVoices.find((v) => v.kind === 'organisation' && v.id === 'nhs-providers');
    expect(providers?.statements.map((s) => s.statement.event.id)).not.toContain(cordery.eventId);
    expect(providers?.statements.map((s) => s.statement.id)).toContain('nhs-providers-hopson-2021-02-12');
    // Nothing is capped in a corpus this size.
    expect(providers?.moreQuotes).toBeUndefined();
    expect(result?.counterparts.every((g) => g.moreStatements === undefined)).toBe(true);
  });

  it('lists only the newest statements of a voice that said a great deal', async () => {
    const hopson = statement('nhs-providers-hopson-2021-02-12');
    const hopsonQuote = corpus.quotes.find((q) => q.statementId === hopson.id)!;
    const many = Array.from({ length: SAME_VOICE_STATEMENTS + 5 }, (_, i) => ({
      ...hopson,
      id: `providers-many-${i}`,
      canonicalUrl: `https://example.org/providers/${i}`,
      otherUrls: [],
      publishedDate: `2020-01-${String(i + 1).padStart(2, '0')}`,
    }));
    await putStatements(db, many);
    await putQuotes(db, many.map((s) => ({ ...hopsonQuote, id: `q-${s.id}`, statementId: s.id })));
    const cordery = statement('nhs-providers-cordery-2022-02-09');
    const providers = (await report([cordery.canonicalUrl], cordery.text))?.sameVoices.find((v) => v.id === 'nhs-providers');
    expect(providers?.statements).toHaveLength(SAME_VOICE_STATEMENTS);
    expect(providers?.statements[0]?.statement.id).toBe(hopson.id); // 2021, newer than all the 2020 ones
    const dates = providers?.statements.map((s) => s.statement.publishedDate) ?? [];
    expect(dates).toEqual([...dates].sort().reverse());
    expect(providers?.statements.map((s) => s.statement.id)).not.toContain('providers-many-0'); // the oldest is left out
    // The list says how many of the voice's quotes it leaves out.
    const theirs = corpus.quotes.filter((q) => q.organisationId === 'nhs-providers').length + many.length;
    const listed = providers!.statements.reduce((sum, s) => sum + s.quotes.length, 0);
    expect(providers?.moreQuotes).toBe(theirs - listed);
    await deleteQuotes(db, many.map((s) => `q-${s.id}`));
    await deleteStatements(db, many.map((s) => s.id));
  });

  it('returns nothing for a page that matches nothing', async () => {
    const text = 'The council will change bin collection days from March. Residents should check the website for their new day.';
    expect(await report(['https://example.org/bins'], text)).toBeNull();
  });
});
