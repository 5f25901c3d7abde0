// Long computations of the text index written once as steps (a generator that yields
// between slices of work), run either at once or a slice at a time. The layout of a
// full index (index-layout.ts) is both: a database upgrade must run it at once, since an
// IndexedDB upgrade transaction commits as soon as the code waits on anything else; the
// rebuild in the service worker must run it in slices (3.5 million postings at 50,000
// statements held the worker's one thread for seconds), pausing between them.

/** Work that yields (nothing) between slices and returns `T` at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end at once. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs `steps` to the end, calling `pause` between slices. */
export async function runSliced<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
