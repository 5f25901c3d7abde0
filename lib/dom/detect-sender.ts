// How the content script sends its page's text for detection: whole the first time,
// then only what changed since the text the background holds (lib/dom/text-change.ts),
// so a live page that updates every second does not send its whole text every time.
// If the background no longer holds that text (its service worker restarted), the
// whole text is sent again. A caller that followed the page's changes (lib/dom/page-text-splice.ts)
// passes the change itself, so the two texts need not be compared.
import type { PageChangeInput, PageInput } from '../messaging/page-input';
import { STALE_TEXT_ERROR, type TextChange, textChange } from './text-change';

export type DetectSend<R> = (input: PageInput | PageChangeInput) => Promise<R>;

/**
 * A function sending (urls, text) through `send`, each time only what changed when it can;
 * `change`, when given, is what changed since the text it sent last, and `text` is then not
 * read at all (a live page's text is joined into one string only when it must be sent whole).
 */
export function detectSender<R>(send: DetectSend<R>): (urls: string[], text: () => string, change?: TextChange) => Promise<R> {
  /** The text the background holds, asked for only when it must be compared or sent whole. */
  let held: { version: number; text: () => string } | undefined;
  return async (urls, text, change) => {
    if (held) {
      const since = held.version;
      try {
        const answer = await send({ urls, since, change: change ?? textChange(held.text(), text()) });
        held = { version: since + 1, text };
        return answer;
      } catch (error) {
        if (!(error instanceof Error && error.message === STALE_TEXT_ERROR)) throw error;
      }
    }
    const version = (held?.version ?? 0) + 1;
    const answer = await send({ urls, text: text(), version });
    held = { version, text };
    return answer;
  };
}
