// Places one of the extension's frames (the sidebar, the Save quote button) in a
// web page. The host is a plain <div>, which a page cannot redefine the way it can
// pre-define a custom element name; its closed shadow root holds the <iframe>
// and `!important` :host rules, which beat the page's own rules, even inline
// ones. The iframe shows an extension-origin document, so nothing shown or typed
// in it can be read by the page. Each time the frame's document loads, fresh
// MessagePorts are offered to it together with the tab's key until it
// acknowledges one (see lib/frame/).
import { isFrameLoaded } from '../frame/channel';
import { portOffers } from '../frame/offer-port';

/** Marks the host for automation and the content script's own text reading: data-policy-lens="<name>". */
export const HOST_ATTRIBUTE = 'data-policy-lens';


const HOST_CSS = `
:host { all: initial !important; position: fixed !important; display: block !important; visibility: visible !important;
  opacity: 1 !important; z-index: 2147483647 !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  background: transparent !important; overflow: visible !important; transform: none !important; filter: none !important;
  clip-path: none !important; pointer-events: auto !important; inset: auto !important; width: auto !important;
  height: auto !important; max-width: none !important; max-height: none !important; }
iframe { display: block; border: 0; margin: 0; padding: 0; background: transparent; color-scheme: normal; }
`;

export interface FramePlacement {
  /** CSS for the host's inset (e.g. `top: 0; right: 0`), each declaration made !important. */
  inset: Record<'top' | 'right' | 'bottom' | 'left', string | undefined>;
  /** CSS lengths. */
  width: string;
  height: string;
}

export interface FrameHostOptions {
  /** "sidebar" or "save": the value of the host's data-policy-lens attribute. */
  name: string;
  /** The frame document's extension URL. */
  src: string;
  /**
   * The origins the frame's document may have: the extension's own. (Chrome hands out a
   * per-session address for `use_dynamic_url` resources, yet the document loaded from it
   * has the extension's fixed origin.)
   */
  origins: readonly string[];
  /** The frame's accessible name. */
  title: string;
  /** The tab's frame key, asked for before each handshake. */
  key(): Promise<string>;
  /** A frame document accepted this port (and acknowledged it through the port). */
  onPort(port: MessagePort): void;
}

export interface FrameHost {
  readonly element: HTMLElement;
  isOwn(node: Node | null): boolean;
  /** Puts the host back if the page removed it (or replaced the body it was in). */
  ensureAttached(): void;
  place(placement: FramePlacement): void;
  /** Hidden frames keep their document (and channel), so showing again is instant. */
  setVisible(visible: boolean): void;
  remove(): void;
}

export function createFrameHost(doc: Document, options: FrameHostOptions): FrameHost {
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, options.name);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = HOST_CSS;
  const placement = doc.createElement('style');
  const frame = doc.createElement('iframe');
  frame.title = options.title;
  root.append(style, placement, frame);
  // The top layer sits above any z-index, so page overlays added later cannot cover the frame.
  host.setAttribute('popover', 'manual');

  const win = doc.defaultView;
  const offers = portOffers(
    { target: () => frame.contentWindow, origins: options.origins, onAccepted: options.onPort },
    {
      setTimeout: (run, ms) => win?.setTimeout(run, ms) ?? 0,
      clearTimeout: (id) => win?.clearTimeout(id),
      now: () => performance.now(),
    },
  );
  // The key is issued before the frame loads, so the frame finds it when it asks. An iframe
  // put back in the page loads its address again by itself; setting it again would load twice.
  const load = async () => {
    const key = await options.key();
    if (frame.getAttribute('src') !== options.src) frame.src = options.src;
    offers.start(key);
  };
  // The frame says when it has loaded, which makes the next offer come at once. A page can
  // swallow this message; the offers go on regardless.
  const onLoaded = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || !isFrameLoaded(event.data) || !options.origins.includes(event.origin)) return;
    offers.nudge();
  };
  win?.addEventListener('message', onLoaded);

  let visible = true;
  let placed = '';
  const show = () => {
    if (visible && host.isConnected && !host.matches(':popover-open')) host.showPopover();
  };
  const restyle = () => {
    placement.textContent = visible ? placed : `${placed} :host { display: none !important; }`;
  };
  // A page script calling hidePopover() gets the frame straight back.
  host.addEventListener('toggle', () => queueMicrotask(show));

  const ensureAttached = () => {
    if (host.isConnected) return;
    // Under <html> rather than <body>, so a single-page app replacing the body leaves it alone.
    doc.documentElement.append(host);
    void load(); // moving an iframe reloads it: a fresh document needs a fresh handshake
    show();
  };

  return {
    element: host,
    isOwn: (node) => node === host || (node !== null && host.contains(node)),
    ensureAttached,
    place({ inset, width, height }) {
      const sides = Object.entries(inset).map(([side, value]) => `${side}: ${value ?? 'auto'} !important;`);
      placed = `:host { ${sides.join(' ')} } iframe { width: ${width}; height: ${height}; }`;
      restyle();
    },
    setVisible(next) {
      visible = next;
      restyle();
      if (visible) show();
      else if (host.matches(':popover-open')) host.hidePopover();
    },
    remove() {
      win?.removeEventListener('message', onLoaded);
      offers.stop();
      host.remove();
    },
  };
}
