import { describe, expect, it, vi } from 'vitest';
import type { Endpoint, FromFrame, SidebarCall, ToFrame } from './channel';
import { sidebarActions } from './sidebar-actions';

/** The frame's end of the channel, whose calls the content script answers at once. */
function frameEnd() {
  const calls: SidebarCall[] = [];
  const listeners: ((message: ToFrame) => void)[] = [];
  const end: Endpoint<FromFrame, ToFrame> = {
    send(message) {
      if (message.kind !== 'call') return;
      calls.push(message);
      queueMicrotask(() => listeners.forEach((listener) => listener({ kind: 'reply', call: message.call, ok: true, value: undefined })));
    },
    onMessage: (listener) => void listeners.push(listener),
    close: () => undefined,
  };
  return { end, calls };
}

describe('the sidebar frame’s delete and undo', () => {
  it('asks the background itself, then tells the content script what changed', async () => {
    const { end, calls } = frameEnd();
    const order: string[] = [];
    const background = {
      deleteHighlight: vi.fn(async (id: string) => void order.push(`background delete ${id}`)),
      undoDeleteHighlight: vi.fn(async (id: string) => void order.push(`background undo ${id}`)),
    };
    const actions = sidebarActions(end, background);
    await actions.onDelete('hl-1');
    await actions.onUndoDelete('hl-1');
    expect(order).toEqual(['background delete hl-1', 'background undo hl-1']);
    expect(calls.map((c) => [c.method, c.args])).toEqual([
      ['deleted', ['hl-1']],
      ['restored', ['hl-1']],
    ]);
  });

  it('tells the content script nothing when the background refuses', async () => {
    const { end, calls } = frameEnd();
    const refused = async () => {
      throw new Error('Refused: only the extension’s own pages may do this');
    };
    const actions = sidebarActions(end, { deleteHighlight: refused, undoDeleteHighlight: refused });
    await expect(actions.onDelete('hl-1')).rejects.toThrow(/Refused/);
    await expect(actions.onUndoDelete('hl-1')).rejects.toThrow(/Refused/);
    expect(calls).toEqual([]);
  });
});
