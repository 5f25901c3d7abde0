// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { READY_ATTRIBUTE, connectFrame } from './connect-frame';

describe('connectFrame', () => {
  it('marks the frame’s document ready only once it has accepted the content script’s port', async () => {
    const parent = { postMessage: vi.fn() } as unknown as Window;
    const win = Object.assign(new EventTarget(), { parent, document }) as unknown as Window;
    document.documentElement.removeAttribute(READY_ATTRIBUTE);
    const connected = connectFrame(win, Promise.resolve('k1'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.documentElement.hasAttribute(READY_ATTRIBUTE)).toBe(false);
    const { port1, port2 } = new MessageChannel();
    win.dispatchEvent(Object.assign(new Event('message'), { data: { policyLensFrameKey: 'k1' }, source: parent, ports: [port2] }));
    const end = await connected;
    expect(document.documentElement.hasAttribute(READY_ATTRIBUTE)).toBe(true);
    end.close();
    port1.close();
  });
});
