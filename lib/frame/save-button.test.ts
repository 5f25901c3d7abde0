// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Endpoint, FromFrame, ToFrame } from './channel';
import { SAVE_LABEL, saveButton } from './save-button';

/** The frame's end of the channel, recording what it sends. */
function channelEnd() {
  const sent: FromFrame[] = [];
  const end: Endpoint<FromFrame, ToFrame> = { send: (message) => void sent.push(message), onMessage: () => undefined, close: () => undefined };
  return { end, sent };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the Save quote button', () => {
  it('exists only with its click handler, and sends a click made before the channel opened once it opens', async () => {
    document.body.replaceChildren();
    const { end, sent } = channelEnd();
    let open: (end: Endpoint<FromFrame, ToFrame>) => void = () => undefined;
    const button = saveButton(document, new Promise((resolve) => (open = resolve)));
    expect(document.querySelectorAll('button')).toHaveLength(1);
    expect(button.textContent).toBe(SAVE_LABEL);
    button.click(); // the user's first click, while the frame is still connecting
    button.click();
    expect(sent).toEqual([]);
    open(end);
    await settle();
    expect(sent).toEqual([{ kind: 'save' }]);
    button.click();
    expect(sent).toEqual([{ kind: 'save' }, { kind: 'save' }]);
  });

  it('sends nothing when nobody clicked', async () => {
    document.body.replaceChildren();
    const { end, sent } = channelEnd();
    saveButton(document, Promise.resolve(end));
    await settle();
    expect(sent).toEqual([]);
  });
});
