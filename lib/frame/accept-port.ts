// The frame's half of the handshake: waits for the ports the content script
// offers this window (offer-port.ts), takes only one that carries the tab's key,
// and acknowledges it through that port, which stops the offers. A page can post
// to the frame too (it holds the frame's window), but it has no key; what it
// posts is dropped, and nothing is sent on a port before it is accepted.
import { type FrameAck, type FrameLoaded, isFrameHello } from './channel';

/** Messages kept while the key is on its way; a page flooding the frame cannot grow this. */
const MAX_WAITING = 32;

export function acceptPort(win: Window, from: Window, key: Promise<string | null>): Promise<MessagePort> {
  return new Promise((resolve, reject) => {
    const waiting: { key: string; port: MessagePort }[] = [];
    let known: string | null | undefined;
    const finish = (port: MessagePort) => {
      win.removeEventListener('message', onMessage);
      const ack: FrameAck = { policyLensFrameAck: true };
      port.postMessage(ack);
      resolve(port);
    };
    const onMessage = (event: MessageEvent) => {
      const port = event.ports[0];
      if (event.source !== from || !port || !isFrameHello(event.data)) return;
      if (known === undefined) {
        if (waiting.length < MAX_WAITING) waiting.push({ key: event.data.policyLensFrameKey, port });
      } else if (known !== null && event.data.policyLensFrameKey === known) {
        finish(port);
      }
    };
    win.addEventListener('message', onMessage);
    const loaded: FrameLoaded = { policyLensFrameLoaded: true };
    // Only a hint that an offer may come at once (a page can swallow it): nothing secret,
    // and whoever answers must also know the key.
    from.postMessage(loaded, '*');
    key.then(
      (value) => {
        known = value;
        if (value === null) return reject(new Error('No frame key was issued for this tab'));
        const hello = waiting.find((w) => w.key === value);
        waiting.length = 0;
        if (hello) finish(hello.port);
      },
      (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
    );
  });
}
