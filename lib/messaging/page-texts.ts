// The background's copy of the text each frame last sent for detection, so a live
// page's content script can send only what changed (lib/dom/text-change.ts), and of
// what was detected in it, so only the change is detected again
// (lib/matching/detect-change.ts), and of a report read from the text's opening
// alone (issue 15's named-people check), kept while changes lie beyond it. Kept in
// the service worker's memory only: when it restarts, or the copy was dropped to stay
// within bounds, a change cannot be applied and the content script sends the whole
// text again.
import { type TextChange, applyTextChange } from '../dom/text-change';
import type { Detection } from '../matching/detect';
import type { PageReport } from '../page-report';

/**
 * Frames whose text is kept, most recently used first out last. A text is at most
 * MAX_PAGE_CHARS (2 million characters, 4 MB), so this bounds the copies to about
 * 100 MB in the worst case; an analyst rarely has more live pages than this open at once.
 */
export const KEPT_FRAMES = 24;

/**
 * A report read from the first `chars` characters of a frame's text only, against the
 * corpus as it was at `generation` (lib/storage/corpus-read-cache.ts).
 */
export interface OpeningReport {
  chars: number;
  generation: number;
  report: PageReport | null;
}

/** The text of one frame, numbered by the content script: a change names the version it was made against. */
interface Kept {
  version: number;
  text: string;
  detection?: Detection;
  opening?: OpeningReport;
}

export interface PageTexts {
  /** Keeps `text` as `frame`'s version `version`. */
  keep(frame: string, version: number, text: string): void;
  /**
   * The text after `change` to `frame`'s version `since`, kept as `since + 1`; null when
   * that version is not held, or the text would grow beyond `maxChars` (the frame then
   * sends its whole text, which is refused with the limit named if it is too long).
   */
  apply(frame: string, since: number, change: TextChange): string | null;
  /** Keeps what was detected in `frame`'s version `version`, if that is the version held. */
  remember(frame: string, version: number, detection: Detection): void;
  /** What was detected in `frame`'s version `version`, if that version and its detection are held. */
  detectionOf(frame: string, version: number): Detection | undefined;
  /** Keeps a report read from the opening of `frame`'s version `version`, if that is the version held. */
  rememberOpening(frame: string, version: number, opening: OpeningReport): void;
  /**
   * The report read from the opening of `frame`'s version `version` (or of an earlier
   * version, when every change since lay beyond that opening), if it was read against
   * the corpus's `generation`.
   */
  openingOf(frame: string, version: number, generation: number): OpeningReport | undefined;
  /** Forgets a frame's text (its tab closed). */
  forget(tabId: number): void;
}

export function pageTexts(limit = KEPT_FRAMES, maxChars = Infinity): PageTexts {
  const kept = new Map<string, Kept>();
  const keep = (frame: string, version: number, text: string, opening?: OpeningReport) => {
    kept.delete(frame); // re-inserted last: the map's order is least recently used first
    kept.set(frame, { version, text, ...(opening ? { opening } : {}) });
    for (const oldest of kept.keys()) {
      if (kept.size <= limit) break;
      kept.delete(oldest);
    }
  };
  return {
    keep,
    apply(frame, since, change) {
      const held = kept.get(frame);
      const text = held?.version === since ? applyTextChange(held.text, change) : null;
      if (text === null || text.length > maxChars) {
        kept.delete(frame);
        return null;
      }
      // A change that starts beyond the opening leaves the opening, and what was read from it, as they were.
      const opening = held?.opening && change.start >= held.opening.chars ? held.opening : undefined;
      keep(frame, since + 1, text, opening);
      return text;
    },
    remember(frame, version, detection) {
      const held = kept.get(frame);
      if (held?.version === version) held.detection = detection;
    },
    detectionOf(frame, version) {
      const held = kept.get(frame);
      return held?.version === version ? held.detection : undefined;
    },
    rememberOpening(frame, version, opening) {
      const held = kept.get(frame);
      if (held?.version === version) held.opening = opening;
    },
    openingOf(frame, version, generation) {
      const held = kept.get(frame);
      return held?.version === version && held.opening?.generation === generation ? held.opening : undefined;
    },
    forget(tabId) {
      for (const frame of [...kept.keys()]) if (frame.startsWith(`${tabId}:`)) kept.delete(frame);
    },
  };
}

/** The key of a tab's frame. */
export const frameKey = (tabId: number, frameId: number) => `${tabId}:${frameId}`;
