import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { Quote, Statement } from '../schema';
import { type CaptureDraft, loadPendingCapture, saveCapturedStatement, savePendingCapture } from './captures';
import { installCorpus } from './corpus-install';
import { quotesOfStatements, statementCount } from './corpus-records';
import type { PolicyLensDb } from './db';
import { findStatementByUrls, roleOn } from './statement-context';
import { openTestDatabase } from './test-db';

const TEXT = `Care leaders welcome plan

Jane Smith, chief executive of the Care Providers Alliance, said: "We welcome the plan, but funding must follow."

The BMA's Chaand Nagpaul said the timetable was "far too rushed to be safe".`;

describe('capturing a page as a statement', () => {
  let db: PolicyLensDb;
  let captureId: string;
  const draft = (): CaptureDraft => ({
    captureId,
    eventId: 'joining-up-care-2022',
    kind: 'news-report',
    title: 'Care leaders welcome plan',
    publisher: { newName: 'Care Daily' },
    newOrganisationKind: 'news-publisher',
    publishedDate: '2022-02-10',
    canonicalUrl: 'https://caredaily.example/news/plan',
    text: TEXT,
    quotes: [
      { text: 'We welcome the plan, but funding must follow.', speaker: { newName: 'Jane Smith' }, organisation: { newName: 'Care Providers Alliance' }, role: 'Chief executive', stance: 'supportive-with-reservations', topicIds: ['funding'] },
      { text: 'far too rushed to be safe', speaker: { id: 'chaand-nagpaul' }, organisation: { id: 'bma' }, stance: 'critical', topicIds: ['timing-and-pandemic-pressures'] },
    ],
  });

  beforeEach(async () => {
    db = openTestDatabase();
    await installCorpus(db, loadBundledCorpus());
    captureId = await savePendingCapture(db, 'https://caredaily.example/news/plan?utm_source=x', { title: 'Care leaders welcome plan', mainText: TEXT });
  });
  afterEach(() => db.delete());

  it('saves a valid statement with its quotes, new people and organisations, and finds it by URL', async () => {
    const known = await db.events.get('joining-up-care-2022');
    expect(known).toBeDefined();
    const id = await saveCapturedStatement(db, draft());
    const statement = await findStatementByUrls(db, ['https://caredaily.example/news/plan#top']);
    expect(statement?.id).toBe(id);
    expect(Statement.parse(statement)).toBeTruthy();
    const quotes = await quotesOfStatements(db, [id]);
    expect(quotes.map((q) => Quote.parse(q).stance)).toEqual(['supportive-with-reservations', 'critical']);
    const jane = await db.people.get(quotes[0]!.speakerId!);
    expect(jane?.name).toBe('Jane Smith');
    expect(roleOn(jane!, quotes[0]!.organisationId, '2022-02-10')).toBe('Chief executive');
    expect((await db.organisations.get(statement!.publisherId))?.kind).toBe('news-publisher');
    expect(await loadPendingCapture(db, captureId)).toBeUndefined();
  });

  it('refuses a quote that is not in the page’s text, and writes nothing', async () => {
    const bad = draft();
    bad.quotes[1] = { ...bad.quotes[1]!, text: 'words nobody said' };
    const before = await statementCount(db);
    await expect(saveCapturedStatement(db, bad)).rejects.toThrow(/not part of the page's text/);
    expect(await statementCount(db)).toBe(before);
    expect((await db.people.toArray()).some((p) => p.name === 'Jane Smith')).toBe(false);
  });
});
