// Loads something costly (the content script's page parts, entrypoints/content/page-parts.ts)
// on first need and only once: callers at the same moment share the one load, later ones get
// it at once, and a load that failed (the extension was reloaded under the page) is tried
// again at the next need rather than remembered as failed.

export interface Lazy<T> {
  /** The value, loading it if no load has succeeded or is under way. */
  get(): Promise<T>;
  /** The value if it has loaded, without loading it. */
  current(): T | undefined;
}

export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let loading: Promise<T> | undefined;
  let value: { loaded: T } | undefined;
  return {
    get() {
      loading ??= load().then(
        (loaded) => {
          value = { loaded };
          return loaded;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    current: () => value?.loaded,
  };
}
