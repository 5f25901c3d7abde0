// Page answers before index rebuilds, in one JavaScript context. A full rebuild (at a
// format change, in the service worker) is seconds of work done in slices; yielding to
// the event loop between slices is not enough, because a page's answer is a chain of
// dozens of database reads, and each step of that chain waited behind whichever slice
// had started meanwhile: at 50,000 statements answers during the rebuild took up to
// 28 s. So detection marks itself as answering (`answering`), and the rebuild's pause
// between slices (`yieldToAnswers`) waits until no answer is under way.

/**
 * The longest a rebuild waits for answers at one pause before doing a slice anyway:
 * a page whose answer never settles (a hung read) must not stop the rebuild for good,
 * and a page's answer takes a second or two at most.
 */
export const MAX_PAUSE_MS = 5_000;

let underWay = 0;
let waiting: (() => void)[] = [];

function release(): void {
  const resume = waiting;
  waiting = [];
  for (const go of resume) go();
}

/** Runs `work` (one page's answer) as answering: rebuild slices wait until it is done. */
export async function answering<T>(work: () => Promise<T>): Promise<T> {
  underWay++;
  try {
    return await work();
  } finally {
    underWay--;
    if (underWay === 0) release();
  }
}

/** Whether a page's answer is under way in this context. */
export const answerUnderWay = (): boolean => underWay > 0;

/** Rebuild pauses now waiting for answers (what a test watches to know a rebuild is held). */
export const pausesHeld = (): number => waiting.length;

/**
 * A rebuild's pause between slices: lets the event loop run (messages waiting to be
 * answered start), then waits while any answer is under way, MAX_PAUSE_MS at most.
 */
export async function yieldToAnswers(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (underWay === 0) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, MAX_PAUSE_MS);
    waiting.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
