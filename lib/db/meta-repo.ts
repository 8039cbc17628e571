import type { Parser } from '../preferences/preference';
import type { JourneyLensDB } from './database';

export const META_KEYS = {
  activeStudyId: 'activeStudyId',
  /** A study shown in the side panel without being the one new clips go to (the sample study). */
  viewedStudyId: 'viewedStudyId',
  /** The database's own canary (lib/db/durability.ts): it must live in the database it watches. */
  canary: 'canary',
} as const;

/**
 * The `meta` table keeps what belongs with the data: which study is active or
 * viewed (moved with studies in one transaction), the canary, kept drafts and
 * sync settings. The user's preferences live in extension storage (lib/preferences).
 */
export async function readMeta<T>(db: JourneyLensDB, key: string, schema: Parser<T>): Promise<T | undefined> {
  const parsed = schema.safeParse((await db.meta.get(key))?.value);
  return parsed.success ? parsed.data : undefined;
}

const NonEmptyString: Parser<string> = {
  safeParse: (v) => (typeof v === 'string' && v !== '' ? { success: true, data: v } : { success: false }),
};

export const readMetaString = (db: JourneyLensDB, key: string) => readMeta(db, key, NonEmptyString);

/** The study new clips go to (undefined before the first study). */
export const getActiveStudyId = (db: JourneyLensDB) => readMetaString(db, META_KEYS.activeStudyId);

/** The study the side panel shows without it being active (a sample study), if any. */
export const getViewedStudyId = (db: JourneyLensDB) => readMetaString(db, META_KEYS.viewedStudyId);

export async function setMeta(db: JourneyLensDB, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
