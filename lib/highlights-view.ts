// What the sidebar shows of the user's own highlights on a page, and the actions
// it offers on them. Plain data and callbacks: the content script anchors the
// highlights and talks to the background; the sidebar only renders and asks.
import type { AnnotationChanges, Vocabulary } from './storage/annotations';
import type { Annotation, OrganisationKind } from './schema';

export type { AnnotationChanges, Vocabulary } from './storage/annotations';

export interface HighlightItem {
  annotation: Annotation;
  /** False when the saved text could not be found on the page (an orphan, listed but not painted). */
  anchored: boolean;
}

export interface HighlightActions {
  /** Scrolls the page to the highlight. */
  onShowHighlight(id: string): void;
  onUpdate(id: string, changes: AnnotationChanges): Promise<void>;
  /** Deletes; the sidebar then offers undo for a while. */
  onDelete(id: string): Promise<void>;
  onUndoDelete(id: string): Promise<void>;
  onCreatePerson(name: string): Promise<{ id: string; name: string }>;
  onCreateOrganisation(name: string, kind: OrganisationKind): Promise<{ id: string; name: string }>;
}

export interface HighlightsModel {
  items: HighlightItem[];
  vocabulary: Vocabulary;
  /** A just-saved highlight opens with its editor. */
  editingId: string | null;
}
