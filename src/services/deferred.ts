/** Thrown instead of working when a caller did not wait for ready(): nothing is done half-loaded. */
export class NotLoadedError extends Error {
  constructor(what: string) {
    super(`${what} has not loaded yet`);
    this.name = 'NotLoadedError';
  }
}

/**
 * A module loaded apart from the start path: ready() starts loading it (once, however many ask) and resolves when
 * it is in; get() hands it over, or throws until then. `warmUp` runs once on what loaded, before anyone may use it:
 * the work a module leaves for its first call (building a lexicon, compiling patterns) then happens while nothing
 * is waiting on it, not inside the first request that needs it, where it held the event loop for every other.
 */
export function deferred<T>(what: string, load: () => Promise<T>, warmUp: (loaded: T) => void = () => undefined) {
  let value: T | undefined;
  let loading: Promise<void> | undefined;
  return {
    ready(): Promise<void> {
      loading ??= load().then((loaded) => {
        warmUp(loaded);
        value = loaded;
      });
      return loading;
    },
    get loaded(): boolean {
      return value !== undefined;
    },
    get(): T {
      if (value === undefined) throw new NotLoadedError(what);
      return value;
    },
  };
}
