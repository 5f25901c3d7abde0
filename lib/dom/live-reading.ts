// The content script's reading of its page, kept up to date as the page changes:
// read whole once, in idle-time slices so no task is long, then after each batch of
// DOM changes only the region they touched (lib/dom/changed-region.ts,
// page-text-splice.ts). It also keeps what changed since the text last sent to the
// background, as one change (lib/dom/text-change.ts), so a live page sends and
// costs what changed, not its whole text.
import { type Changed, MAX_RECORDS, changedRegion } from './changed-region';
import { type PageReading, type TextReader, readingOf, textReader, wholeOf } from './page-text';
import { readRegion } from './page-text-splice';
import { type TextChange, mergeChanges, textChange } from './text-change';

/** The longest a reading slice runs before giving the page its thread back (well under a 50 ms long task). */
export const SLICE_MS = 8;
/** What the page's MutationObserver watches: every change of its nodes and text, not attributes. */
export const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** Sliced reads of the whole page the page may spoil (by removing the node being read) before it is read in one task. */
const SLICED_TRIES = 3;

export interface LiveReadingDeps {
  /** The element to read (the body), when there is one. */
  root(): Element | null;
  isOwnUi(el: Element): boolean;
  /** Runs `slice` when the page is idle; it is told how long it may run. */
  whenIdle(slice: (timeRemaining: () => number) => void): void;
  now(): number;
  /** The page changed (called from the MutationObserver, so keep it cheap). */
  onChange(): void;
}

/** What the background has not been sent yet: the change since the text last sent (undefined: compare the texts), and its size. */
export interface Unsent {
  reading: PageReading;
  change: TextChange | undefined;
  chars: number;
}

export interface LiveReading {
  /** Brings the reading up to date with the page; resolves with it (null: nothing to read). */
  refresh(): Promise<PageReading | null>;
  /** How many characters changed since the text last taken (as of the last refresh). */
  unsentChars(): number;
  /** How many of the page's changes (MutationObserver records) wait for the next refresh. */
  backlog(): number;
  /** The current reading and what changed since the last take, now counted as sent. */
  take(): Unsent | null;
  /** What was taken last never reached the background: compare the texts next time. */
  lost(): void;
  stop(): void;
}

export function liveReading(deps: LiveReadingDeps): LiveReading {
  let reading: PageReading | null = null;
  let records: MutationRecord[] = [];
  let overflow = false;
  /** Since the text last taken: null, nothing changed; undefined, unknown. */
  let unsent: TextChange | null | undefined;
  let unsentChars = Infinity;
  let queue: Promise<unknown> = Promise.resolve();

  const observer = new MutationObserver((batch) => {
    if (records.length + batch.length > MAX_RECORDS) overflow = true;
    else records.push(...batch);
    deps.onChange();
  });
  // The whole document, not the body: a single-page app may replace the body element itself.
  observer.observe(document.documentElement, OBSERVED);

  /** Runs `reader` to the end, a slice now and the rest in idle time; false if the page moved the node it was at. */
  const readAll = (reader: TextReader) =>
    new Promise<boolean>((resolve) => {
      const slice = (timeRemaining: () => number) => {
        const began = deps.now();
        if (!reader.intact()) return resolve(false);
        if (reader.step(() => timeRemaining() <= 0 || deps.now() - began > SLICE_MS)) return resolve(true);
        deps.whenIdle(slice);
      };
      slice(() => SLICE_MS);
    });

  const readWhole = async (root: Element) => {
    const before = reading;
    records = [];
    overflow = false;
    for (let tries = 1; ; tries++) {
      const reader = textReader(wholeOf(root), deps.isOwnUi);
      // A page that keeps taking away the node being read is read at last in one go.
      if (tries > SLICED_TRIES ? reader.step() : await readAll(reader)) {
        reading = readingOf(root, reader.result());
        break;
      }
    }
    unsent = undefined;
    unsentChars = before ? Math.max(unsentChars, changeSize(textChange(before.text, reading.text))) : Infinity;
  };

  const follow = async (root: Element, changed: Changed, current: PageReading) => {
    if (changed === 'none') return;
    if (changed === 'all') return readWhole(root);
    const region = readRegion(current, changed, deps.isOwnUi);
    if (region === 'unchanged') return;
    if (!(await readAll(region.reader))) return readWhole(root);
    const done = region.finish();
    if (!done) return readWhole(root);
    reading = done.reading;
    if (unsent === null) unsent = done.change;
    else if (unsent) unsent = mergeChanges(unsent, done.change, done.reading.pieces);
    unsentChars += changeSize(done.change);
  };

  const update = async (): Promise<PageReading | null> => {
    const root = deps.root();
    if (!root) return null;
    records.push(...observer.takeRecords());
    if (!reading || reading.root !== root || overflow) await readWhole(root);
    else {
      const batch = records;
      records = [];
      await follow(root, changedRegion(batch, root, deps.isOwnUi), reading);
    }
    return reading;
  };

  return {
    refresh() {
      const next = queue.then(update);
      queue = next.catch(() => undefined);
      return next;
    },
    unsentChars: () => unsentChars,
    backlog: () => records.length,
    take() {
      if (!reading) return null;
      const taken = { reading, change: unsent ?? undefined, chars: unsentChars };
      if (unsent === null) taken.change = { start: reading.pieces.length, deleted: 0, inserted: '' };
      unsent = null;
      unsentChars = 0;
      return taken;
    },
    lost() {
      unsent = undefined;
    },
    stop: () => observer.disconnect(),
  };
}

const changeSize = (change: TextChange) => Math.max(change.deleted, change.inserted.length);
