import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SELF, fromExtensionPage, fromPage } from '../../test-support/senders';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { createAnnotation } from '../storage/annotations';
import { installCorpus } from '../storage/corpus-install';
import type { PolicyLensDb } from '../storage/db';
import { openTestDatabase } from '../storage/test-db';
import { rebuildTextIndex } from '../storage/text-index';
import { STALE_TEXT_ERROR, textChange } from '../dom/text-change';
import { detectHandlers } from './detect-handlers';
import { UNRELATED_PARAGRAPHS } from '../../test-support/matching/evaluation-texts';
import { MAX_NAMED_PAGE_CHARS } from '../verify/page-verification';

const VICTIM = 'https://private.example/analysis';
const ATTACKER = 'https://attacker.example/';

describe('detectPage checks its sender', () => {
  let db: PolicyLensDb;
  let handlers: ReturnType<typeof detectHandlers>;
  beforeAll(async () => {
    db = openTestDatabase();
    await installCorpus(db, loadBundledCorpus());
    await rebuildTextIndex(db);
    handlers = detectHandlers(db, Promise.resolve(), SELF);
    await createAnnotation(db, {
      url: VICTIM,
      pageTitle: 'Private',
      quote: { type: 'TextQuoteSelector', exact: 'confidential words', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 18 },
    });
  });
  afterAll(() => db.delete());

  it("answers with the sending page's own highlights", async () => {
    const { report, tabId, frameId } = await handlers.detectPage({ urls: [VICTIM], text: 'confidential words' }, fromPage(VICTIM, 4, 0));
    expect(report?.highlights.map((h) => h.url)).toEqual([VICTIM]);
    expect({ tabId, frameId }).toEqual({ tabId: 4, frameId: 0 });
  });

  it("never returns another site's highlights, whatever address the message names", async () => {
    const forged = await handlers.detectPage({ urls: [VICTIM, VICTIM], text: 'confidential words' }, fromPage(ATTACKER));
    expect(forged.report).toBeNull();
  });

  it('answers the extension\'s own pages (the PDF viewer) for the document they name, badging their own tab', async () => {
    const viewer = fromExtensionPage('pdf-viewer.html');
    const { report, tabId, frameId } = await handlers.detectPage({ urls: [VICTIM], text: 'confidential words' }, viewer);
    expect(report?.highlights.map((h) => h.url)).toEqual([VICTIM]);
    expect({ tabId, frameId }).toEqual({ tabId: viewer.tab?.id, frameId: 0 });
  });

  it('lets only extension pages re-index', async () => {
    await expect(handlers.textsChanged(fromPage(ATTACKER), undefined)).rejects.toThrow(/only the extension’s own pages/);
    await expect(handlers.textsChanged(fromExtensionPage('dashboard.html'), undefined)).resolves.toBeUndefined();
  });
});

describe('detectPage on a live page: the content script sends what changed', () => {
  const LIVE = 'https://news.example/live';
  let db: PolicyLensDb;
  let handlers: ReturnType<typeof detectHandlers>;
  const quote = loadBundledCorpus().quotes.find((q) => q.text.split(/\s+/).length >= 20);
  beforeAll(async () => {
    db = openTestDatabase();
    await installCorpus(db, loadBundledCorpus());
    await rebuildTextIndex(db);
    handlers = detectHandlers(db, Promise.resolve(), SELF);
  });
  afterAll(() => db.delete());

  it('detects on the text the change makes of the one the frame sent last', async () => {
    const before = 'Live coverage of the day in health policy.';
    const first = await handlers.detectPage({ urls: [LIVE], text: before, version: 1 }, fromPage(LIVE, 9, 0));
    expect(first.report).toBeNull();
    const after = `${before}\n${quote?.text}`;
    const second = await handlers.detectPage({ urls: [LIVE], since: 1, change: textChange(before, after) }, fromPage(LIVE, 9, 0));
    expect(second.report?.found.map((f) => f.quote.id)).toEqual([quote?.id]);
    // The change's ranges are in the whole text, as if it had been sent whole.
    expect(second.report?.found[0]?.ranges[0]?.start).toBe(before.length + 1);
  });

  it('detects only the change and its surroundings, and keeps what it found elsewhere', async () => {
    const corpus = loadBundledCorpus();
    const text = (id: string) => corpus.quotes.find((q) => q.id === id)!.text;
    const early = ['q-taylor-2022-1', 'q-cordery-2022-1', 'q-hopson-2021-4'];
    const filler = Array.from({ length: 60 }, (_, i) => UNRELATED_PARAGRAPHS[i % UNRELATED_PARAGRAPHS.length]).join('\n\n');
    const before = `${early.map((id) => `They said: “${text(id)}”`).join('\n\n')}\n\n${filler}`;
    const after = `${before}\n\nShe said: “${text('q-edwards-2022-1')}”`;
    // Index buckets read (one per distinct 16-bit prefix of the fingerprints looked up) by a message.
    const buckets = [vi.spyOn(db.textBuckets, 'bulkGet'), vi.spyOn(db.textBuckets1, 'bulkGet')];
    const bucketsRead = async (message: Parameters<typeof handlers.detectPage>[0], frameId: number) => {
      buckets.forEach((spy) => spy.mockClear());
      const { report } = await handlers.detectPage(message, fromPage(LIVE, 12, frameId));
      return { report, read: buckets.reduce((sum, spy) => sum + spy.mock.calls.reduce((n, [keys]) => n + keys.length, 0), 0) };
    };
    const whole = await bucketsRead({ urls: [LIVE], text: after, version: 1 }, 1);
    await bucketsRead({ urls: [LIVE], text: before, version: 1 }, 0);
    const update = await bucketsRead({ urls: [LIVE], since: 1, change: textChange(before, after) }, 0);
    buckets.forEach((spy) => spy.mockRestore());
    // The same report as for the whole text, for a fraction of the index reads.
    expect(update.report?.found.map((f) => f.quote.id)).toEqual([...early, 'q-edwards-2022-1']);
    expect(update.report?.found).toEqual(whole.report?.found);
    expect(update.read).toBeGreaterThan(0);
    expect(update.read).toBeLessThan(whole.read / 2);
  });

  it('refuses a change it cannot apply, so the content script sends the whole text', async () => {
    await handlers.detectPage({ urls: [LIVE], text: 'one', version: 1 }, fromPage(LIVE, 10, 0));
    const change = { start: 3, deleted: 0, inserted: ' two' };
    await expect(handlers.detectPage({ urls: [LIVE], since: 2, change }, fromPage(LIVE, 10, 0))).rejects.toThrow(STALE_TEXT_ERROR);
    await expect(handlers.detectPage({ urls: [LIVE], since: 1, change }, fromPage(LIVE, 11, 0))).rejects.toThrow(STALE_TEXT_ERROR);
    await expect(handlers.detectPage({ urls: [LIVE], since: 1, change }, fromExtensionPage('pdf-viewer.html'))).rejects.toThrow(STALE_TEXT_ERROR);
    handlers.forgetTab(10);
    await expect(handlers.detectPage({ urls: [LIVE], since: 1, change }, fromPage(LIVE, 10, 0))).rejects.toThrow(STALE_TEXT_ERROR);
    await expect(handlers.detectPage({ urls: [LIVE], since: 1, change: { start: -1, deleted: 0, inserted: '' } }, fromPage(LIVE, 10, 0))).rejects.toThrow(/start/);
  });

  it('reads a page naming a known person (no known quote) for named people again only when a change reaches into the part read, or the corpus changed', async () => {
    // Labour's press release of 7 February 2018 (test-support/verify/unseen/): Jonathan Ashworth, in words the corpus lacks.
    const release = readFileSync(new URL('../../test-support/verify/unseen/pages/labour-ashworth-never-for-sale.txt', import.meta.url), 'utf8');
    const filler = Array.from({ length: 200 }, (_, i) => UNRELATED_PARAGRAPHS[i % UNRELATED_PARAGRAPHS.length]).join('\n\n');
    const page = `${release}\n\n${filler}`;
    const NAMED = 'https://news.example/named';
    expect(page.length).toBeGreaterThan(MAX_NAMED_PAGE_CHARS + 1000);
    // Attribution reading starts by reading the known organisations: count those reads.
    const organisationReads = vi.spyOn(db.organisations, 'toArray');
    const ask = (message: Parameters<typeof handlers.detectPage>[0]) => handlers.detectPage(message, fromPage(NAMED, 21, 0));
    const first = await ask({ urls: [NAMED], text: page, version: 1 });
    const unsourced = first.report?.verification?.map((v) => `${v.status} ${v.attributedTo?.personId}`);
    expect(unsourced).toEqual(['unsourced jonathan-ashworth']);
    const readsForOne = organisationReads.mock.calls.length;
    expect(readsForOne).toBeGreaterThan(0);

    const beyond = `${page}\n\nA paragraph added at the end of the live page.`;
    const second = await ask({ urls: [NAMED], since: 1, change: textChange(page, beyond) });
    expect(second.report).toEqual(first.report);
    expect(organisationReads.mock.calls.length).toBe(readsForOne);

    const within = `Updated: ${beyond}`;
    const third = await ask({ urls: [NAMED], since: 2, change: textChange(beyond, within) });
    expect(third.report?.verification?.map((v) => `${v.status} ${v.attributedTo?.personId}`)).toEqual(unsourced);
    expect(organisationReads.mock.calls.length).toBe(2 * readsForOne);

    await db.people.update('jonathan-ashworth', { aliases: ['Jon Ashworth'] });
    const endAgain = `${within}\n\nAnother paragraph.`;
    await ask({ urls: [NAMED], since: 3, change: textChange(within, endAgain) });
    expect(organisationReads.mock.calls.length).toBeGreaterThan(2 * readsForOne);
    organisationReads.mockRestore();
  });
});
