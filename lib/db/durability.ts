import type { JourneyLensDB } from './database';
import { META_KEYS, getMeta, setMeta } from './meta-repo';

/**
 * Guards against silent loss: a canary record that must be there on every
 * start, a reminder to back up, and the browser's persistent storage.
 */

export const BACKUP_REMINDER_AFTER = 50;
const CANARY_KEY = 'journey-lens:canary';

export type CanaryState = 'ok' | 'first-run' | 'wiped';

/**
 * Compares the database's canary with the copy kept in `mirror` (the page's
 * localStorage, which IndexedDB failures do not take with them). A missing
 * canary where the mirror remembers one means the database was wiped or
 * replaced: report it, then start a new canary.
 */
export async function checkCanary(db: JourneyLensDB, mirror: Pick<Storage, 'getItem' | 'setItem'>): Promise<CanaryState> {
  const stored = await getMeta<string>(db, META_KEYS.canary);
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

/** Clips saved since the last backup, when it is time to remind (else 0). */
export async function backupDue(db: JourneyLensDB): Promise<number> {
  const since = (await getMeta<number>(db, META_KEYS.clipsSinceBackup)) ?? 0;
  return since >= BACKUP_REMINDER_AFTER ? since : 0;
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
