// The content script's half of the frame handshake: it offers the frame's window
// a fresh MessagePort, with the tab's key, again and again on a short backoff,
// until the frame acknowledges one of them through that port (accept-port.ts).
// Nothing here waits for a word from the frame on the page's own window, which
// a page can swallow (a capture-phase `message` listener calling
// stopImmediatePropagation); and Chromium fires no `load` event at an extension
// frame's element. The frame's own "I have loaded" message, when the page lets
// it through, only makes the next offer come at once.
import type { Timers } from '../dom/settle-timer';
import { type FrameHello, isFrameAck } from './channel';

/**
 * Pauses after each offer (ms; the first offer goes at once): short at first, as a frame
 * document usually loads in a fraction of a second, then once a second for a frame slowed
 * by a busy machine.
 */
export const OFFER_DELAYS_MS = [50, 100, 200, 400, 800, 1000] as const;
/** The last pause repeats until the frame has been offered ports for this long; then offering stops. */
export const GIVE_UP_AFTER_MS = 120_000;
/** Ports offered and not (yet) acknowledged that are kept open; beyond this the oldest is closed. */
export const MAX_OPEN_OFFERS = 256;

export interface PortOfferOptions {
  /** The frame's window now, or null when the frame has none. */
  target(): Window | null;
  /** The origins the frame's document may have; an offer goes to each (only a document of that origin receives it). */
  origins: readonly string[];
  /** The frame acknowledged this port: it is the channel to the frame's current document. */
  onAccepted(port: MessagePort): void;
}

export interface PortOffers {
  /** A new document is loading in the frame: offer ports to it until one is acknowledged. */
  start(key: string): void;
  /** The frame says it has loaded: offer at once (and start again if its earlier document was already connected). */
  nudge(): void;
  /** Stops offering and closes every port not acknowledged (the frame is gone for good). */
  stop(): void;
}

export function portOffers(options: PortOfferOptions, timers: Timers): PortOffers {
  let key: string | undefined;
  // Every offer stays open until the frame is gone: an offer in flight while the frame's
  // document is replaced can reach the new document, which may take it, so no offer is
  // known to be dead. (A document takes one port, so a handful stay open per load.)
  let open: MessagePort[] = [];
  let timer: number | undefined;
  let waiting = false;
  let startedAt = 0;
  let offers = 0;

  const pause = () => {
    waiting = false;
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
  };

  // Each document acknowledges one port; the newest acknowledged is the current document's.
  const accept = (port: MessagePort) => {
    open = open.filter((p) => p !== port);
    pause();
    port.onmessage = null;
    options.onAccepted(port);
  };

  const offer = () => {
    const win = options.target();
    if (!win || key === undefined) return;
    const hello: FrameHello = { policyLensFrameKey: key };
    for (const origin of options.origins) {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event: MessageEvent) => {
        if (isFrameAck(event.data)) accept(channel.port1);
      };
      open.push(channel.port1);
      if (open.length > MAX_OPEN_OFFERS) open.shift()?.close();
      // Delivered only if the frame holds a document of that origin at that moment.
      win.postMessage(hello, origin, [channel.port2]);
    }
  };

  const next = () => {
    timer = undefined;
    if (!waiting) return;
    if (timers.now() - startedAt > GIVE_UP_AFTER_MS) return pause();
    offer();
    const delay = OFFER_DELAYS_MS[Math.min(offers++, OFFER_DELAYS_MS.length - 1)] ?? 0;
    timer = timers.setTimeout(next, delay);
  };

  const start = (value: string) => {
    pause();
    key = value;
    waiting = true;
    startedAt = timers.now();
    offers = 0;
    next();
  };

  return {
    start,
    nudge() {
      if (key === undefined) return;
      if (!waiting) return start(key);
      if (timer !== undefined) timers.clearTimeout(timer);
      next();
    },
    stop() {
      pause();
      for (const port of open) port.close();
      open = [];
    },
  };
}
