// The small "Save quote" button that appears beside a text selection on any page.
// Plain DOM (it ships in the always-on content script), in a closed shadow root
// placed in the top layer, so page CSS and overlays cannot hide or restyle it.

export const SAVE_HOST_NAME = 'policy-lens-save';

/** Gap between the selection and the button, in CSS pixels. */
const OFFSET_PX = 6;

const CSS = `
/* No \`all\` reset here: left and top come from the host's inline style, which must win. */
:host { position: fixed !important; right: auto !important; bottom: auto !important; width: auto !important;
  height: auto !important; display: block !important; visibility: visible !important; opacity: 1 !important;
  z-index: 2147483647 !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  background: transparent !important; overflow: visible !important; transform: none !important; }
button { font: 600 13px/1 system-ui, sans-serif; color: #fff; background: #1f4e8c; border: 1px solid #163a69;
  border-radius: 6px; padding: 7px 10px; cursor: pointer; box-shadow: 0 2px 8px rgb(0 0 0 / 0.25); }
button:hover { background: #163a69; }
button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
`;

export interface SaveControl {
  /** Shows the button beside `rect` (viewport coordinates). */
  showAt(rect: DOMRect): void;
  hide(): void;
  isOwn(node: Node | null): boolean;
  remove(): void;
}

export function createSaveControl(onSave: () => void): SaveControl {
  const host = document.createElement(SAVE_HOST_NAME);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Save quote';
  button.title = 'Save the selected text as a highlight (Policy Lens)';
  // Keep the page's selection: a mousedown on a button would otherwise clear it.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => onSave());
  root.append(style, button);
  host.setAttribute('popover', 'manual');

  return {
    showAt(rect) {
      if (!host.isConnected) document.body.append(host);
      host.style.setProperty('left', `${Math.max(0, Math.min(rect.right, innerWidth - 120))}px`, 'important');
      host.style.setProperty('top', `${Math.max(0, Math.min(rect.bottom + OFFSET_PX, innerHeight - 40))}px`, 'important');
      if (!host.matches(':popover-open')) host.showPopover();
    },
    hide() {
      if (host.isConnected && host.matches(':popover-open')) host.hidePopover();
    },
    isOwn: (node) => node === host || (node !== null && host.contains(node)),
    remove: () => host.remove(),
  };
}
