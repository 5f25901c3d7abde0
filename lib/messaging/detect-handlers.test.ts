import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SELF, fromExtensionPage, fromPage } from '../../test-support/senders';
import { loadBundledCorpus } from '../corpus/bundled-corpus';
import { createAnnotation } from '../storage/annotations';
import { installCorpus } from '../storage/corpus-install';
import type { PolicyLensDb } from '../storage/db';
import { openTestDatabase } from '../storage/test-db';
import { rebuildTextIndex } from '../storage/text-index';
import { detectHandlers } from './detect-handlers';

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
