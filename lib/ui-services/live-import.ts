import Dexie from 'dexie';

/**
 * Waits for code loaded on demand inside a read that may run in a live query (`useLiveQuery`):
 * awaiting a plain `import()` there loses Dexie's observation context in the browser, and the
 * reads after it would not make the query re-run. `Dexie.waitFor` keeps the context (outside a
 * transaction it costs nothing).
 */
export function liveImport<T>(loading: Promise<T>): Promise<T> {
  return Dexie.waitFor(loading);
}
