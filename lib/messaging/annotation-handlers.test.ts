import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SELF, fromExtensionPage, fromPage } from '../../test-support/senders';
import { getAnnotation } from '../storage/annotations';
import type { PolicyLensDb } from '../storage/db';
import { openTestDatabase } from '../storage/test-db';
import { UNDO_WINDOW_MS } from '../undo/deleted-highlights';
import { annotationHandlers } from './annotation-handlers';

const PAGE = 'https://example.org/story';
/** The sidebar frame: an extension page inside tab `tabId`. */
const sidebarFrame = (tabId: number) => ({ ...fromExtensionPage('sidebar-frame.html'), tab: { id: tabId }, frameId: 5 });
const OTHER_SITE = 'https://attacker.example/';
const newHighlight = (url: string) => ({
  url,
  pageTitle: 'A story',
  quote: { type: 'TextQuoteSelector', exact: 'pooled budgets', prefix: 'And ', suffix: ' help' },
  position: { type: 'TextPositionSelector', start: 4, end: 18 },
});

describe('highlight messages check their sender', () => {
  let db: PolicyLensDb;
  let handlers: ReturnType<typeof annotationHandlers>;
  beforeEach(() => {
    db = openTestDatabase();
    handlers = annotationHandlers(db, SELF);
  });
  afterEach(() => db.delete());

  it("saves a highlight under the sending page's own address, whatever address the message names", async () => {
    const saved = await handlers.saveAnnotation(newHighlight('https://victim.example/elsewhere'), fromPage(`${PAGE}#intro`));
    expect(saved.url).toBe(PAGE);
    expect(saved.target.source).toBe(PAGE);
  });

  it("refuses to edit or delete another site's highlight from a page, and changes nothing", async () => {
    const saved = await handlers.saveAnnotation(newHighlight(PAGE), fromPage(PAGE));
    const attacker = fromPage(OTHER_SITE);
    await expect(handlers.updateAnnotation({ id: saved.id, changes: { note: 'gotcha' } }, attacker)).rejects.toThrow(/its own address/);
    await expect(handlers.deleteHighlight(saved.id, attacker)).rejects.toThrow(/only the extension’s own pages/);
    expect(await getAnnotation(db, saved.id)).toEqual(saved);
  });

  it("lets a page edit its own highlights, and the extension's pages any", async () => {
    const saved = await handlers.saveAnnotation(newHighlight(PAGE), fromPage(PAGE));
    expect((await handlers.updateAnnotation({ id: saved.id, changes: { note: 'mine' } }, fromPage(PAGE))).note).toBe('mine');
    expect((await handlers.updateAnnotation({ id: saved.id, changes: { note: 'edited' } }, fromExtensionPage())).note).toBe('edited');
  });

  it("refuses delete and undo from a content script, even on its own page's highlight, and writes no tombstone", async () => {
    const saved = await handlers.saveAnnotation(newHighlight(PAGE), fromPage(PAGE));
    await expect(handlers.deleteHighlight(saved.id, fromPage(PAGE))).rejects.toThrow(/only the extension’s own pages/);
    expect(await getAnnotation(db, saved.id)).toEqual(saved);
    expect(await db.deletions.count()).toBe(0);
    await handlers.deleteHighlight(saved.id, sidebarFrame(7));
    await expect(handlers.undoDeleteHighlight(saved.id, fromPage(PAGE, 7))).rejects.toThrow(/only the extension’s own pages/);
    expect(await getAnnotation(db, saved.id)).toBeUndefined();
  });

  it('lets the sidebar frame (an extension page in the tab) delete and undo', async () => {
    const saved = await handlers.saveAnnotation(newHighlight(PAGE), fromPage(PAGE));
    await handlers.deleteHighlight(saved.id, sidebarFrame(7));
    expect(await getAnnotation(db, saved.id)).toBeUndefined();
    await handlers.undoDeleteHighlight(saved.id, sidebarFrame(7));
    expect(await getAnnotation(db, saved.id)).toEqual(saved);
  });

  it('undoes by id only what this tab deleted: another tab, a never-deleted id or an expired copy restores nothing', async () => {
    let clock = 0;
    handlers = annotationHandlers(db, SELF, () => clock);
    const saved = await handlers.saveAnnotation(newHighlight(PAGE), fromPage(PAGE, 7));
    await handlers.deleteHighlight(saved.id, sidebarFrame(7));
    await expect(handlers.undoDeleteHighlight(saved.id, sidebarFrame(8))).rejects.toThrow(/no longer be restored/);
    await expect(handlers.undoDeleteHighlight('hl-planted', sidebarFrame(7))).rejects.toThrow(/no longer be restored/);
    clock = UNDO_WINDOW_MS + 1;
    await expect(handlers.undoDeleteHighlight(saved.id, sidebarFrame(7))).rejects.toThrow(/no longer be restored/);
    expect(await getAnnotation(db, saved.id)).toBeUndefined();
    expect(await getAnnotation(db, 'hl-planted')).toBeUndefined();
  });

  it('refuses a note of 50,000,000 characters with a clear error', async () => {
    const saved = await handlers.saveAnnotation(newHighlight(PAGE), fromPage(PAGE));
    const huge = 'n'.repeat(50_000_000);
    await expect(handlers.updateAnnotation({ id: saved.id, changes: { note: huge } }, fromPage(PAGE))).rejects.toThrow(
      /at most 50,000 characters/,
    );
  });

  it('refuses messages from another extension or from no page at all', async () => {
    await expect(handlers.saveAnnotation(newHighlight(PAGE), { ...fromPage(PAGE), id: 'other-extension' })).rejects.toThrow(
      /did not come from this extension/,
    );
    await expect(handlers.saveAnnotation(newHighlight(PAGE), fromExtensionPage())).rejects.toThrow(/content script only/);
    await expect(handlers.createPerson('Jane Doe', { id: SELF.id })).rejects.toThrow(/neither from an extension page/);
  });
});
