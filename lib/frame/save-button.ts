// The Save quote frame's button. It is made by the frame's script together with
// its click handler, so no click can land on a button without one (a button in
// the frame's HTML could be clicked in the moment before the script ran, and that
// click was lost). A click that comes before the channel is open is sent as soon
// as it is, once.
import type { Endpoint, FromFrame, ToFrame } from './channel';

export const SAVE_LABEL = 'Save quote';
const SAVE_TITLE = 'Save the selected text as a highlight (Policy Lens)';

export function saveButton(doc: Document, connected: Promise<Endpoint<FromFrame, ToFrame>>): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.title = SAVE_TITLE;
  button.textContent = SAVE_LABEL;
  let end: Endpoint<FromFrame, ToFrame> | undefined;
  let pending = false;
  button.addEventListener('click', () => {
    if (end) end.send({ kind: 'save' });
    else pending = true;
  });
  void connected.then((open) => {
    end = open;
    if (pending) end.send({ kind: 'save' });
    pending = false;
  });
  doc.body.append(button);
  return button;
}
