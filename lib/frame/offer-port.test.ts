import { describe, expect, it, vi } from 'vitest';
import type { Timers } from '../dom/settle-timer';
import { GIVE_UP_AFTER_MS, OFFER_DELAYS_MS, portOffers } from './offer-port';

/** Timers the test moves by hand. */
function manualTimers() {
  let clock = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    setTimeout: (run, ms) => {
      due.set(nextId, { at: clock + ms, run });
      return nextId++;
    },
    clearTimeout: (id) => void due.delete(id),
    now: () => clock,
  };
  /** Moves the clock to the next timer and runs it; returns the pause it waited. */
  const runNext = () => {
    const [id, next] = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
    if (id === undefined || !next) return null;
    due.delete(id);
    const waited = next.at - clock;
    clock = next.at;
    next.run();
    return waited;
  };
  return { timers, runNext, scheduled: () => due.size };
}

/** The frame's window: records each offer (the key, the target origin and the port). */
function frameWindow() {
  const offers: { key: string; origin: string; port: MessagePort }[] = [];
  const win = {
    postMessage: vi.fn((data: { policyLensFrameKey: string }, origin: string, [port]: MessagePort[]) => {
      if (port) offers.push({ key: data.policyLensFrameKey, origin, port });
    }),
  } as unknown as Window;
  return { win, offers };
}

const ORIGIN = 'chrome-extension://abc';

describe('portOffers', () => {
  it('offers a port with the key at once, then again on a backoff, until the frame acknowledges one', async () => {
    const { timers, runNext } = manualTimers();
    const { win, offers } = frameWindow();
    const accepted = new Promise<MessagePort>((resolve) => {
      portOffers({ target: () => win, origins: [ORIGIN], onAccepted: resolve }, timers).start('k1');
    });
    expect(offers).toHaveLength(1);
    const pauses = [runNext(), runNext(), runNext()];
    expect(pauses).toEqual(OFFER_DELAYS_MS.slice(0, 3));
    expect(offers.map((o) => [o.key, o.origin])).toEqual(Array(4).fill(['k1', ORIGIN]));
    // The frame (its document loaded late) takes the third offer and acknowledges it.
    const chosen = offers[2]!.port;
    chosen.postMessage({ policyLensFrameAck: true });
    const port = await accepted;
    // The accepted port is the one the frame holds: a message sent on it reaches the frame.
    const heard = new Promise((resolve) => (chosen.onmessage = (event) => resolve(event.data)));
    port.postMessage('state');
    await expect(heard).resolves.toBe('state');
    expect(runNext()).toBeNull(); // no more offers
    port.close();
  });

  it('offers to each origin the frame may have, and takes no other message for an acknowledgement', async () => {
    const { timers, runNext } = manualTimers();
    const { win, offers } = frameWindow();
    const onAccepted = vi.fn();
    portOffers({ target: () => win, origins: [ORIGIN, 'chrome-extension://dynamic'], onAccepted }, timers).start('k1');
    expect(offers.map((o) => o.origin)).toEqual([ORIGIN, 'chrome-extension://dynamic']);
    offers[0]!.port.postMessage({ kind: 'ready' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onAccepted).not.toHaveBeenCalled();
    runNext();
    expect(offers).toHaveLength(4);
  });

  it('offers at once when the frame says it loaded, and starts again for a new document once connected', async () => {
    const { timers, runNext } = manualTimers();
    const { win, offers } = frameWindow();
    let accepted: (port: MessagePort) => void = () => undefined;
    const offersStarted = portOffers({ target: () => win, origins: [ORIGIN], onAccepted: (port) => accepted(port) }, timers);
    offersStarted.nudge(); // nothing to offer before a key
    expect(offers).toHaveLength(0);
    offersStarted.start('k1');
    offersStarted.nudge();
    expect(offers).toHaveLength(2);
    const first = new Promise<MessagePort>((resolve) => (accepted = resolve));
    offers[0]!.port.postMessage({ policyLensFrameAck: true });
    (await first).close();
    expect(runNext()).toBeNull();
    offersStarted.nudge(); // the frame's document reloaded on its own
    expect(offers).toHaveLength(3);
    expect(runNext()).toBe(OFFER_DELAYS_MS[0]);
    offersStarted.stop();
  });

  it('still takes an earlier offer when the frame’s new document answers on it after offering started again', async () => {
    const { timers } = manualTimers();
    const { win, offers } = frameWindow();
    const accepted: MessagePort[] = [];
    let heard: () => void = () => undefined;
    const offering = portOffers({ target: () => win, origins: [ORIGIN], onAccepted: (port) => (accepted.push(port), heard()) }, timers);
    offering.start('k1');
    offering.start('k1'); // the frame was put back in the page: its document loads again
    // The first offer was in flight during the reload and reached the new document, which takes it.
    const taken = new Promise<void>((resolve) => (heard = resolve));
    offers[0]!.port.postMessage({ policyLensFrameAck: true });
    await taken;
    expect(accepted).toHaveLength(1);
    offering.stop();
    accepted[0]!.close();
  });

  it('stops offering after a while when no frame ever answers, and on stop()', () => {
    const { timers, runNext } = manualTimers();
    const { win, offers } = frameWindow();
    portOffers({ target: () => win, origins: [ORIGIN], onAccepted: vi.fn() }, timers).start('k1');
    let waited = 0;
    for (let pause = runNext(); pause !== null; pause = runNext()) waited += pause;
    expect(waited).toBeGreaterThan(GIVE_UP_AFTER_MS);
    expect(waited).toBeLessThanOrEqual(GIVE_UP_AFTER_MS + Math.max(...OFFER_DELAYS_MS));
    expect(offers.length).toBeLessThan(GIVE_UP_AFTER_MS / 500);

    const stopped = frameWindow();
    const offering = portOffers({ target: () => stopped.win, origins: [ORIGIN], onAccepted: vi.fn() }, timers);
    offering.start('k2');
    offering.stop();
    expect(runNext()).toBeNull();
    expect(stopped.offers).toHaveLength(1);
  });
});
