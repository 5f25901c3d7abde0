import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DOCK_MODE,
  DOCK_MODE_KEY,
  type DockStorage,
  type DockStorageEvents,
  onDockModeChange,
  parseDockMode,
  readDockMode,
  writeDockMode,
} from './dock-mode';

/** browser.storage.local and its onChanged, as plain objects: what the extension's storage does for these calls. */
function fakeStorage() {
  const items: Record<string, unknown> = {};
  type Listener = Parameters<DockStorageEvents['addListener']>[0];
  const listeners = new Set<Listener>();
  const storage: DockStorage = {
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (next) => {
      const changes = Object.fromEntries(Object.entries(next).map(([k, v]) => [k, { oldValue: items[k], newValue: v }]));
      Object.assign(items, next);
      for (const listener of listeners) listener(changes, 'local');
    },
  };
  const events: DockStorageEvents & { emit: Listener } = {
    addListener: (l) => listeners.add(l),
    removeListener: (l) => listeners.delete(l),
    emit: (changes, area) => listeners.forEach((l) => l(changes, area)),
  };
  return { items, storage, events };
}

describe('the remembered dock mode', () => {
  it('is overlay until the user chooses, and for anything stored that is not a mode', async () => {
    const { items, storage } = fakeStorage();
    expect(DEFAULT_DOCK_MODE).toBe('overlay');
    expect(await readDockMode(storage)).toBe('overlay');
    for (const odd of ['PUSH', 'side', 1, null, { mode: 'push' }]) {
      items[DOCK_MODE_KEY] = odd;
      expect(await readDockMode(storage), JSON.stringify(odd)).toBe('overlay');
    }
    expect(parseDockMode('push')).toBe('push');
  });

  it('reads back what was written', async () => {
    const { storage } = fakeStorage();
    await writeDockMode(storage, 'push');
    expect(await readDockMode(storage)).toBe('push');
    await writeDockMode(storage, 'overlay');
    expect(await readDockMode(storage)).toBe('overlay');
  });

  it('tells a listener each change of the mode in local storage, and nothing else, until unsubscribed', async () => {
    const { storage, events } = fakeStorage();
    const heard: string[] = [];
    const stop = onDockModeChange(events, (mode) => heard.push(mode));
    await writeDockMode(storage, 'push');
    await storage.set({ somethingElse: 'push' });
    events.emit({ [DOCK_MODE_KEY]: { newValue: 'push' } }, 'sync');
    events.emit({ [DOCK_MODE_KEY]: {} }, 'local'); // removed: back to the default
    stop();
    await writeDockMode(storage, 'overlay');
    expect(heard).toEqual(['push', 'overlay']);
  });
});
