// How the sidebar sits on a page, remembered per user: over the page's right edge
// ("overlay", the default) or beside it, the page narrowed to make room ("push").
// Kept in the extension's own storage (browser.storage.local), which the sidebar's
// extension-origin frame writes and the content script reads; a web page can neither
// read nor change it. The storage is passed in, so this module stays framework-free.

export const DOCK_MODES = ['overlay', 'push'] as const;
export type DockMode = (typeof DOCK_MODES)[number];

/** Overlay until the user chooses: it leaves every page's layout as its authors made it. */
export const DEFAULT_DOCK_MODE: DockMode = 'overlay';

/** The key in browser.storage.local. */
export const DOCK_MODE_KEY = 'sidebarDockMode';

/** The storage area's two calls used here (browser.storage.local has them). */
export interface DockStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** browser.storage.onChanged, as far as used here. */
export interface DockStorageEvents {
  addListener(listener: DockChangeListener): void;
  removeListener(listener: DockChangeListener): void;
}

type DockChangeListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;

/** A stored value read back: anything but a known mode (absent, or written by an older version) is the default. */
export function parseDockMode(value: unknown): DockMode {
  return DOCK_MODES.find((mode) => mode === value) ?? DEFAULT_DOCK_MODE;
}

export async function readDockMode(storage: DockStorage): Promise<DockMode> {
  const items = await storage.get(DOCK_MODE_KEY);
  return parseDockMode(items[DOCK_MODE_KEY]);
}

export function writeDockMode(storage: DockStorage, mode: DockMode): Promise<void> {
  return storage.set({ [DOCK_MODE_KEY]: mode });
}

/** Calls `listener` whenever the mode changes in local storage (from any tab); returns the unsubscribe. */
export function onDockModeChange(events: DockStorageEvents, listener: (mode: DockMode) => void): () => void {
  const onChanged: DockChangeListener = (changes, areaName) => {
    const change = changes[DOCK_MODE_KEY];
    if (areaName === 'local' && change) listener(parseDockMode(change.newValue));
  };
  events.addListener(onChanged);
  return () => events.removeListener(onChanged);
}
