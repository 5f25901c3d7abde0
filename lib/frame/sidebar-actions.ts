// What the sidebar frame does for each highlight action. Edits and new names go
// through the content script, which owns the page's highlights. Deleting and
// undoing are privileged (they write tombstones that sync spreads), so only the
// extension's own pages may ask the background for them: the sidebar frame, an
// extension page, asks itself, then tells the content script what changed so it
// repaints.
import type { HighlightActions } from '../highlights-view';
import { type Endpoint, type FromFrame, type ToFrame, sidebarCaller } from './channel';

/** The background's delete and undo, as the frame calls them (contentToBackground in the entrypoint). */
export interface DeleteCalls {
  deleteHighlight(id: string): Promise<void>;
  undoDeleteHighlight(id: string): Promise<void>;
}

export function sidebarActions(end: Endpoint<FromFrame, ToFrame>, background: DeleteCalls): HighlightActions {
  const call = sidebarCaller(end);
  return {
    onShowHighlight: (id) => end.send({ kind: 'showInPage', id }),
    onUpdate: (id, changes) => call('update', id, changes),
    async onDelete(id) {
      await background.deleteHighlight(id);
      await call('deleted', id);
    },
    async onUndoDelete(id) {
      await background.undoDeleteHighlight(id);
      await call('restored', id);
    },
    onCreatePerson: (name) => call('createPerson', name),
    onCreateOrganisation: (name, kind) => call('createOrganisation', name, kind),
  };
}
