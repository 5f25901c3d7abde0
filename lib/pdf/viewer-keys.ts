// The PDF viewer's keyboard, as PDF.js's own viewer and browsers' PDF viewers have it:
// Ctrl/⌘+F to find, F3 / Ctrl+G for the next match (with Shift, the previous), Ctrl/⌘
// with + − 0 to zoom, n/j and p/k for the next and previous page, Home and End for the
// first and last; Alt+Shift+S saves the selection, as on web pages. Arrow keys, Page Up
// and Page Down and Space scroll the pages natively.

export type ViewerAction =
  | 'find'
  | 'find-next'
  | 'find-previous'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'next-page'
  | 'previous-page'
  | 'first-page'
  | 'last-page'
  | 'save-quote';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const PAGE_KEYS: Record<string, ViewerAction> = {
  n: 'next-page',
  j: 'next-page',
  p: 'previous-page',
  k: 'previous-page',
  Home: 'first-page',
  End: 'last-page',
};

/** What a key press does in the viewer; `inField` when the focus is in a text field (then plain keys type). */
export function viewerAction(press: KeyPress, inField: boolean): ViewerAction | null {
  const command = press.ctrlKey || press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (press.altKey && press.shiftKey && !command && key === 's') return 'save-quote';
  if (press.altKey) return null;
  if (key === 'F3') return press.shiftKey ? 'find-previous' : 'find-next';
  if (command) {
    if (key === 'f') return 'find';
    if (key === 'g') return press.shiftKey ? 'find-previous' : 'find-next';
    if (key === '+' || key === '=') return 'zoom-in';
    if (key === '-') return 'zoom-out';
    if (key === '0') return 'zoom-reset';
    return null;
  }
  if (inField || press.shiftKey) return null;
  return PAGE_KEYS[key] ?? null;
}

/** The elements whose focus makes plain keys type rather than move the viewer. */
const TEXT_FIELDS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Whether a key press lands in a text field, where plain keys type. The field is the event's
 * first composed target: a listener on the window sees a press in the sidebar (a shadow root)
 * retargeted to the shadow host, which is no field, so without this typing "n" in a note
 * turned the page instead.
 */
export function inTextField(event: Pick<Event, 'composedPath'>): boolean {
  const [target] = event.composedPath();
  return target instanceof HTMLElement && (target.isContentEditable || TEXT_FIELDS.has(target.tagName));
}
