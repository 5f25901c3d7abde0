// The background's handlers for deleting a highlight from a page's sidebar and
// undoing it by id (deleted-highlights.ts keeps the copy).
import type { Annotation } from '../schema';
import { Id } from '../schema';
import { contentToBackground } from '../messaging/protocol';
import { deleteAnnotation, restoreAnnotation } from '../storage/annotations';
import type { PolicyLensDb } from '../storage/db';
import { deletedHighlights } from './deleted-highlights';

const tabOf = (sender: { tab?: { id?: number } }) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('Highlights are deleted and restored from a tab’s sidebar only');
  return tabId;
};

export function registerUndoHandlers(db: PolicyLensDb): void {
  const deleted = deletedHighlights<Annotation>();
  contentToBackground.onMessage('deleteHighlight', async ({ data, sender }) => {
    const tabId = tabOf(sender);
    const record = await deleteAnnotation(db, Id.parse(data));
    if (record) deleted.keep(record.id, tabId, record);
  });
  contentToBackground.onMessage('undoDeleteHighlight', async ({ data, sender }) => {
    const record = deleted.take(Id.parse(data), tabOf(sender));
    if (!record) throw new Error('This highlight can no longer be restored from here');
    await restoreAnnotation(db, record);
  });
}
