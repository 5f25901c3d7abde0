import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SELF, fromExtensionPage, fromPage } from '../../test-support/senders';
import { getAnnotation } from '../storage/annotations';
import type { PolicyLensDb } from '../storage/db';
import { openTestDatabase } from '../storage/test-db';
import { annotationHandlers } from './annotation-handlers';

const PAGE = 'https://example.org/story';
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

  it("refuses to edit, delete or restore another site's highlight from a page, and changes nothing", async () => {
    const saved = await handlers.saveAnnotation(newHighlight(PAGE), fromPage(PAGE));
    const attacker = fromPage(OTHER_SITE);
    await expect(handlers.updateAnnotation({ id: saved.id, changes: { note: 'gotcha' } }, attacker)).rejects.toThrow(/its own address/);
    await expect(handlers.deleteAnnotation(saved.id, attacker)).rejects.toThrow(/its own address/);
    expect(await getAnnotation(db, saved.id)).toEqual(saved);

    const deleted = await handlers.deleteAnnotation(saved.id, fromPage(PAGE));
    expect(deleted).toEqual(saved);
    await expect(handlers.restoreAnnotation({ ...saved, note: 'forged' }, attacker)).rejects.toThrow(/its own address/);
    expect(await getAnnotation(db, saved.id)).toBeUndefined();
  });

  it("lets a page edit, delete and undo its own highlights, and the extension's pages any", async () => {
    const saved = await handlers.saveAnnotation(newHighlight(PAGE), fromPage(PAGE));
    expect((await handlers.updateAnnotation({ id: saved.id, changes: { note: 'mine' } }, fromPage(PAGE))).note).toBe('mine');
    expect((await handlers.updateAnnotation({ id: saved.id, changes: { note: 'edited' } }, fromExtensionPage())).note).toBe('edited');
    const deleted = await handlers.deleteAnnotation(saved.id, fromPage(PAGE));
    await handlers.restoreAnnotation(deleted, fromPage(PAGE));
    expect((await getAnnotation(db, saved.id))?.note).toBe('edited');
    await handlers.deleteAnnotation(saved.id, fromExtensionPage());
    expect(await getAnnotation(db, saved.id)).toBeUndefined();
  });

  it('restores only a highlight that was deleted: a page cannot plant records through undo', async () => {
    const saved = await handlers.saveAnnotation(newHighlight(PAGE), fromPage(PAGE));
    await expect(handlers.restoreAnnotation({ ...saved, id: 'hl-planted' }, fromPage(PAGE))).rejects.toThrow(/was not deleted/);
    expect(await getAnnotation(db, 'hl-planted')).toBeUndefined();
  });

  it('refuses a note of 50,000,000 characters with a clear error, on edit and on restore', async () => {
    const saved = await handlers.saveAnnotation(newHighlight(PAGE), fromPage(PAGE));
    const huge = 'n'.repeat(50_000_000);
    await expect(handlers.updateAnnotation({ id: saved.id, changes: { note: huge } }, fromPage(PAGE))).rejects.toThrow(
      /at most 50,000 characters/,
    );
    const deleted = await handlers.deleteAnnotation(saved.id, fromPage(PAGE));
    await expect(handlers.restoreAnnotation({ ...deleted, note: huge }, fromPage(PAGE))).rejects.toThrow(/at most 50,000 characters/);
  });

  it('refuses messages from another extension or from no page at all', async () => {
    await expect(handlers.saveAnnotation(newHighlight(PAGE), { ...fromPage(PAGE), id: 'other-extension' })).rejects.toThrow(
      /did not come from this extension/,
    );
    await expect(handlers.saveAnnotation(newHighlight(PAGE), fromExtensionPage())).rejects.toThrow(/content script only/);
    await expect(handlers.createPerson('Jane Doe', { id: SELF.id })).rejects.toThrow(/neither from an extension page/);
  });
});
