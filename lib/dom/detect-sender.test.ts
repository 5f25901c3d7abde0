import { describe, expect, it } from 'vitest';
import type { PageChangeInput, PageInput } from '../messaging/page-input';
import { detectSender } from './detect-sender';
import { STALE_TEXT_ERROR, applyTextChange } from './text-change';

/** A background that holds the last text, as lib/messaging/page-texts.ts does, and can forget it. */
function fakeBackground() {
  const sent: (PageInput | PageChangeInput)[] = [];
  let held: { version: number; text: string } | undefined;
  return {
    sent,
    forget: () => (held = undefined),
    send: async (input: PageInput | PageChangeInput) => {
      sent.push(input);
      if ('text' in input) {
        held = { version: input.version ?? 0, text: input.text };
        return input.text;
      }
      const text = held?.version === input.since ? applyTextChange(held.text, input.change) : null;
      if (text === null) throw new Error(STALE_TEXT_ERROR);
      held = { version: input.since + 1, text };
      return text;
    },
  };
}

describe('sending the page for detection', () => {
  it('sends the whole text first, then only what changed, and nothing new when nothing changed', async () => {
    const background = fakeBackground();
    const detect = detectSender(background.send);
    expect(await detect(['https://a.example/'], () => 'first')).toBe('first');
    expect(await detect(['https://a.example/'], () => 'first\nsecond')).toBe('first\nsecond');
    expect(await detect(['https://a.example/'], () => 'first\nsecond')).toBe('first\nsecond');
    expect(background.sent).toEqual([
      { urls: ['https://a.example/'], text: 'first', version: 1 },
      { urls: ['https://a.example/'], since: 1, change: { start: 5, deleted: 0, inserted: '\nsecond' } },
      { urls: ['https://a.example/'], since: 2, change: { start: 12, deleted: 0, inserted: '' } },
    ]);
  });

  it('sends the whole text again when the background no longer holds the last one', async () => {
    const background = fakeBackground();
    const detect = detectSender(background.send);
    await detect(['https://a.example/'], () => 'first');
    background.forget(); // the service worker restarted
    expect(await detect(['https://a.example/'], () => 'first, then more')).toBe('first, then more');
    expect(background.sent.slice(1)).toEqual([
      { urls: ['https://a.example/'], since: 1, change: { start: 5, deleted: 0, inserted: ', then more' } },
      { urls: ['https://a.example/'], text: 'first, then more', version: 2 },
    ]);
  });

  it('sends the change it is given without comparing the texts', async () => {
    const background = fakeBackground();
    const detect = detectSender(background.send);
    await detect(['https://a.example/'], () => 'first');
    const change = { start: 5, deleted: 0, inserted: ' and second' };
    let read = 0;
    const text = () => {
      read += 1;
      return 'first and second';
    };
    expect(await detect(['https://a.example/'], text, change)).toBe('first and second');
    expect(background.sent[1]).toEqual({ urls: ['https://a.example/'], since: 1, change });
    expect(read).toBe(0); // a live page's text is not even joined
  });

  it('passes any other failure on', async () => {
    const detect = detectSender(async () => {
      throw new Error('Refused');
    });
    await expect(detect(['https://a.example/'], () => 'text')).rejects.toThrow('Refused');
  });
});
