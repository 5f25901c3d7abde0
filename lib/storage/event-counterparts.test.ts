import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { installCorpus } from './corpus-install';
import { deleteQuotes, deleteStatements, putQuotes, putStatements } from './corpus-records';
import type { PolicyLensDb } from './db';
import { COUNTERPART_STATEMENTS, eventCounterparts } from './event-counterparts';
import { openTestDatabase } from './test-db';

const corpus = loadBundledCorpus();
const page = corpus.statements.find((s) => s.id === 'nhs-providers-cordery-2022-02-09')!;

describe('eventCounterparts', () => {
  let db: PolicyLensDb;
  beforeAll(async () => {
    db = openTestDatabase();
    await installCorpus(db, corpus);
  });
  afterAll(() => db.delete());

  it('reads every other statement of a small event, and leaves none out', async () => {
    const { quotes, notRead } = await eventCounterparts(db, [page.eventId], { id: page.id, eventId: page.eventId });
    const others = new Set(corpus.statements.filter((s) => s.eventId === page.eventId && s.id !== page.id).map((s) => s.id));
    expect(quotes.map((q) => q.id).sort()).toEqual(corpus.quotes.filter((q) => others.has(q.statementId)).map((q) => q.id).sort());
    expect(notRead.get(page.eventId)).toBe(0);
  });

  it('reads only the newest statements of a busy event, and counts the rest', async () => {
    const model = corpus.quotes.find((q) => q.statementId === page.id)!;
    const extra = COUNTERPART_STATEMENTS + 15;
    const statements = Array.from({ length: extra }, (_, i) => ({
      ...page,
      id: `busy-${String(i).padStart(3, '0')}`,
      canonicalUrl: `https://example.org/busy/${i}`,
      otherUrls: [],
      publishedDate: `2023-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    }));
    await putStatements(db, statements);
    await putQuotes(db, statements.map((s) => ({ ...model, id: `q-${s.id}`, statementId: s.id })));
    try {
      const { quotes, notRead } = await eventCounterparts(db, [page.eventId], { id: page.id, eventId: page.eventId });
      // All of them are newer than the bundled statements: the newest COUNTERPART_STATEMENTS are read.
      const newest = statements.slice(-COUNTERPART_STATEMENTS).map((s) => `q-${s.id}`);
      expect(quotes.map((q) => q.id).sort()).toEqual(newest.sort());
      const onEvent = corpus.statements.filter((s) => s.eventId === page.eventId).length + extra;
      expect(notRead.get(page.eventId)).toBe(onEvent - COUNTERPART_STATEMENTS - 1);
    } finally {
      await deleteQuotes(db, statements.map((s) => `q-${s.id}`));
      await deleteStatements(db, statements.map((s) => s.id));
    }
  });
});
