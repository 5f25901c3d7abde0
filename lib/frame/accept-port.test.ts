import { describe, expect, it, vi } from 'vitest';
import { acceptPort } from './accept-port';
import { endpoint, sidebarCaller, answerCall, type FromFrame, type ToFrame } from './channel';

/** A frame's window, and its parent (the page, where the content script also runs). */
function windows() {
  const frame = new EventTarget() as unknown as Window;
  const parent = { postMessage: vi.fn() } as unknown as Window;
  const post = (data: unknown, source: unknown = parent) => {
    const { port1, port2 } = new MessageChannel();
    // Node's MessageEvent takes only a port as its source; the fields are what the frame reads.
    frame.dispatchEvent(Object.assign(new Event('message'), { data, source, ports: [port2] }));
    return port1;
  };
  return { frame, parent, post };
}

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('acceptPort', () => {
  it('announces itself to its parent, then takes the port that comes with the tab’s key', async () => {
    const { frame, parent, post } = windows();
    const accepted = acceptPort(frame, parent, Promise.resolve('k1'));
    expect(parent.postMessage).toHaveBeenCalledWith({ policyLensFrameLoaded: true }, '*');
    await nextTurn();
    post({ policyLensFrameKey: 'k1' });
    await expect(accepted).resolves.toBeInstanceOf(MessagePort);
  });

  it('ignores a page posting first with a wrong key, and one posting from another window', async () => {
    const { frame, parent, post } = windows();
    let key: (value: string) => void = () => undefined;
    const accepted = acceptPort(frame, parent, new Promise<string>((resolve) => (key = resolve)));
    const forged = post({ policyLensFrameKey: 'guess' });
    post({ policyLensFrameKey: 'k1' }, {});
    const genuine = post({ policyLensFrameKey: 'k1' });
    key('k1');
    const port = await accepted;
    // The accepted port is the genuine one: the frame acknowledges it there, and what it sends next follows.
    const heard: unknown[] = [];
    const twoHeard = new Promise((resolve) => {
      genuine.onmessage = (event) => heard.push(event.data) === 2 && resolve(heard);
    });
    forged.onmessage = () => expect.unreachable('the forged port was accepted');
    port.postMessage('hello');
    await expect(twoHeard).resolves.toEqual([{ policyLensFrameAck: true }, 'hello']);
    port.close();
    genuine.close();
    forged.close();
  });

  it('fails when no key was issued for the tab', async () => {
    const { frame, parent } = windows();
    await expect(acceptPort(frame, parent, Promise.resolve(null))).rejects.toThrow(/No frame key/);
  });
});

describe('the sidebar’s calls over the port', () => {
  it('resolves with the content script’s answer, or rejects with its error message', async () => {
    const { port1, port2 } = new MessageChannel();
    const frameEnd = endpoint<FromFrame, ToFrame>(port1);
    const scriptEnd = endpoint<ToFrame, FromFrame>(port2);
    scriptEnd.onMessage((message) => {
      if (message.kind !== 'call') return;
      void answerCall(scriptEnd, message, async (call) => {
        if (call.method === 'createPerson') return { id: 'p-1', name: call.args[0] };
        throw new Error('Not allowed');
      });
    });
    const call = sidebarCaller(frameEnd);
    await expect(call('createPerson', 'Ann Smith')).resolves.toEqual({ id: 'p-1', name: 'Ann Smith' });
    await expect(call('deleted', 'hl-1')).rejects.toThrow('Not allowed');
    frameEnd.close();
    scriptEnd.close();
  });
});
