import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import type { Quote } from '../schema';
import { installCorpus } from './corpus-install';
import { deleteQuotes, deleteStatements, putQuotes, putStatements } from './corpus-records';
import type { PolicyLensDb } from './db';
import { openTestDatabase } from './test-db';
import { DIRECT_READ_QUOTES, SAME_VOICE_STATEMENTS, voiceQuotes } from './voice-statements';

const corpus = loadBundledCorpus();
const model = corpus.statements.find((s) => s.id === 'nhs-providers-hopson-2021-02-12')!;
const modelQuote = corpus.quotes.find((q) => q.statementId === model.id)!;
const otherEvent = corpus.statements.find((s) => s.eventId !== model.eventId)!.eventId;

/** `count` statements of one voice, a day apart from 1 January 2019 on, on the model's event. */
function manyStatements(prefix: string, count: number, voice: Partial<Quote>) {
  const statements = Array.from({ length: count }, (_, i) => ({
    ...model,
    id: `${prefix}-${String(i).padStart(4, '0')}`,
    canonicalUrl: `https://example.org/${prefix}/${i}`,
    otherUrls: [],
    publishedDate: new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10),
  }));
  const quotes = statements.map((s) => ({ ...modelQuote, ...voice, id: `q-${s.id}`, statementId: s.id }));
  return { statements, quotes };
}

describe('voiceQuotes', () => {
  let db: PolicyLensDb;
  beforeAll(async () => {
    db = openTestDatabase();
    await installCorpus(db, corpus);
  });
  afterAll(() => db.delete());

  it('reads a voice with few quotes whole, leaving out the page’s events', async () => {
    const [read] = await voiceQuotes(db, [{ kind: 'organisation', id: 'nhs-providers' }], new Set([otherEvent]));
    const expected = corpus.quotes.filter((q) => q.organisationId === 'nhs-providers');
    const elsewhere = expected.filter((q) => corpus.statements.find((s) => s.id === q.statementId)?.eventId !== otherEvent);
    expect(read?.quotes.map((q) => q.id).sort()).toEqual(elsewhere.map((q) => q.id).sort());
    expect(read?.complete).toBe(true);
    expect(read?.quoteCount).toBe(expected.length);
  });

  it('lists a voice with many quotes by its newest statements, with their quotes by it', async () => {
    const many = manyStatements('walk', DIRECT_READ_QUOTES + 50, { speakerId: 'matthew-taylor', organisationId: 'nhs-confederation' });
    await putStatements(db, many.statements);
    await putQuotes(db, many.quotes);
    try {
      const [org, person] = await voiceQuotes(
        db,
        [
          { kind: 'organisation', id: 'nhs-confederation' },
          { kind: 'person', id: 'matthew-taylor' },
        ],
        new Set(),
      );
      const all = [...corpus.quotes, ...many.quotes];
      const dateOf = new Map([...corpus.statements, ...many.statements].map((s) => [s.id, s.publishedDate]));
      for (const [read, speaks] of [
        [org, (q: Quote) => q.organisationId === 'nhs-confederation'],
        [person, (q: Quote) => q.speakerId === 'matthew-taylor'],
      ] as const) {
        const theirs = all.filter(speaks);
        // The reference: every statement of the voice, newest first (ties by id), the first SAME_VOICE_STATEMENTS.
        const newest = [...new Set(theirs.map((q) => q.statementId))]
          .sort((a, b) => dateOf.get(b)!.localeCompare(dateOf.get(a)!) || (a < b ? 1 : -1))
          .slice(0, SAME_VOICE_STATEMENTS);
        expect(new Set(read?.quotes.map((q) => q.statementId))).toEqual(new Set(newest));
        expect(read?.quotes.map((q) => q.id).sort()).toEqual(theirs.filter((q) => newest.includes(q.statementId)).map((q) => q.id).sort());
        expect(read?.complete).toBe(false);
        expect(read?.quoteCount).toBe(theirs.length);
      }
    } finally {
      await deleteQuotes(db, many.quotes.map((q) => q.id));
      await deleteStatements(db, many.statements.map((s) => s.id));
    }
  });

  it('lists a prolific voice’s newest statement as soon as it is written, and forgets it once deleted (kept reads are dropped on a write)', async () => {
    const many = manyStatements('kept', DIRECT_READ_QUOTES + 20, { organisationId: 'bma', speakerId: undefined });
    await putStatements(db, many.statements);
    await putQuotes(db, many.quotes);
    const newest = { ...many.statements[0]!, id: 'kept-newest', canonicalUrl: 'https://example.org/kept/newest', publishedDate: '2030-01-01' };
    const voice = [{ kind: 'organisation' as const, id: 'bma' }];
    try {
      const before = (await voiceQuotes(db, voice, new Set()))[0]!;
      expect(before.quotes.some((q) => q.statementId === newest.id)).toBe(false);
      await putStatements(db, [newest]);
      await putQuotes(db, [{ ...many.quotes[0]!, id: 'q-kept-newest', statementId: newest.id }]);
      const after = (await voiceQuotes(db, voice, new Set()))[0]!;
      expect(after.quotes.map((q) => q.statementId)).toContain(newest.id);
      expect(after.quoteCount).toBe(before.quoteCount + 1);
      await deleteQuotes(db, ['q-kept-newest']);
      const again = (await voiceQuotes(db, voice, new Set()))[0]!;
      expect(again.quotes.map((q) => q.statementId)).not.toContain(newest.id);
      expect(again.quoteCount).toBe(before.quoteCount);
    } finally {
      await deleteQuotes(db, [...many.quotes.map((q) => q.id), 'q-kept-newest']);
      await deleteStatements(db, [...many.statements.map((s) => s.id), newest.id]);
    }
  });

  it('leaves out a prolific voice’s statements on the page’s events, and says when it listed them all', async () => {
    // 210 statements: the 205 newest on the page's event, the 5 oldest elsewhere.
    const many = manyStatements('busy', DIRECT_READ_QUOTES + 10, { organisationId: 'kings-fund', speakerId: undefined });
    const onOther = many.statements.map((s, i) => (i < 5 ? s : { ...s, eventId: otherEvent }));
    await putStatements(db, onOther);
    await putQuotes(db, many.quotes);
    try {
      const [read] = await voiceQuotes(db, [{ kind: 'organisation', id: 'kings-fund' }], new Set([otherEvent]));
      const eventOf = new Map([...corpus.statements, ...onOther].map((s) => [s.id, s.eventId]));
      const elsewhere = [...corpus.quotes, ...many.quotes].filter((q) => q.organisationId === 'kings-fund' && eventOf.get(q.statementId) !== otherEvent);
      expect(new Set(elsewhere.map((q) => q.statementId)).size).toBeLessThanOrEqual(SAME_VOICE_STATEMENTS);
      expect(read?.quotes.map((q) => q.id).sort()).toEqual(elsewhere.map((q) => q.id).sort());
      expect(read?.complete).toBe(true);
    } finally {
      await deleteQuotes(db, many.quotes.map((q) => q.id));
      await deleteStatements(db, onOther.map((s) => s.id));
    }
  });
});
