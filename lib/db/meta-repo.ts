import type { JourneyLensDB } from './database';

export const META_KEYS = {
  activeStudyId: 'activeStudyId',
  /** A study shown in the side panel without being the one new clips go to (the sample study). */
  viewedStudyId: 'viewedStudyId',
  settings: 'settings',
  canary: 'canary',
  lastBackupAt: 'lastBackupAt',
  clipsSinceBackup: 'clipsSinceBackup',
} as const;

export async function getMeta<T>(db: JourneyLensDB, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(db: JourneyLensDB, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
