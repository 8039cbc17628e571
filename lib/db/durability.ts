import type { JourneyLensDB } from './database';
import { META_KEYS, readMetaString, setMeta } from './meta-repo';

/**
 * Guards against silent loss: a canary record that must be there on every
 * start and the browser's persistent storage (the reminder to back up:
 * lib/preferences/backup-reminder.ts).
 */

const CANARY_KEY = 'journey-lens:canary';

export type CanaryState = 'ok' | 'first-run' | 'wiped';

/**
 * Compares the database's canary with the copy kept in `mirror` (the page's
 * localStorage, which IndexedDB failures do not take with them). A missing
 * canary where the mirror remembers one means the database was wiped or
 * replaced: report it, then start a new canary.
 */
export async function checkCanary(db: JourneyLensDB, mirror: Pick<Storage, 'getItem' | 'setItem'>): Promise<CanaryState> {
  const stored = await readMetaString(db, META_KEYS.canary);
  const remembered = mirror.getItem(CANARY_KEY);
  if (stored) {
    if (remembered !== stored) mirror.setItem(CANARY_KEY, stored);
    return 'ok';
  }
  const fresh = `${new Date().toISOString()}#${Math.random().toString(36).slice(2)}`;
  await setMeta(db, META_KEYS.canary, fresh);
  mirror.setItem(CANARY_KEY, fresh);
  return remembered ? 'wiped' : 'first-run';
}

/** Asks the browser to keep our data under storage pressure (from a page; not allowed in a service worker). */
export async function requestPersistence(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean | null> {
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
