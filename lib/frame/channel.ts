// The channel between the content script and the extension's own frames (the
// sidebar and the Save quote button) placed in a web page. The frames are
// extension-origin documents, so the page cannot read them; the channel is a
// MessagePort handed to the frame's window with the extension's origin as the
// target, together with a key that only the background gives out (see
// frame-keys.ts), so a page that posts its own port first is ignored. The
// content script offers ports until the frame acknowledges one (offer-port.ts,
// accept-port.ts).
import type { HighlightActions, HighlightsModel } from '../highlights-view';
import type { PageReport } from '../page-report';
import type { OrganisationKind } from '../schema';

export interface SidebarState {
  report: PageReport;
  highlights: HighlightsModel;
}

export interface NamedRef {
  id: string;
  name: string;
}

/** Calls the sidebar frame makes and waits on: the content script owns the highlights. */
export interface SidebarCalls {
  update: Parameters<HighlightActions['onUpdate']>;
  /** The frame had the background delete this highlight: take it off the page. */
  deleted: [id: string];
  /** The frame had the background restore this highlight: paint it again. */
  restored: [id: string];
  createPerson: [name: string];
  createOrganisation: [name: string, kind: OrganisationKind];
}

export interface SidebarCallResults {
  update: undefined;
  deleted: undefined;
  restored: undefined;
  createPerson: NamedRef;
  createOrganisation: NamedRef;
}

export type SidebarCall = { [M in keyof SidebarCalls]: { kind: 'call'; call: number; method: M; args: SidebarCalls[M] } }[keyof SidebarCalls];

/** What the content script sends a frame. */
export type ToFrame =
  | { kind: 'state'; state: SidebarState }
  | { kind: 'focus'; id: string }
  | { kind: 'toggle' }
  | { kind: 'reply'; call: number; ok: true; value: unknown }
  | { kind: 'reply'; call: number; ok: false; error: string };

/** What a frame sends the content script. */
export type FromFrame =
  | { kind: 'ready' }
  /** The frame's content box, so the host can be sized to it (CSS pixels). */
  | { kind: 'size'; width: number; height: number; collapsed: boolean }
  | { kind: 'showInPage'; id: string }
  | { kind: 'dismiss' }
  | { kind: 'capture' }
  | { kind: 'save' }
  | SidebarCall;

/** The frame's first word, to its parent: it has loaded and waits for a port. */
export interface FrameLoaded {
  policyLensFrameLoaded: true;
}

export const isFrameLoaded = (data: unknown): data is FrameLoaded =>
  typeof data === 'object' && data !== null && (data as Partial<FrameLoaded>).policyLensFrameLoaded === true;

/** The answer, posted to the frame's window with the port. */
export interface FrameHello {
  policyLensFrameKey: string;
}

export const isFrameHello = (data: unknown): data is FrameHello =>
  typeof data === 'object' && data !== null && typeof (data as Partial<FrameHello>).policyLensFrameKey === 'string';

/** The frame's first message on the port it accepted: the content script stops offering others. */
export interface FrameAck {
  policyLensFrameAck: true;
}

export const isFrameAck = (data: unknown): data is FrameAck =>
  typeof data === 'object' && data !== null && (data as Partial<FrameAck>).policyLensFrameAck === true;

/** A typed end of the port. */
export interface Endpoint<Out, In> {
  send(message: Out): void;
  onMessage(listener: (message: In) => void): void;
  close(): void;
}

export function endpoint<Out, In>(port: MessagePort): Endpoint<Out, In> {
  const listeners: ((message: In) => void)[] = [];
  port.onmessage = (event: MessageEvent<In>) => listeners.forEach((listener) => listener(event.data));
  return {
    send: (message) => port.postMessage(message),
    onMessage: (listener) => listeners.push(listener),
    close: () => port.close(),
  };
}

/** The frame's side of the calls: each resolves with the content script's reply. */
export function sidebarCaller(end: Endpoint<FromFrame, ToFrame>) {
  let next = 0;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  end.onMessage((message) => {
    if (message.kind !== 'reply') return;
    const pending = waiting.get(message.call);
    waiting.delete(message.call);
    if (message.ok) pending?.resolve(message.value);
    else pending?.reject(new Error(message.error));
  });
  return <M extends keyof SidebarCalls>(method: M, ...args: SidebarCalls[M]): Promise<SidebarCallResults[M]> =>
    new Promise((resolve, reject) => {
      const call = ++next;
      waiting.set(call, { resolve: resolve as (value: unknown) => void, reject });
      end.send({ kind: 'call', call, method, args } as SidebarCall);
    });
}

/** The content script's side: runs a call and replies with its result or its error's message. */
export async function answerCall(
  end: Endpoint<ToFrame, FromFrame>,
  message: SidebarCall,
  run: (message: SidebarCall) => Promise<unknown>,
): Promise<void> {
  try {
    end.send({ kind: 'reply', call: message.call, ok: true, value: await run(message) });
  } catch (error) {
    end.send({ kind: 'reply', call: message.call, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
}
