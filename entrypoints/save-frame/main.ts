// The Save quote button's frame: an extension page in an iframe beside the user's
// selection, so a page script cannot click it. A click asks the content script,
// over the port it handed this frame, to save the page's selection; a click that
// comes before the port is in place is sent as soon as it is.
import { acceptPort } from '@/lib/frame/accept-port';
import { type FromFrame, type ToFrame, endpoint } from '@/lib/frame/channel';
import { contentToBackground } from '@/lib/messaging/protocol';

let save: () => void = () => {
  pending = true;
};
let pending = false;
document.querySelector('button')?.addEventListener('click', () => save());

void acceptPort(window, window.parent, contentToBackground.sendMessage('frameKey', undefined)).then((port) => {
  const end = endpoint<FromFrame, ToFrame>(port);
  save = () => end.send({ kind: 'save' });
  end.send({ kind: 'ready' });
  if (pending) save();
});
