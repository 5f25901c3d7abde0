import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { createAnnotation } from './annotations';
import { loadCaptureOptions } from './capture-options';
import { savePendingCapture } from './captures';
import { installCorpus } from './corpus-install';
import type { PolicyLensDb } from './db';
import { openTestDatabase } from './test-db';

const TEXT = 'Jane Smith, chief executive of the Care Providers Alliance, said the plan was welcome but funding must follow.';

describe('loadCaptureOptions', () => {
  let db: PolicyLensDb;
  beforeEach(async () => {
    db = openTestDatabase();
    await installCorpus(db, loadBundledCorpus());
  });
  afterEach(() => db.delete());

  it('reads the capture, the known records and only this page’s highlights', async () => {
    const id = await savePendingCapture(db, 'https://caredaily.example/news/plan?utm_source=x#top', { title: 'Plan', mainText: TEXT });
    const highlight = (url: string, exact: string) =>
      createAnnotation(db, {
        url,
        pageTitle: 'Plan',
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: exact.length },
      });
    await highlight('https://caredaily.example/news/plan', 'the plan was welcome but funding must follow');
    await highlight('https://caredaily.example/news/other', 'something else');
    const options = await loadCaptureOptions(db, id);
    expect(options?.capture.metadata.title).toBe('Plan');
    expect(options?.events.length).toBeGreaterThan(0);
    expect(options?.topics.length).toBeGreaterThan(0);
    expect(options?.highlights.map((h) => h.target.selector[0].exact)).toEqual(['the plan was welcome but funding must follow']);
  });

  it('says when the capture is gone', async () => {
    expect(await loadCaptureOptions(db, 'missing')).toBeUndefined();
  });
});
