import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { installCorpus } from './corpus-install';
import { allQuotes, getQuotes, putQuotes, putStatements, statementIdsByDate, statementIdsOfEvent } from './corpus-records';
import type { PolicyLensDb } from './db';
import { openTestDatabase } from './test-db';
import { SEARCHED_STATEMENTS, voiceSearch } from './voice-search';
import type { Quote } from '../schema';
import { DIRECT_READ_QUOTES, type Voice, speaks } from './voice-statements';

const corpus = loadBundledCorpus();
const model = corpus.statements.find((s) => s.id === 'nhs-providers-hopson-2021-02-12')!;
const modelQuote = corpus.quotes.find((q) => q.statementId === model.id)!;
const otherEvent = corpus.statements.find((s) => s.eventId !== model.eventId)!.eventId;
const PROLIFIC = DIRECT_READ_QUOTES + 60;
/** Of the prolific voice's statements, the oldest few answer the other event. */
const ON_OTHER_EVENT = 5;

/** The search as it was written before its reads were kept: every read made afresh, the voice's quotes picked out of all the quotes. */
async function searchedAfresh(db: PolicyLensDb, voice: Voice, eventId: string | undefined): Promise<{ quotes: Quote[]; unsearched: number }> {
  const everyQuote = await allQuotes(db);
  const all = everyQuote.filter((q) => speaks(voice, q));
  if (all.length <= DIRECT_READ_QUOTES) return { quotes: all, unsearched: 0 };
  const theirs = new Set(all.map((q) => q.statementId));
  const ordered = (await statementIdsByDate(db)).reverse().filter((id) => theirs.has(id));
  const ofEvent = new Set(eventId ? await statementIdsOfEvent(db, eventId) : []);
  const searched = [...ordered.filter((id) => ofEvent.has(id)), ...ordered.filter((id) => !ofEvent.has(id))].slice(0, SEARCHED_STATEMENTS);
  const quotes = searched.flatMap((id) => all.filter((q) => q.statementId === id));
  return { quotes, unsearched: ordered.length - searched.length };
}

describe('voiceSearch', () => {
  let db: PolicyLensDb;
  beforeAll(async () => {
    db = openTestDatabase();
    await installCorpus(db, corpus);
    const statements = Array.from({ length: PROLIFIC }, (_, i) => ({
      ...model,
      id: `prolific-${String(i).padStart(4, '0')}`,
      eventId: i < ON_OTHER_EVENT ? otherEvent : model.eventId,
      canonicalUrl: `https://example.org/prolific/${i}`,
      otherUrls: [],
      publishedDate: new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10),
    }));
    await putStatements(db, statements);
    await putQuotes(db, statements.map((s) => ({ ...modelQuote, speakerId: 'matthew-taylor', id: `q-${s.id}`, statementId: s.id })));
  });
  afterAll(() => db.delete());

  it('reads a voice that speaks a little whole, leaving nothing unsearched', async () => {
    const [read] = await voiceSearch(db, [{ kind: 'person', id: 'chris-hopson' }], undefined);
    expect(read?.quotes.map((q) => q.id).sort()).toEqual(corpus.quotes.filter((q) => q.speakerId === 'chris-hopson').map((q) => q.id).sort());
    expect(read?.unsearched).toBe(0);
  });

  it('searches a voice that speaks a great deal through its newest statements, and counts the rest', async () => {
    const [read] = await voiceSearch(db, [{ kind: 'person', id: 'matthew-taylor' }], undefined);
    const total = new Set([...corpus.quotes.filter((q) => q.speakerId === 'matthew-taylor').map((q) => q.statementId), ...Array.from({ length: PROLIFIC }, (_, i) => `prolific-${String(i).padStart(4, '0')}`)]).size;
    const searched = new Set(read?.quotes.map((q) => q.statementId));
    expect(searched.size).toBe(SEARCHED_STATEMENTS);
    expect(read?.unsearched).toBe(total - SEARCHED_STATEMENTS);
    expect(read?.quotes.every((q) => q.speakerId === 'matthew-taylor')).toBe(true);
    // The newest is searched; the oldest is not.
    expect(searched.has(`prolific-${String(PROLIFIC - 1).padStart(4, '0')}`)).toBe(true);
    expect(searched.has('prolific-0000')).toBe(false);
  });

  it('finds exactly what a search made afresh finds, in the same order, before and after the corpus changes', async () => {
    const voices: Voice[] = [
      { kind: 'person', id: 'matthew-taylor' },
      { kind: 'person', id: 'chris-hopson' },
      ...[...new Set(corpus.quotes.map((q) => q.organisationId))].map((id) => ({ kind: 'organisation' as const, id })),
    ];
    const compare = async () => {
      for (const eventId of [undefined, otherEvent, model.eventId]) {
        const kept = await voiceSearch(db, voices, eventId);
        const afresh = await Promise.all(voices.map((voice) => searchedAfresh(db, voice, eventId)));
        expect(kept.map(({ quotes, unsearched }) => ({ quotes, unsearched }))).toEqual(afresh);
      }
    };
    await compare();
    await compare(); // the second time from what was kept
    // A quote of the prolific voice's newest statement changes hands, and one more is said in its oldest.
    const newest = `q-prolific-${String(PROLIFIC - 1).padStart(4, '0')}`;
    const [changing] = await getQuotes(db, [newest]);
    await putQuotes(db, [{ ...changing!, speakerId: 'chris-hopson' }]);
    await putQuotes(db, [{ ...modelQuote, speakerId: 'matthew-taylor', id: 'q-prolific-0000-b', statementId: 'prolific-0000' }]);
    await compare();
    const [taylor, hopson] = await voiceSearch(db, voices.slice(0, 2), otherEvent);
    expect(taylor?.quotes.some((q) => q.id === newest)).toBe(false);
    expect(taylor?.quotes.some((q) => q.id === 'q-prolific-0000-b')).toBe(true);
    expect(hopson?.quotes.some((q) => q.id === newest)).toBe(true);
  });

  it('searches the statements for the page’s event first, however old', async () => {
    const [read] = await voiceSearch(db, [{ kind: 'person', id: 'matthew-taylor' }], otherEvent);
    const searched = new Set(read?.quotes.map((q) => q.statementId));
    for (let i = 0; i < ON_OTHER_EVENT; i++) expect(searched.has(`prolific-${String(i).padStart(4, '0')}`)).toBe(true);
    expect(searched.size).toBe(SEARCHED_STATEMENTS);
  });
});
