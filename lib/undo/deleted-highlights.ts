// The background's copy of highlights just deleted from a page, so the sidebar's
// Undo names only an id: the record itself never travels back from the page,
// and only the tab that deleted a highlight can bring it back, for a while.

/** How long Undo stays possible (the sidebar's undo message shows for less). */
export const UNDO_WINDOW_MS = 5 * 60_000;

export interface DeletedHighlights<T> {
  keep(id: string, tabId: number, record: T): void;
  /** The deleted record, once, if `tabId` deleted it within the window; undefined otherwise. */
  take(id: string, tabId: number): T | undefined;
}

export function deletedHighlights<T>(now: () => number = Date.now): DeletedHighlights<T> {
  const kept = new Map<string, { tabId: number; record: T; at: number }>();
  const expire = () => {
    for (const [id, entry] of kept) if (now() - entry.at > UNDO_WINDOW_MS) kept.delete(id);
  };
  return {
    keep(id, tabId, record) {
      expire();
      kept.set(id, { tabId, record, at: now() });
    },
    take(id, tabId) {
      expire();
      const entry = kept.get(id);
      if (!entry || entry.tabId !== tabId) return undefined;
      kept.delete(id);
      return entry.record;
    },
  };
}
