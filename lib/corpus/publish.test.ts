import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from './bundled-corpus';
import { ownPackFile } from './publish';
import { putQuotes, putStatements } from '../storage/corpus-records';
import { installCorpus } from '../storage/corpus-install';
import type { PolicyLensDb } from '../storage/db';
import { openTestDatabase } from '../storage/test-db';

const corpus = loadBundledCorpus();
const header = { id: 'own-pack', title: 'Our records', publisher: 'Us', licence: 'CC-BY-4.0', version: 1, published: '2024-01-01T00:00:00Z' };

describe('ownPackFile', () => {
  let db: PolicyLensDb;
  const model = corpus.quotes[0]!;
  const source = corpus.statements.find((s) => s.id === model.statementId)!;
  // Written out of id order, so the pack's order is not the order they were stored in.
  const own = ['own-b', 'own-a'].map((id) => ({ ...source, id, canonicalUrl: `https://example.org/${id}`, otherUrls: [], origin: 'user' as const }));
  const ownQuotes = [
    { ...model, id: 'q-2', statementId: 'own-a', origin: 'user' as const },
    { ...model, id: 'q-1', statementId: 'own-b', origin: 'user' as const },
    { ...model, id: 'q-0', statementId: 'own-a', origin: 'user' as const },
  ];
  beforeAll(async () => {
    db = openTestDatabase();
    await installCorpus(db, corpus);
    await putStatements(db, own);
    await putQuotes(db, ownQuotes);
  });
  afterAll(() => db.delete());

  it('holds the user’s statements in id order, their quotes statement by statement, and what they name', async () => {
    const file = await ownPackFile(db, header);
    expect(file.statements.map((s) => s.id)).toEqual(['own-a', 'own-b']);
    expect(file.quotes.map((q) => q.id)).toEqual(['q-0', 'q-2', 'q-1']);
    expect(file.events.map((e) => e.id).sort()).toEqual([...new Set(own.map((s) => s.eventId))].sort());
    expect(file.organisations.map((o) => o.id)).toContain(model.organisationId);
  });
});
