import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import type { Person } from '../schema';
import { collapseWhitespace } from '../text/collapse-whitespace';
import { installCorpus } from './corpus-install';
import type { PolicyLensDb } from './db';
import { findStatementByUrls, roleOn, statementContext } from './statement-context';
import { openTestDatabase } from './test-db';

const corpus = loadBundledCorpus();

describe('finding a statement by URL and gathering its context', () => {
  let db: PolicyLensDb;
  beforeAll(async () => {
    db = openTestDatabase();
    await installCorpus(db, corpus);
  });
  afterAll(() => db.delete());

  it.each(corpus.statements.map((s) => [s.id, s] as const))('finds %s by any of its URLs', async (_id, statement) => {
    for (const url of [statement.canonicalUrl, ...statement.otherUrls]) {
      const tracked = `${url}${url.includes('?') ? '&' : '?'}utm_source=newsletter#top`;
      expect((await findStatementByUrls(db, ['http://127.0.0.1:9/elsewhere', tracked]))?.id).toBe(statement.id);
    }
  });

  it('finds nothing for an unknown page', async () => {
    expect(await findStatementByUrls(db, ['https://example.org/unrelated'])).toBeUndefined();
    expect(await findStatementByUrls(db, ['not a url'])).toBeUndefined();
  });

  it('lists every speaker of a statement once, with each of their quotes', async () => {
    for (const statement of corpus.statements) {
      const context = await statementContext(db, statement);
      const quotes = corpus.quotes.filter((q) => q.statementId === statement.id);
      expect(context.statement).not.toHaveProperty('text');
      expect(context.publisher?.id).toBe(statement.publisherId);
      expect(context.event?.id).toBe(statement.eventId);
      expect(context.speakers.flatMap((s) => s.quotes.map((q) => q.id)).sort()).toEqual(quotes.map((q) => q.id).sort());
      const keys = context.speakers.map((s) => s.person?.id ?? s.organisation.id);
      expect(new Set(keys).size).toBe(keys.length);
      for (const speaker of context.speakers.filter((s) => s.person)) expect(speaker.role).toBeTruthy();
      // Speakers come in the order a reader meets their first quote.
      const text = collapseWhitespace(statement.text);
      const firstSeen = context.speakers.map((s) => text.indexOf(collapseWhitespace(s.quotes[0]!.text)));
      expect(firstSeen).toEqual([...firstSeen].sort((a, b) => a - b));
    }
  });
});

describe('roleOn', () => {
  const person: Person = {
    id: 'p',
    origin: 'corpus',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    name: 'P',
    aliases: [],
    roles: [
      { title: 'Director', organisationId: 'org', from: '2015-01-01', to: '2019-12-31' },
      { title: 'Chief executive', organisationId: 'org', from: '2020-01-01' },
      { title: 'Trustee', organisationId: 'other' },
    ],
  };

  it('picks the role held for that organisation on that date', () => {
    expect(roleOn(person, 'org', '2018-06-01')).toBe('Director');
    expect(roleOn(person, 'org', '2022-02-09')).toBe('Chief executive');
    expect(roleOn(person, 'other', '2022-02-09')).toBe('Trustee');
    expect(roleOn(person, 'org', '2010-01-01')).toBeUndefined();
  });
});
