// The background's answers to a highlight's life cycle (save, edit, delete, undo)
// and to the editor's vocabulary, each checking its sender first: a content script
// saves and edits only highlights of its own page's address, whatever the message
// claims. Deleting and undoing come from the extension's own pages only (the
// sidebar frame, the PDF viewer, in a tab): a tombstone spreads through sync, so
// no content script, which a compromised page may drive, can write one. Undo is by
// id: the deleted copy stays here, for the tab that deleted it, so no page ever
// sends a whole record back to be written.
import { type Annotation, Id } from '../schema';
import {
  createAnnotation,
  createOrganisation,
  createPerson,
  deleteAnnotation,
  getAnnotation,
  restoreAnnotation,
  updateAnnotation,
  vocabulary,
} from '../storage/annotations';
import { deletedHighlights } from '../undo/deleted-highlights';
import type { PolicyLensDb } from '../storage/db';
import { AnnotationUpdate, NewAnnotationInput, NewName, NewOrganisationInput } from './page-input';
import { type ExtensionIdentity, type MessageSender, classifySender, requireContentScript, requireExtensionPage, requireMayChange } from './sender';

/** Undo is kept per tab: a copy deleted in one tab cannot be restored from another. */
const tabOf = (sender: MessageSender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('Highlights are deleted and restored from a tab only');
  return tabId;
};

export function annotationHandlers(db: PolicyLensDb, self: ExtensionIdentity, now?: () => number) {
  const deleted = deletedHighlights<Annotation>(now);
  return {
    /** Saved under the sending page's own address, not one the message names. */
    async saveAnnotation(data: unknown, sender: MessageSender) {
      const { pageUrl } = requireContentScript(sender, self);
      return createAnnotation(db, { ...NewAnnotationInput.parse(data), url: pageUrl });
    },
    async updateAnnotation(data: unknown, sender: MessageSender) {
      const { id, changes } = AnnotationUpdate.parse(data);
      const current = await getAnnotation(db, id);
      if (!current) throw new Error(`No highlight with id "${id}": it may have been deleted`);
      requireMayChange(sender, self, current.url);
      return updateAnnotation(db, id, changes);
    },
    async deleteHighlight(data: unknown, sender: MessageSender): Promise<void> {
      requireExtensionPage(sender, self);
      const id = Id.parse(data);
      const tabId = tabOf(sender);
      const record = await deleteAnnotation(db, id);
      if (record) deleted.keep(record.id, tabId, record);
    },
    /** Undo: only a copy this tab deleted, in the last few minutes. */
    async undoDeleteHighlight(data: unknown, sender: MessageSender): Promise<void> {
      requireExtensionPage(sender, self);
      const record = deleted.take(Id.parse(data), tabOf(sender));
      if (!record) throw new Error('This highlight can no longer be restored from here');
      await restoreAnnotation(db, record);
    },
    vocabulary(sender: MessageSender) {
      classifySender(sender, self);
      return vocabulary(db);
    },
    async createPerson(data: unknown, sender: MessageSender) {
      classifySender(sender, self);
      const { id, name } = await createPerson(db, NewName.parse(data));
      return { id, name };
    },
    async createOrganisation(data: unknown, sender: MessageSender) {
      classifySender(sender, self);
      const input = NewOrganisationInput.parse(data);
      const { id, name } = await createOrganisation(db, input.name, input.kind);
      return { id, name };
    },
  };
}
