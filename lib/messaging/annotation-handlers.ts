// The background's answers to a highlight's life cycle (save, edit, delete, undo)
// and to the editor's vocabulary, each checking its sender first: a content script
// acts only on highlights of its own page's address, whatever the message claims.
import { Annotation, Id } from '../schema';
import {
  createAnnotation,
  createOrganisation,
  createPerson,
  deleteAnnotation,
  getAnnotation,
  restoreAnnotation,
  updateAnnotation,
  vocabulary,
  wasDeleted,
} from '../storage/annotations';
import type { PolicyLensDb } from '../storage/db';
import { AnnotationUpdate, NewAnnotationInput, NewName, NewOrganisationInput } from './page-input';
import { type ExtensionIdentity, type MessageSender, classifySender, requireContentScript, requireMayChange } from './sender';

export function annotationHandlers(db: PolicyLensDb, self: ExtensionIdentity) {
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
    async deleteAnnotation(data: unknown, sender: MessageSender) {
      const id = Id.parse(data);
      const current = await getAnnotation(db, id);
      if (!current) return null;
      requireMayChange(sender, self, current.url);
      return (await deleteAnnotation(db, id)) ?? null;
    },
    /** Undo: only a highlight that was deleted, and from a page only one of that page's own. */
    async restoreAnnotation(data: unknown, sender: MessageSender) {
      const annotation = Annotation.parse(data);
      requireMayChange(sender, self, annotation.url);
      if (!(await wasDeleted(db, annotation.id))) throw new Error(`Highlight "${annotation.id}" was not deleted, so there is nothing to undo`);
      await restoreAnnotation(db, annotation);
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
